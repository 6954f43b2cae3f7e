/**
 * The sources side by side: which source a tier comes from when the user names one (or
 * "any"), and how every source that gives a tier compares for a country and report year.
 * What differs between sources is data (src/data/sources.json); nothing here names one.
 */
import { TipError, show } from '../base/errors';
import { memoParse } from '../base/memo';
import type { DataIndex } from '../data-index';
import type { TierAnswer, TierSource } from '../sources/source';
import { normalizeKey, yearRanges } from '../base/text';
import type { Country, TierLabel } from '../base/types';
import { type CellValue, isBlank } from '../base/values';

/** A source the user named, or "any": the first source with a tier, all of them agreeing. */
export type SourceChoice = TierSource | 'any';

export const ANY = 'any';

/**
 * What every `source` argument means when it is left out: "any", the best evidence, trying
 * the registry's sources in its order (the report's words, then Kelley and Heiss's record,
 * then the press). The one place the default is defined: tiers and figures alike read it
 * through parseSource.
 */
export const DEFAULT_SOURCE: typeof ANY = ANY;

/** "the report's own words, then Kelley and Heiss's dataset, then the news articles". */
export function sourceOrder(ds: DataIndex): string {
  return ds.sources.map((s) => s.label).join(', then ');
}

/** The names the source argument takes, for messages: "report", "dataset", "articles", "any". */
export function sourceNames(ds: DataIndex): string {
  return [
    ...ds.sources.map((s) => `"${s.key}" (${s.label})`),
    `"${ANY}" (the first of them with a tier)`,
  ].join(', ');
}

/**
 * A source by its key or one of its names, whatever the case; blank is DEFAULT_SOURCE
 * ("any").
 */
export const parseSource = memoParse(function parseSource(
  ds: DataIndex,
  value: CellValue,
): SourceChoice {
  if (isBlank(value)) return DEFAULT_SOURCE;
  if (typeof value === 'string') {
    const key = normalizeKey(value);
    if (key === ANY) return ANY;
    const found = ds.sources.find((s) =>
      [s.key, ...s.entry.names].some((n) => normalizeKey(n) === key),
    );
    if (found) return found;
  }
  throw new TipError(
    `source ${show(value)} is not a source: give ${sourceNames(ds)}; leave it out for "${DEFAULT_SOURCE}".`,
  );
});

/** Each source's answer for a country and year, in registry order (null: no tier). */
export interface SourceAnswer {
  source: TierSource;
  answer: TierAnswer | null;
}

export function answersFor(ds: DataIndex, country: Country, year: number): SourceAnswer[] {
  return ds.sources.map((source) => ({ source, answer: source.tier(country, year) }));
}

/** The formula that asks a source for a tier: =TIP_TIER(2024, "Cambodia", "report"). */
export function sourceFormula(country: Country, year: number, source: TierSource): string {
  return `=TIP_TIER(${year}, ${JSON.stringify(country.name)}, "${source.key}")`;
}

/** "Tier 2 in the report's own words and Tier 3 in the news articles". */
function tiersIn(given: readonly SourceAnswer[]): string {
  return given.map((g) => `${g.answer?.tier} in ${g.source.label}`).join(', ');
}

/**
 * " A tier is in the report's own words: =TIP_TIER(…, "report")." for each other source with a
 * tier: where to ask, never the value itself (a value comes only from the source asked for).
 */
function pointers(given: readonly SourceAnswer[], country: Country, year: number): string {
  return given
    .map((g) => ` A tier is in ${g.source.label}: ${sourceFormula(country, year, g.source)}.`)
    .join('');
}

export interface SourcedTier {
  tier: TierLabel;
  /** The source the tier comes from. */
  from: TierSource;
  answer: TierAnswer;
}

/**
 * The tier from the source asked for. A source without one throws its own message, naming the
 * sources that do have it and the formula to ask them. "any" takes the first source with a
 * tier, and throws when two sources that give one disagree: never a silent pick.
 */
export function tierFrom(
  ds: DataIndex,
  country: Country,
  year: number,
  choice: SourceChoice,
): SourcedTier {
  if (choice !== ANY) {
    const answer = choice.tier(country, year);
    if (answer) return { tier: answer.tier, from: choice, answer };
    const others = answersFor(ds, country, year).filter((a) => a.answer && a.source !== choice);
    throw new TipError(`${choice.missing(country, year)}${pointers(others, country, year)}`);
  }
  const given = answersFor(ds, country, year).filter((a) => a.answer);
  if (given.length === 0) {
    const years = tierYears(ds, country, ANY);
    // What the sources say instead (a negative fact, an NA row) comes first.
    const said = ds.sources.map((s) => s.said(country, year)).join('');
    throw new TipError(
      `${said}No tier for ${country.name} in the ${show(year)} report in any source (${ds.sources.map((s) => s.label).join(', ')}); ` +
        (years.length
          ? `report years with a tier in one or more: ${yearRanges(years)}.`
          : 'none has one for any year.'),
    );
  }
  if (new Set(given.map((g) => g.answer?.tier)).size > 1) {
    throw new TipError(
      `The sources disagree on ${country.name} in the ${year} report: ${tiersIn(given)}. Name one source, or compare them with =TIP_SOURCE("tier", ${year}, ${JSON.stringify(country.name)}).`,
    );
  }
  const first = given[0];
  return {
    tier: first.answer?.tier as TierLabel,
    from: first.source,
    answer: first.answer as TierAnswer,
  };
}

/**
 * The source "any" (the default) answers from for a country and year, or undefined where no
 * source has a tier or two disagree.
 */
export function anySource(ds: DataIndex, country: Country, year: number): TierSource | undefined {
  const given = answersFor(ds, country, year).filter((a) => a.answer);
  return new Set(given.map((g) => g.answer?.tier)).size === 1 ? given[0].source : undefined;
}

/** Report years with a tier for the country in the source asked for, ascending. */
export function tierYears(ds: DataIndex, country: Country, choice: SourceChoice): number[] {
  const sources = choice === ANY ? ds.sources : [choice];
  return [...new Set(sources.flatMap((s) => s.years(country)))].sort((a, b) => a - b);
}

export type Verdict = 'agrees' | 'differs' | 'neither' | `${string} only`;

export interface Comparison {
  /** "agrees", "differs", "report only" (the one source with a tier), or "neither". */
  verdict: Verdict;
  /** The sources that give a tier, in registry order, with their answer. */
  given: SourceAnswer[];
  /** Every source's answer, in registry order. */
  all: SourceAnswer[];
}

/** How every source that gives a tier compares for a country and report year. */
export function compareTier(ds: DataIndex, country: Country, year: number): Comparison {
  const all = answersFor(ds, country, year);
  const given = all.filter((a) => a.answer);
  const tiers = new Set(given.map((g) => g.answer?.tier));
  const verdict: Verdict =
    given.length === 0
      ? 'neither'
      : given.length === 1
        ? `${given[0].source.key} only`
        : tiers.size === 1
          ? 'agrees'
          : 'differs';
  return { verdict, given, all };
}

/**
 * The comparison in words: "agrees: 3 sources give Tier 2 (report, articles, dataset)",
 * "differs: report Tier 2; articles Tier 3", "report only: Tier 3", "neither: no source gives
 * a tier".
 */
export function comparisonText(c: Comparison): string {
  const keys = (list: readonly SourceAnswer[]) => list.map((g) => g.source.key).join(', ');
  if (c.verdict === 'neither') return 'neither: no source gives a tier';
  if (c.verdict === 'agrees') {
    return `agrees: ${c.given.length} sources give ${c.given[0].answer?.tier} (${keys(c.given)})`;
  }
  if (c.verdict === 'differs') {
    return `differs: ${c.given.map((g) => `${g.source.key} ${g.answer?.tier}`).join('; ')}`;
  }
  return `${c.verdict}: ${c.given[0].answer?.tier}`;
}

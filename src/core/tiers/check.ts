/**
 * The journalist's question, did the press report the State Department right: the press's
 * value set against the first other source with one, in registry order (the report's own
 * words, then Kelley and Heiss's record), and the press errors the data records (errata).
 * checkVerdict knows nothing of tiers, so that figures can be checked the same way; checkTier
 * is the tiers' adapter, behind TIP_CHECK. The verdicts are short and stable, for formulas:
 *   "agrees with the report"
 *   "agrees with the record; no report text"
 *   "differs from the report: press Tier 3, report Tier 2"
 *   "report only" / "record only" (the press gives none) / "press only" / "no source"
 * each followed by "; press correction" (or another erratum kind) for every kind of press
 * error the data records.
 */
import type { DataIndex } from '../data-index';
import type { TierSource } from '../sources/source';
import { shortSources } from '../sources/documents';
import type { Country, Erratum, Sourced, TierLabel } from '../base/types';

/** One side of a check: what the verdict calls the source, and its value (null: none). */
export interface CheckSide<V> {
  /** "report", "record", "press". */
  noun: string;
  /** What a verdict says when this side has no value and a later one is used: "no report text". */
  missing: string;
  value: V | null;
  /** Where the value comes from, in a few words (for the sentence form). */
  where?: string;
}

/** A press error, with the document it stands in. */
export interface PressError extends Erratum {
  document: string;
}

export interface Check<V> {
  /** The short verdict, errata kinds included: "agrees with the record; no report text; press correction". */
  verdict: string;
  /** The side the press was compared with, if any. */
  against: CheckSide<V> | null;
  /** true, false, or null where nothing was compared. */
  agrees: boolean | null;
  errors: readonly PressError[];
  /** The verdict in a sentence or two: the values, where they come from, each error quoted. */
  text: string;
}

/**
 * The press's value against the first of `others` (in order) with one. `same` says whether two
 * values agree; `show` writes a value ("Tier 2", "43 convictions").
 */
export function checkVerdict<V>(
  press: CheckSide<V>,
  others: readonly CheckSide<V>[],
  errors: readonly PressError[],
  same: (a: V, b: V) => boolean,
  show: (v: V) => string,
): Check<V> {
  const at = others.findIndex((o) => o.value !== null);
  const against = at >= 0 ? others[at] : null;
  const from = (side: CheckSide<V>) => (side.where ? ` (${side.where})` : '');
  let base: string;
  let agrees: boolean | null = null;
  let said: string;
  if (press.value === null) {
    base = against ? `${against.noun} only` : 'no source';
    said = against
      ? `the ${against.noun} gives ${show(against.value as V)}${from(against)}; the ${press.noun} gives none`
      : `${listed([...others, press].map((o) => `the ${o.noun}`))} give none`;
  } else if (!against) {
    base = `${press.noun} only`;
    said = `the ${press.noun} gives ${show(press.value)}${from(press)}; ${others.map((o) => o.missing).join(', ')}`;
  } else {
    const skipped = others.slice(0, at).map((o) => o.missing);
    agrees = same(press.value, against.value as V);
    const rest = skipped.length ? `; ${skipped.join('; ')}` : '';
    base = agrees
      ? `agrees with the ${against.noun}${rest}`
      : `differs from the ${against.noun}: ${press.noun} ${show(press.value)}, ${against.noun} ${show(against.value as V)}${rest}`;
    said = `the ${press.noun} gives ${show(press.value)}${from(press)}, the ${against.noun} ${show(against.value as V)}${from(against)}`;
  }
  const kinds = [...new Set(errors.map((e) => e.kind))];
  const verdict = [base, ...kinds.map((k) => `${press.noun} ${k}`)].join('; ');
  const errorText = errors.map(
    (e) => ` ${capital(`${press.noun} ${e.kind}`)}: “${e.quote}” (${e.note})`,
  );
  return { verdict, against, agrees, errors, text: `${verdict}: ${said}.${errorText.join('')}` };
}

/** "the report, the record and the press". */
function listed(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a check calls a source: its noun ("report"), or its key. */
export function sourceNoun(source: TierSource): string {
  return source.entry.noun ?? source.key;
}

/** "no report text" for a source of documents, "no record row" for a record. */
function missingWords(source: TierSource): string {
  return `no ${sourceNoun(source)} ${source.entry.kind === 'record' ? 'tier' : 'text'}`;
}

/** The errata of some facts, each once, with its document. */
export function pressErrors(facts: readonly Sourced[]): PressError[] {
  const seen = new Set<string>();
  const errors: PressError[] = [];
  for (const f of facts) {
    for (const e of f.errata ?? []) {
      const key = `${f.document}|${e.kind}|${e.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push({ ...e, document: f.document });
    }
  }
  return errors;
}

/**
 * TIP_CHECK's tier check for a country and report year: the press's tier against the report's
 * words, or where those give none, the next source in the registry (the record); with the press
 * errors its placements of that year record (only those of `document` when one is given, as a
 * sidebar card of that document shows them).
 */
export function checkTier(
  ds: DataIndex,
  country: Country,
  year: number,
  document?: string,
): Check<TierLabel> {
  const press = ds.press;
  const side = (source: TierSource): CheckSide<TierLabel> => {
    const answer = source.tier(country, year);
    return {
      noun: sourceNoun(source),
      missing: missingWords(source),
      value: answer?.tier ?? null,
      where: answer?.short,
    };
  };
  const placements = press.placementsFor(country.name, year);
  const pressSide = {
    ...side(press),
    where: placements.length ? shortSources(ds, placements) : undefined,
  };
  return checkVerdict(
    pressSide,
    ds.sources.filter((s) => s !== press).map(side),
    pressErrors(document ? placements.filter((p) => p.document === document) : placements),
    (a, b) => a === b,
    (t) => t,
  );
}

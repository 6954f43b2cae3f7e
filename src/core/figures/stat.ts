import { TipError } from '../base/errors';
import type { DataIndex } from '../data-index';
import type { Country, Figure, Metric, Period } from '../base/types';
import { isWholeYear, periodArgument, periodLabel, samePeriod } from '../base/periods';
import { ANY, type SourceChoice } from '../tiers/compare';
import type { DocumentsSource } from '../sources/documents';
import { groupThousands } from '../base/text';
import { formulaFor } from '../arguments/formulas';

export interface StatFact {
  metric: Metric;
  country: string | null;
  period: Period;
  /** The figure given: the first of `sources`. */
  figure: Figure;
  /** The figures of the source it comes from for that period, stated ones first. */
  sources: readonly Figure[];
  /** The source it comes from ("any" takes the first in registry order that has one). */
  from: DocumentsSource;
  /** Every source's figures for that period, in registry order: what a check compares. */
  all: readonly Figure[];
}

/** What a figure is of: "convictions for Cambodia", "countries_ranked". */
function subjectOf(metric: Metric, country: string | null): string {
  return country ? `${metric.key} for ${country}` : metric.key;
}

/** "2015", "January–June 2019", or "the 2007 report" for whole-report figures. */
export function figurePeriodLabel(metric: Metric, period: Period): string {
  return metric.scope === 'global' ? `${period.year} report` : periodLabel(period);
}

/**
 * The formula that yields a figure, with its period as TIP_STAT reads it; a source, when
 * given, is named: =TIP_STAT("prosecutions", 2016, "Cambodia", "report").
 */
export function statFormula(
  metric: Metric,
  period: Period,
  country: string | null,
  source?: string,
): string {
  return formulaFor(metric.key, periodArgument(period), country, source);
}

/**
 * The source a figure is asked from: undefined for "any"; a source of tiers only (the record)
 * is an error that names the sources of figures.
 */
export function figureSourceOf(ds: DataIndex, choice: SourceChoice): DocumentsSource | undefined {
  if (choice === ANY) return undefined;
  const found = ds.documentSources.find((s) => s === choice);
  if (found) return found;
  throw new TipError(
    `source "${choice.key}" (${choice.label}) gives tiers only: figures come from ${ds.documentSources.map((s) => `"${s.key}"`).join(', ')} or "${ANY}".`,
  );
}

/** "43 individuals in the report's own words": a figure and the source that gives it. */
function givenIn(ds: DataIndex, f: Figure): string {
  return `${figureText(f)} ${unitText(f.unit)} in ${ds.figureSource(f).label}`;
}

/** What two figures for the same period must share to agree: value, qualifier and unit. */
export function figureValueKey(f: Figure): string {
  return `${f.qualifier ?? ''} ${f.value} ${f.unit}`;
}

/**
 * The figure for a period from the source asked for: a year asks for the whole year (for
 * whole-report metrics, the report's year), any other period for exactly that period. "any"
 * takes the first source in registry order with a figure, and is an error where two sources
 * give different figures (value, qualifier or unit): never a silent pick. When the sources
 * have the metric for another period of that year, the message names it, its value and how to
 * ask for it; when only another source has it, the formula that asks that source.
 */
export function statFact(
  ds: DataIndex,
  metric: Metric,
  period: Period,
  country: Country | null,
  choice: SourceChoice = ANY,
): StatFact {
  const where = metric.scope === 'global' ? null : (country?.name ?? null);
  const subject = subjectOf(metric, where);
  if (metric.scope === 'global' && !isWholeYear(period)) {
    throw new TipError(
      `${metric.key} is counted once per report: give the report's year, such as ${ds.metricPeriods(metric.key, null)[0]?.year ?? 2007}, not ${periodLabel(period)}.`,
    );
  }
  const only = figureSourceOf(ds, choice);
  const inChoice = (f: Figure) => !only || ds.figureSource(f) === only;
  const everyYear = ds.figuresFor(metric.key, where, period.year);
  const all = ds.documentSources.flatMap((s) =>
    everyYear.filter((f) => ds.figureSource(f) === s && samePeriod(f.period, period)),
  );
  const given = all.filter(inChoice);
  const sameYear = everyYear.filter(inChoice);
  const named = only ? only.label : 'the sources';
  if (given.length === 0) {
    const wanted = metric.scope === 'global' ? `the ${period.year} report` : periodLabel(period);
    const elsewhere = [...new Set(all.map((f) => ds.figureSource(f)))]
      .map((s) => ` A figure is in ${s.label}: ${statFormula(metric, period, where, s.key)}.`)
      .join('');
    if (sameYear.length) {
      const other = sameYear[0];
      throw new TipError(
        `No figure for ${subject} for ${period.fromMonth === undefined && !period.reportingPeriod ? `the whole of ${period.year}` : wanted} in ${named}; ` +
          `they have ${periodLabel(other.period)}: ${figureText(other)} ${unitText(other.unit)}. ` +
          `Ask for that period: ${statFormula(metric, other.period, where, only?.key)}.${elsewhere}`,
      );
    }
    const periods = ds.metricPeriods(metric.key, where, only);
    throw new TipError(
      `No ${subject} for ${wanted} in ${named}; ` +
        (periods.length
          ? `${metric.scope === 'global' ? 'report years' : 'periods'} with a figure: ${periods.map((p) => figurePeriodLabel(metric, p)).join(', ')}.`
          : 'it has no figure for any year.') +
        elsewhere,
    );
  }
  const from = ds.figureSource(given[0]);
  if (choice === ANY && new Set(given.map(figureValueKey)).size > 1) {
    const firsts = ds.documentSources
      .map((s) => given.find((f) => ds.figureSource(f) === s))
      .filter((f): f is Figure => f !== undefined);
    throw new TipError(
      `The sources disagree on ${subject} for ${periodLabel(period)}: ${firsts.map((f) => givenIn(ds, f)).join(', ')}. ` +
        `Name one source, or compare them with =TIP_STAT_CHECK(${JSON.stringify(metric.key)}, ${JSON.stringify(periodArgument(period))}).`,
    );
  }
  const sources = given.filter((f) => ds.figureSource(f) === from);
  return { metric, country: where, period, figure: sources[0], sources, from, all };
}

/** Value with its qualifier, as the article words it: "at least 100". */
export function figureText(figure: Figure): string {
  const value = groupThousands(figure.value);
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}

/** "US dollars" for USD; every other unit as the data names it ("individuals", "cases"). */
export function unitText(unit: string): string {
  return unit === 'USD' ? 'US dollars' : unit;
}

/** "at least 100 individuals, 2016", "78 cases, January–June 2019": value, unit and period. */
export function figureDisplay(metric: Metric, figure: Figure): string {
  return `${figureText(figure)} ${unitText(figure.unit)}, ${figurePeriodLabel(metric, figure.period)}`;
}

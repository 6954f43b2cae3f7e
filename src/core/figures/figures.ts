/**
 * Figures across the sources: which source gives a figure, how the sources compare on one
 * (the figure check), and the rows of the figures table, where the same figure from two
 * sources is one row with both citations. Figures of different units or periods are kept
 * apart everywhere: a conviction counted is not a person convicted, and "during the reporting
 * period" is not a calendar year. Pure: no Apps Script service.
 */
import type { DataIndex } from '../data-index';
import { ANY, type SourceChoice } from '../tiers/compare';
import { citation, overallBasis } from '../citations/citation';
import {
  figurePeriodLabel,
  figureText,
  figureValueKey,
  statFact,
  statFormula,
  unitText,
} from './stat';
import {
  comparePeriods,
  periodArgument,
  periodKind,
  periodShape,
  samePeriod,
} from '../base/periods';
import type { DocumentsSource } from '../sources/documents';
import type { Country, Figure, Metric, Period } from '../base/types';

/** A source's figures for one metric, country and period. */
export interface GivenFigures {
  source: DocumentsSource;
  figures: Figure[];
}

/** Every source's figures for a metric, country and period, in registry order (empty: none). */
export function figuresBySource(
  ds: DataIndex,
  metric: Metric,
  period: Period,
  country: Country | null,
): GivenFigures[] {
  const where = metric.scope === 'global' ? null : (country?.name ?? null);
  const figures = ds
    .figuresFor(metric.key, where, period.year)
    .filter((f) => samePeriod(f.period, period));
  return ds.documentSources
    .map((source) => ({ source, figures: figures.filter((f) => ds.figureSource(f) === source) }))
    .filter((g) => g.figures.length > 0);
}

/**
 * The citations of a figure. With no source named: every source's, in registry order (the
 * report's first), each line headed by its source, also where they differ. With one: that
 * source's. With "any": the source it takes, named. Where no source has it, the lookup's
 * message (the periods it does have, the sources that do).
 */
export function figureCitations(
  ds: DataIndex,
  metric: Metric,
  period: Period,
  country: Country | null,
  choice: SourceChoice,
  named: boolean,
): string {
  const given = figuresBySource(ds, metric, period, country);
  if (!named && given.length > 0) {
    return given
      .flatMap((g) => g.figures.map((f) => `${g.source.entry.column}: ${citation(ds, f)}`))
      .join('\n');
  }
  const fact = statFact(ds, metric, period, country, named ? choice : ANY);
  const lines = fact.sources.map((f) => citation(ds, f));
  return (choice === ANY ? [`From ${fact.from.label} ("any" takes it):`, ...lines] : lines).join(
    '\n',
  );
}

/**
 * How the sources compare on a figure: "agrees" (two or more give the same value, qualifier
 * and unit), "differs", "<source> only", "period differs" (one source gives it for this
 * period and another gives the same count for another period of the same report, as the
 * Phnom Penh Post puts the 2017 report's "at least 100" convictions in 2016, which the report
 * gives no period), or "no source". A source is named as TIP_CHECK names it (its registry
 * `noun`: "report only", "press only").
 */
export type FigureVerdict =
  'agrees' | 'differs' | 'period differs' | 'no source' | `${string} only`;

export interface FigureComparison {
  verdict: FigureVerdict;
  /** The check in words: what each source gives, and where a period differs, both periods. */
  text: string;
  given: GivenFigures[];
}

/** "at least 100 individuals". */
function amount(f: Figure): string {
  return `${figureText(f)} ${unitText(f.unit)}`;
}

/** How a figure's period reads in a sentence: "in 2016", "for the 2017 reporting period". */
function periodPhrase(metric: Metric, f: Figure): string {
  const label = figurePeriodLabel(metric, f.period);
  if (f.period.unstated) return `with no period stated (recorded for the ${label})`;
  return periodKind(f.period) === 'year' ? `in ${label}` : `for ${label}`;
}

/**
 * The same count in another source for another period of the same report year: what a
 * one-source figure is checked against before it is called "<source> only".
 */
function samePeriodElsewhere(ds: DataIndex, metric: Metric, f: Figure): Figure | undefined {
  const year = ds.document(f.document).reportYear;
  return ds.figures.find(
    (g) =>
      g.metric === metric.key &&
      g.country === f.country &&
      ds.figureSource(g) !== ds.figureSource(f) &&
      !samePeriod(g.period, f.period) &&
      figureValueKey(g) === figureValueKey(f) &&
      year !== null &&
      ds.document(g.document).reportYear === year,
  );
}

/** The check of a figure across the sources, for a metric, country and period. */
export function compareFigure(
  ds: DataIndex,
  metric: Metric,
  period: Period,
  country: Country | null,
): FigureComparison {
  const given = figuresBySource(ds, metric, period, country);
  const where = metric.scope === 'global' ? null : (country?.name ?? null);
  const what = `${metric.key}${where ? ` for ${where}` : ''}`;
  if (given.length === 0) {
    return {
      verdict: 'no source',
      text: `no source: none gives ${what} for ${figurePeriodLabel(metric, period)}`,
      given,
    };
  }
  if (given.length === 1) {
    const { source, figures } = given[0];
    const f = figures[0];
    const other = samePeriodElsewhere(ds, metric, f);
    if (other) {
      const otherSource = ds.figureSource(other);
      return {
        verdict: 'period differs',
        text:
          `period differs: ${source.label} give ${amount(f)} ${periodPhrase(metric, f)}; ` +
          `${otherSource.label} give the same count ${periodPhrase(metric, other)} ` +
          `(${statFormula(metric, other.period, where, otherSource.key)})`,
        given,
      };
    }
    const noun = source.entry.noun ?? source.key;
    return {
      verdict: `${noun} only`,
      text: `${noun} only: ${amount(f)} ${periodPhrase(metric, f)}`,
      given,
    };
  }
  const firsts = given.map((g) => ({ key: g.source.key, f: g.figures[0] }));
  if (new Set(given.flatMap((g) => g.figures.map(figureValueKey))).size === 1) {
    return {
      verdict: 'agrees',
      text: `agrees: ${given.length} sources give ${amount(firsts[0].f)} ${periodPhrase(metric, firsts[0].f)} (${firsts.map((x) => x.key).join(', ')})`,
      given,
    };
  }
  return {
    verdict: 'differs',
    text: `differs: ${firsts.map((x) => `${x.key} ${amount(x.f)}`).join('; ')} ${periodPhrase(metric, firsts[0].f)}`,
    given,
  };
}

/** One row of the figures table: one figure, or the same figure as two or more documents give it. */
export interface FigureRow {
  metric: Metric;
  /** The figures (same period, value, qualifier and unit), registry order of their sources. */
  figures: Figure[];
  /** Their sources, in registry order, once each. */
  sources: DocumentsSource[];
}

/** Order of period kinds within a metric and unit: calendar years first. */
const KIND_ORDER = ['year', 'months', 'span', 'reporting period'];

/**
 * The figures for a country (then whole-report figures), in data-file metric order; within a
 * metric by unit (its main unit first), kind and months of period, then time: so that the rows
 * of one series (src/core/tables/figure-series.ts) are contiguous. The same figure from several
 * documents (two sources, or two pages of one) is one row.
 */
export function figureRows(
  ds: DataIndex,
  country: Country,
  choice: SourceChoice = ANY,
): FigureRow[] {
  const rows: FigureRow[] = [];
  const scoped = [
    ...ds.metrics.filter((m) => m.scope === 'country'),
    ...ds.metrics.filter((m) => m.scope === 'global'),
  ];
  const order = ds.documentSources;
  for (const metric of scoped) {
    const where = metric.scope === 'global' ? null : country.name;
    const units = [metric.unit, ...(metric.otherUnits ?? [])];
    const figures = ds.figures
      .filter((f) => f.metric === metric.key && f.country === where)
      .filter((f) => choice === ANY || ds.figureSource(f) === choice)
      .sort(
        (a, b) =>
          units.indexOf(a.unit) - units.indexOf(b.unit) ||
          KIND_ORDER.indexOf(periodKind(a.period)) - KIND_ORDER.indexOf(periodKind(b.period)) ||
          periodShape(a.period).localeCompare(periodShape(b.period)) ||
          comparePeriods(a.period, b.period) ||
          order.indexOf(ds.figureSource(a)) - order.indexOf(ds.figureSource(b)),
      );
    for (const figure of figures) {
      const last = rows[rows.length - 1];
      if (
        last?.metric === metric &&
        samePeriod(last.figures[0].period, figure.period) &&
        figureValueKey(last.figures[0]) === figureValueKey(figure)
      ) {
        last.figures.push(figure);
        if (!last.sources.includes(ds.figureSource(figure)))
          last.sources.push(ds.figureSource(figure));
      } else {
        rows.push({ metric, figures: [figure], sources: [ds.figureSource(figure)] });
      }
    }
  }
  return rows;
}

/** Whose counts a row's figures are, once each: "National Committee for Counter Trafficking (NCCT)". */
export function countedByText(figures: readonly Figure[]): string {
  return [...new Set(figures.map((f) => f.attribution.by))].join('; ');
}

/** A row's basis: stated where any of its documents states it. */
export function rowBasis(row: FigureRow): string {
  return overallBasis(row.figures);
}

/** The period argument of a row, for formulas: 2016, "2017 reporting period". */
export function rowWhen(row: FigureRow): number | string {
  return periodArgument(row.figures[0].period);
}

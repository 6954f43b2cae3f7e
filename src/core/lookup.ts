import { TipError, show } from './errors';
import type { Dataset } from './dataset';
import type {
  Article,
  Country,
  Figure,
  Metric,
  Period,
  Placement,
  Sourced,
  TierLabel,
} from './types';
import { monthName, yearRanges } from './text';

export interface TierFact {
  country: string;
  year: number;
  tier: TierLabel;
  /** Every article that supports the placement, stated ones first. */
  sources: readonly Placement[];
}

export interface StatFact {
  metric: Metric;
  country: string | null;
  year: number;
  figure: Figure;
  sources: readonly Figure[];
}

/** The placement of a country in a report year, or a message saying which years have one. */
export function tierFact(ds: Dataset, country: Country, year: number): TierFact {
  const sources = ds.placementsFor(country.name, year);
  if (sources.length === 0) {
    const left = ds.nonPlacementFor(country.name, year);
    if (left) throw new TipError(`${left.note} (${ds.article(left.article).headline}).`);
    const years = ds.tierYears(country.name);
    throw new TipError(
      `No tier for ${country.name} in the ${show(year)} report in the sources; ` +
        (years.length
          ? `report years with a tier: ${yearRanges(years)}.`
          : 'none of its years has one.'),
    );
  }
  return { country: country.name, year, tier: sources[0].tier, sources };
}

/** A figure about a calendar year, or a message saying which years have one. */
export function statFact(
  ds: Dataset,
  metric: Metric,
  year: number,
  country: Country | null,
): StatFact {
  const where = metric.scope === 'global' ? null : (country?.name ?? null);
  const sources = ds.figuresFor(metric.key, where, year);
  const subject = where ? `${metric.key} for ${where}` : metric.key;
  if (sources.length === 0) {
    const years = ds.metricYears(metric.key, where);
    throw new TipError(
      `No ${subject} in ${show(year)} in the sources; ` +
        (years.length
          ? `years with a figure: ${yearRanges(years)}.`
          : 'it has no figure for any year.'),
    );
  }
  const periods = new Set(sources.map((s) => periodLabel(s.period)));
  if (periods.size > 1) {
    throw new TipError(
      `${subject} has several figures in ${year} (${[...periods].join('; ')}): =TIP_FIGURES("${metric.key}") lists them.`,
    );
  }
  return { metric, country: where, year, figure: sources[0], sources };
}

/** "2015", "March 2003", "January–June 2019". */
export function periodLabel(period: Period): string {
  if (period.fromMonth === undefined || period.toMonth === undefined) return String(period.year);
  const from = monthName(period.fromMonth);
  return period.fromMonth === period.toMonth
    ? `${from} ${period.year}`
    : `${from}–${monthName(period.toMonth)} ${period.year}`;
}

export function publisherLabel(article: Article): string {
  return article.publisher ?? 'publisher not named';
}

/** “quote” — Headline (Publisher), on the 2017 TIP report; stated. */
export function citation(ds: Dataset, fact: Sourced): string {
  const article = ds.article(fact.article);
  const year = `${article.reportYear}${article.reportYearBasis === 'inferred' ? ' (year inferred)' : ''}`;
  return `“${fact.quote}” — ${article.headline} (${publisherLabel(article)}), on the ${year} TIP report; ${fact.basis}.`;
}

/** Every source of a fact, one citation a line. */
export function citations(ds: Dataset, sources: readonly Sourced[]): string {
  return sources.map((s) => citation(ds, s)).join('\n');
}

/** stated when any source states it outright, inferred otherwise. */
export function overallBasis(sources: readonly Sourced[]): 'stated' | 'inferred' {
  return sources.some((s) => s.basis === 'stated') ? 'stated' : 'inferred';
}

/** Value with its qualifier, as the article words it: "at least 100". */
export function figureText(figure: Figure): string {
  return figure.qualifier ? `${figure.qualifier} ${figure.value}` : String(figure.value);
}

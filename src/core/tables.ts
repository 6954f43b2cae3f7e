import type { Dataset } from './dataset';
import type { Country, Figure, Metric, Sourced } from './types';
import {
  citations,
  figurePeriodLabel,
  outsideFactsText,
  overallBasis,
  publisherLabel,
} from './lookup';
import { comparePeriods, periodArgument } from './periods';
import { tierNumber } from './tiers';
import { type Comparison, type TierSource, compareTier, tierFrom, tierYears } from './compare';

export type Table = (string | number)[][];

export const TIMELINE_HEADER = [
  'Report year',
  'Tier',
  'Tier number',
  'Basis',
  'Sources',
  'Tier in the dataset',
  'Check',
];

/** Headlines of the articles behind some records, then the outside facts any of them needs. */
export function sourcesText(ds: Dataset, sources: readonly Sourced[]): string {
  const headlines = [...new Set(sources.map((s) => ds.article(s.article).headline))];
  const outside = [...new Set(sources.flatMap((s) => s.outsideFacts ?? []))];
  return outside.length
    ? `${headlines.join('; ')}; outside fact: ${outsideFactsText(ds, outside)}`
    : headlines.join('; ');
}

/** The record's tier as a cell: the tier, "NA", or empty where it has no row. */
function datasetCell(comparison: Comparison): string {
  const row = comparison.row;
  return row ? (row.tier ?? 'NA') : '';
}

/**
 * One row per report year with a tier in the source asked for: year, tier, tier number, basis
 * ("dataset" where the tier is the record's), sources, the record's tier, and how the two
 * compare. The default, "articles", has a row per year the articles give a tier.
 */
export function timelineTable(
  ds: Dataset,
  country: Country,
  source: TierSource = 'articles',
): Table {
  const rows: Table = [TIMELINE_HEADER];
  for (const year of tierYears(ds, country, source)) {
    const found = tierFrom(ds, country, year, source);
    const comparison = compareTier(ds, country, year);
    const [basis, sources] = found.fact
      ? [overallBasis(found.fact.sources), sourcesText(ds, found.fact.sources)]
      : ['dataset', `${ds.reference.label}, ${ds.reference.file.file} row ${found.row?.row}`];
    rows.push([
      year,
      found.tier,
      tierNumber(found.tier),
      basis,
      sources,
      datasetCell(comparison),
      comparison.check,
    ]);
  }
  return rows;
}

/** Columns of the inserted figures table; Period and Value sit side by side for charts. */
export const FIGURES_REPORT_HEADER = [
  'Metric',
  'Period',
  'Value',
  'Unit',
  'Qualifier',
  'Scope',
  'Basis',
  'Source',
];
export const REPORT_COLUMNS = {
  metric: 0,
  period: 1,
  value: 2,
  unit: 3,
  qualifier: 4,
  scope: 5,
} as const;

/** The figures for a country (and whole-report figures), in data-file metric order, then time. */
function figuresOf(ds: Dataset, country: Country): { metric: Metric; figure: Figure }[] {
  const rows: { metric: Metric; figure: Figure }[] = [];
  const scoped = [
    ...ds.metrics.filter((m) => m.scope === 'country'),
    ...ds.metrics.filter((m) => m.scope === 'global'),
  ];
  for (const metric of scoped) {
    const where = metric.scope === 'global' ? null : country.name;
    const figures = ds.figures
      .filter((f) => f.metric === metric.key && f.country === where)
      .sort((a, b) => comparePeriods(a.period, b.period));
    for (const figure of figures) rows.push({ metric, figure });
  }
  return rows;
}

/** "Headline (Publisher): “quote”", and the outside facts it rests on. */
function figureSource(ds: Dataset, figure: Figure): string {
  const article = ds.article(figure.article);
  const outside = figure.outsideFacts?.length
    ? ` Outside fact: ${outsideFactsText(ds, figure.outsideFacts)}`
    : '';
  return `${article.headline} (${publisherLabel(article)}): “${figure.quote}”.${outside}`;
}

/**
 * The figures table the menu inserts: one row per figure with its period, value, unit,
 * qualifier ("at least"), scope (the country or the whole report), basis and source. Rows of
 * a metric are contiguous and in time order, so that a chart can read them as one range.
 */
export function figuresReportTable(ds: Dataset, country: Country): Table {
  const rows: Table = [FIGURES_REPORT_HEADER];
  for (const { metric, figure } of figuresOf(ds, country)) {
    rows.push([
      metric.label,
      figurePeriodLabel(metric, figure.period),
      figure.value,
      metric.unit,
      figure.qualifier ?? '',
      metric.scope === 'global' ? 'Whole report' : country.name,
      figure.basis,
      figureSource(ds, figure),
    ]);
  }
  return rows;
}

export const FIGURES_HEADER = [
  'Metric',
  'Label',
  'Unit',
  'Country',
  'Period',
  'Year',
  'Value',
  'Qualifier',
  'Basis',
  'Source',
];

/** Every figure, one row each, for QUERY and pivot tables; optionally one metric only. */
export function figuresLongTable(ds: Dataset, metric?: Metric): Table {
  const rows: Table = [FIGURES_HEADER];
  for (const f of ds.figures) {
    if (metric && f.metric !== metric.key) continue;
    const m = ds.metric(f.metric);
    rows.push([
      m.key,
      m.label,
      m.unit,
      f.country ?? '(whole report)',
      figurePeriodLabel(m, f.period),
      f.period.year,
      f.value,
      f.qualifier ?? '',
      f.basis,
      citations(ds, [f]),
    ]);
  }
  return rows;
}

export function metricsTable(ds: Dataset): Table {
  return [
    ['Metric', 'Label', 'Unit', 'Scope', 'Also accepted', 'Periods'],
    ...ds.metrics.map((m) => [
      m.key,
      m.label,
      m.unit,
      m.scope === 'global' ? 'whole report (by report year)' : 'country',
      m.aliases.join(', '),
      [...new Set(ds.figures.filter((f) => f.metric === m.key).map((f) => f.country))]
        .flatMap((c) => ds.metricPeriods(m.key, c))
        .map((p) => String(periodArgument(p)))
        .join(', '),
    ]),
  ];
}

/** Where a country is in the sources: the articles naming it, or how it got there unnamed. */
export function countrySourcesText(ds: Dataset, country: Country): string {
  const inRecord = ds.reference.countries.has(country.iso)
    ? `${ds.reference.label} (as ${ds.reference.countries.get(country.iso)?.name})`
    : '';
  if (!ds.countries.some((c) => c.iso === country.iso)) return inRecord;
  let articles: string;
  if (country.namedIn.length) {
    articles = `Named in ${country.namedIn.map((id) => ds.article(id).headline).join('; ')}`;
  } else {
    const outside = [
      ...new Set(
        ds.placements
          .filter((p) => p.country === country.name)
          .flatMap((p) => p.outsideFacts ?? []),
      ),
    ];
    articles = `Named in no article; placed through an outside fact: ${outsideFactsText(ds, outside)}`;
  }
  return inRecord ? `${articles}. Also in ${inRecord}` : articles;
}

/** The countries of a source with their other accepted names, years with a tier and origin. */
export function countriesTable(ds: Dataset, source: TierSource = 'articles'): Table {
  return [
    ['Country', 'Also accepted', 'Report years with a tier', 'In the sources'],
    ...[...ds.countriesOf(source)]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => [
        c.name,
        c.aliases.join(', '),
        tierYears(ds, c, source).join(', '),
        countrySourcesText(ds, c),
      ]),
  ];
}

export function articlesTable(ds: Dataset): Table {
  return [
    ['Article', 'Headline', 'Publisher', 'Report year', 'Year basis', 'Year clue', 'Archived copy'],
    ...ds.articles.map((a) => [
      a.id,
      a.headline,
      publisherLabel(a),
      a.reportYear,
      a.reportYearBasis,
      `“${a.reportYearClue.quote}”: ${a.reportYearClue.reasoning}`,
      a.file,
    ]),
  ];
}

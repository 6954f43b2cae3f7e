import type { Dataset } from './dataset';
import type { Country, Metric } from './types';
import { citations, overallBasis, periodLabel, publisherLabel, tierFact } from './lookup';
import { tierNumber } from './tiers';

export type Table = (string | number)[][];

export const TIMELINE_HEADER = ['Report year', 'Tier', 'Tier number', 'Basis', 'Sources'];

/** One row per report year with a placement: year, tier, tier number, stated/inferred, headlines. */
export function timelineTable(ds: Dataset, country: Country): Table {
  const rows: Table = [TIMELINE_HEADER];
  for (const year of ds.tierYears(country.name)) {
    const fact = tierFact(ds, country, year);
    const headlines = [...new Set(fact.sources.map((s) => ds.article(s.article).headline))];
    rows.push([
      year,
      fact.tier,
      tierNumber(fact.tier),
      overallBasis(fact.sources),
      headlines.join('; '),
    ]);
  }
  return rows;
}

/** The metrics with a figure for the country (or global ones), in data-file order. */
function metricsFor(ds: Dataset, country: Country): Metric[] {
  return ds.metrics.filter(
    (m) => ds.metricYears(m.key, m.scope === 'global' ? null : country.name).length > 0,
  );
}

/**
 * Metrics by year, ready to chart: Metric, Unit, one column per year, then Notes giving
 * qualifiers and part-year periods. A cell with no figure is left empty.
 */
export function figuresWideTable(ds: Dataset, country: Country): Table {
  const metrics = metricsFor(ds, country);
  const scoped = (m: Metric) => (m.scope === 'global' ? null : country.name);
  const years = [...new Set(metrics.flatMap((m) => ds.metricYears(m.key, scoped(m))))].sort(
    (a, b) => a - b,
  );
  const rows: Table = [['Metric', 'Unit', ...years, 'Notes']];
  for (const metric of metrics) {
    const notes: string[] = [];
    const cells = years.map((year) => {
      const [figure] = ds.figuresFor(metric.key, scoped(metric), year);
      if (!figure) return '';
      const details = [figure.qualifier, figure.period.fromMonth ? periodLabel(figure.period) : '']
        .filter(Boolean)
        .join(', ');
      if (details) notes.push(`${year}: ${details}`);
      return figure.value;
    });
    rows.push([metric.label, metric.unit, ...cells, notes.join('; ')]);
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
      periodLabel(f.period),
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
    ['Metric', 'Label', 'Unit', 'Scope', 'Also accepted', 'Years'],
    ...ds.metrics.map((m) => [
      m.key,
      m.label,
      m.unit,
      m.scope === 'global' ? 'whole report' : 'country',
      m.aliases.join(', '),
      [...new Set(ds.figures.filter((f) => f.metric === m.key).map((f) => f.period.year))]
        .sort()
        .join(', '),
    ]),
  ];
}

export function countriesTable(ds: Dataset): Table {
  return [
    ['Country', 'Also accepted', 'Report years with a tier'],
    ...[...ds.countries]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => [c.name, c.aliases.join(', '), ds.tierYears(c.name).join(', ')]),
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

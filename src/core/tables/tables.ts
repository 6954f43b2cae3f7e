import type { DataIndex } from '../data-index';
import type { Country, Figure, Metric } from '../base/types';
import { citations, dateText, outsideFactsText, publisherLabel } from '../citations/citation';
import { figurePeriodLabel } from '../figures/stat';
import { periodArgument } from '../base/periods';
import { citationDate } from '../citations/csl';
import { countedByText, figureRows, rowBasis } from '../figures/figures';
import { DocumentsSource } from '../sources/documents';
import { RecordSource } from '../sources/record';
import { ANY, type SourceChoice, compareTier, tierYears } from '../tiers/compare';
import { checkTier } from '../tiers/check';

export type Table = (string | number)[][];

/**
 * Columns of a tier timeline: the year, the tier from the source asked for, which source that
 * is and how it was reached, then one column per source (its tier, or what it says instead),
 * TIP_CHECK's verdict (the press against the report, or the record), and where the tier comes
 * from. There is no tier-number column:
 * charts plot their own levels (src/core/tables/charts.ts), and two codes side by side would read as
 * a contradiction.
 */
export function timelineHeader(ds: DataIndex): string[] {
  return [
    'Report year',
    'Tier',
    'From',
    'Basis',
    ...ds.sources.map((s) => s.entry.column),
    'Check',
    'Sources',
  ];
}

/** Position of the per-source columns in a timeline row. */
export const TIMELINE_SOURCE_COLUMN = 4;

/**
 * One row per report year with a tier in the source asked for; for "any", every report year
 * from the first any source gives a tier to the last, so that a year no source covers shows as
 * an empty row. Where the sources disagree and "any" was asked for, the tier cell stays empty
 * and each source's own column shows its tier.
 */
export function timelineTable(ds: DataIndex, country: Country, source: SourceChoice): Table {
  return timelineRows(ds, country, source, false).table;
}

/** A table with a note for each cell ('' for none): the citation behind each value. */
export interface NotedTable {
  table: Table;
  notes: string[][];
}

/**
 * The timeline with its notes, as the menu inserts it: the Tier cell carries the citations of
 * the source it comes from, and each source's cell that source's own citations, so that
 * hovering any tier shows where it comes from.
 */
export function timelineWithNotes(
  ds: DataIndex,
  country: Country,
  source: SourceChoice,
): NotedTable {
  return timelineRows(ds, country, source, true);
}

function timelineRows(
  ds: DataIndex,
  country: Country,
  source: SourceChoice,
  withNotes: boolean,
): NotedTable {
  const header = timelineHeader(ds);
  const table: Table = [header];
  const notes: string[][] = [header.map(() => '')];
  const years = tierYears(ds, country, source);
  // "any" runs from the first year a source places the country to the last, every year a row.
  const rowYears =
    source === ANY && years.length
      ? Array.from({ length: years[years.length - 1] - years[0] + 1 }, (_, i) => years[0] + i)
      : years;
  for (const year of rowYears) {
    const comparison = compareTier(ds, country, year);
    const chosen =
      source === ANY
        ? comparison.verdict === 'differs'
          ? undefined
          : comparison.given[0]
        : comparison.all.find((a) => a.source === source);
    const answer = chosen?.answer;
    const check = checkTier(ds, country, year);
    table.push([
      year,
      answer?.tier ?? '',
      answer && chosen ? chosen.source.key : '',
      answer?.basis ?? '',
      ...ds.sources.map((s) => s.mark(country, year)),
      check.verdict,
      answer?.short ?? '',
    ]);
    if (withNotes) {
      notes.push([
        '',
        answer ? answer.citations.join('\n') : '',
        '',
        '',
        ...ds.sources.map((s) => s.citations(country, year).join('\n')),
        // The check in words, each press error quoted, where there is something to check.
        check.against && check.agrees !== null ? check.text : '',
        '',
      ]);
    }
  }
  return { table, notes: withNotes ? notes : [] };
}

/**
 * Columns of the inserted figures table; Period and Value sit side by side for charts. Unit is
 * the figure's own; From names the sources that give it (the same figure in two sources is
 * one row, with both citations); Counted by, whose count it is as the document says.
 */
export const FIGURES_REPORT_HEADER = [
  'Metric',
  'Period',
  'Value',
  'Unit',
  'Qualifier',
  'Scope',
  'Basis',
  'Source',
  'From',
  'Counted by',
];
export const REPORT_COLUMNS = {
  metric: 0,
  period: 1,
  value: 2,
  unit: 3,
  qualifier: 4,
  scope: 5,
  from: 8,
  countedBy: 9,
} as const;

/** "Headline (Publisher): “quote”", and the outside facts it rests on. */
function figureSource(ds: DataIndex, figure: Figure): string {
  const article = ds.document(figure.document);
  const outside = figure.outsideFacts?.length
    ? ` Outside fact: ${outsideFactsText(ds, figure.outsideFacts)}`
    : '';
  return `${article.headline} (${publisherLabel(article)}): “${figure.quote}”.${outside}`;
}

/**
 * The figures table the menu inserts: one row per figure with its period, value, unit,
 * qualifier ("at least"), scope (the country or the whole report), basis, source, the sources
 * that give it and whose count it is. Rows of a metric are contiguous, by unit and kind of
 * period, then in time order, so that a chart can read each series as one range
 * (src/core/figures/figures.ts figureRows).
 */
export function figuresReportTable(ds: DataIndex, country: Country): Table {
  return figuresReportWithNotes(ds, country).table;
}

/** The figures table with its notes: each value carries the citation of every source that gives it. */
export function figuresReportWithNotes(ds: DataIndex, country: Country): NotedTable {
  const table: Table = [[...FIGURES_REPORT_HEADER]];
  const notes: string[][] = [FIGURES_REPORT_HEADER.map(() => '')];
  for (const row of figureRows(ds, country)) {
    const { metric, figures } = row;
    const figure = figures[0];
    table.push([
      metric.label,
      figurePeriodLabel(metric, figure.period),
      figure.value,
      figure.unit,
      figure.qualifier ?? '',
      metric.scope === 'global' ? 'Whole report' : country.name,
      rowBasis(row),
      figures.map((f) => figureSource(ds, f)).join(' '),
      row.sources.map((s) => s.entry.column).join(', '),
      countedByText(figures),
    ]);
    const noteRow = FIGURES_REPORT_HEADER.map(() => '');
    noteRow[REPORT_COLUMNS.value] = citations(ds, figures);
    notes.push(noteRow);
  }
  return { table, notes };
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
  'From',
  'Counted by',
];

/**
 * Every figure, one row each, for QUERY and pivot tables; optionally one metric only, and one
 * source only ("any": every source's, so that two sources' citations of one figure both show).
 */
export function figuresLongTable(
  ds: DataIndex,
  metric?: Metric,
  choice: SourceChoice = ANY,
): Table {
  // A copy: a caller that changes its table must not change the next call's header.
  const rows: Table = [[...FIGURES_HEADER]];
  for (const f of ds.figures) {
    if (metric && f.metric !== metric.key) continue;
    const source = ds.figureSource(f);
    if (choice !== ANY && source !== choice) continue;
    const m = ds.metric(f.metric);
    rows.push([
      m.key,
      m.label,
      f.unit,
      f.country ?? '(whole report)',
      figurePeriodLabel(m, f.period),
      f.period.year,
      f.value,
      f.qualifier ?? '',
      f.basis,
      citations(ds, [f]),
      source.key,
      f.attribution.by,
    ]);
  }
  return rows;
}

export function metricsTable(ds: DataIndex): Table {
  return [
    ['Metric', 'Label', 'Unit', 'Scope', 'Also accepted', 'Periods', 'Sources'],
    ...ds.metrics.map((m) => [
      m.key,
      m.label,
      [m.unit, ...(m.otherUnits ?? [])].join(', '),
      m.scope === 'global' ? 'whole report (by report year)' : 'country',
      m.aliases.join(', '),
      [...new Set(ds.figures.filter((f) => f.metric === m.key).map((f) => f.country))]
        .flatMap((c) => ds.metricPeriods(m.key, c))
        .map((p) => String(periodArgument(p)))
        .join(', '),
      ds.documentSources
        .filter((s) => ds.figures.some((f) => f.metric === m.key && ds.figureSource(f) === s))
        .map((s) => s.key)
        .join(', '),
    ]),
  ];
}

/** Where a country is in the sources: each source that speaks of it, and how. */
export function countrySourcesText(ds: DataIndex, country: Country): string {
  const parts: string[] = [];
  for (const source of ds.sources) {
    if (!source.covers(country)) continue;
    if (source === ds.press) {
      if (country.namedIn.length) {
        parts.push(
          `${source.label}: named in ${country.namedIn.map((id) => ds.document(id).headline).join('; ')}`,
        );
      } else {
        const outside = [
          ...new Set(
            ds.press.placements
              .filter((p) => p.country === country.name)
              .flatMap((p) => p.outsideFacts ?? []),
          ),
        ];
        parts.push(
          `${source.label}: named in no article; placed through an outside fact: ${outsideFactsText(ds, outside)}`,
        );
      }
    } else {
      parts.push(source.label);
    }
  }
  return parts.join('. ');
}

/** The countries of a source with their other accepted names, years with a tier and origin. */
export function countriesTable(ds: DataIndex, source: SourceChoice): Table {
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

/** The articles (founding articles and news passages), with where to find each. */
export function articlesTable(ds: DataIndex): Table {
  return [
    [
      'Article',
      'Kind',
      'Headline',
      'Publisher',
      'Byline',
      'Date',
      'Address',
      'Report year',
      'Year basis',
      'Year clue',
      'Archived copy',
    ],
    ...ds.articles.map((a) => [
      a.id,
      a.kind,
      a.headline,
      publisherLabel(a),
      a.byline ?? '',
      a.published ? dateText(a.published) : '',
      a.url ?? '',
      a.reportYear ?? '',
      a.reportYearBasis ?? '',
      `“${a.reportYearClue.quote}”: ${a.reportYearClue.reasoning}`,
      a.file,
    ]),
  ];
}

export const SOURCE_LIST_HEADER = [
  'Report year',
  'Date',
  'Title',
  'Author',
  'Published on',
  'Address',
  'Kind',
  'Supports',
  'Source',
];

/** Position of the Date column in the source list. */
export const SOURCE_LIST_DATE = SOURCE_LIST_HEADER.indexOf('Date');
/** Position of the Title column: its cell's note carries the licence. */
export const SOURCE_LIST_TITLE = SOURCE_LIST_HEADER.indexOf('Title');

/** "Cambodia, Burma, Cuba": the countries of some facts, Cambodia first, each once. */
function countriesOf(facts: readonly { country: string | null }[]): string[] {
  const names = [...new Set(facts.map((f) => f.country).filter((c): c is string => !!c))];
  return names.sort((a, b) => Number(b === 'Cambodia') - Number(a === 'Cambodia'));
}

/**
 * What a document supports, by fact and year: "tier 2018; convictions 2015", "tier 2003
 * (Cambodia, Burma, Cuba, …); not listed 2003 (Singapore)". A country other than Cambodia is
 * named; figures by metric and period as TIP_STAT takes them.
 */
export function supportsText(ds: DataIndex, source: DocumentsSource, documentId: string): string {
  const parts: string[] = [];
  const group = (label: string, facts: readonly { country: string | null; year: number }[]) => {
    const years = [...new Set(facts.map((f) => f.year))].sort((a, b) => a - b);
    for (const year of years) {
      const names = countriesOf(facts.filter((f) => f.year === year));
      const only = names.length === 1 && names[0] === 'Cambodia';
      parts.push(`${label} ${year}${only ? '' : ` (${names.join(', ')})`}`);
    }
  };
  group(
    'tier',
    source.placements.filter((p) => p.document === documentId),
  );
  const negatives = source.nonPlacements.filter((n) => n.document === documentId);
  group(
    'not listed',
    negatives.filter((n) => !n.notTier),
  );
  group(
    'not in Tier 3',
    negatives.filter((n) => n.notTier),
  );
  const figures = ds.figures.filter((f) => f.document === documentId);
  for (const f of figures) {
    const part = `${f.metric.replace(/_/g, ' ')} ${periodArgument(f.period)}`;
    if (!parts.includes(part)) parts.push(part);
  }
  return parts.join('; ');
}

/**
 * Every source the add-on draws on, one row each, in report-year order (then by date): each
 * document of every documents source, then each record. A row gives the report year, the date
 * its citation prints (ISO, "2009-06-17" or "2017", so that a sort by it is by time), the title,
 * author and site as its citation names them, its address, kind, what it supports ("tier 2018;
 * convictions 2015") and its source. The licence is in the note of the Title cell.
 */
export function sourceList(ds: DataIndex): { table: Table; notes: string[][] } {
  type Row = { year: number; date: string; cells: (string | number)[]; note: string };
  const rows: Row[] = [];
  for (const source of ds.sources) {
    if (source instanceof DocumentsSource) {
      for (const d of source.documents) {
        const date = citationDate(d) ?? '';
        rows.push({
          year: d.reportYear ?? Infinity,
          date,
          cells: [
            d.reportYear ?? 'not fixed',
            date,
            d.cite?.title ?? d.headline,
            (typeof d.cite?.author === 'string' ? d.cite.author : undefined) ?? d.byline ?? '',
            d.cite?.site ?? publisherLabel(d),
            d.url ?? '',
            d.kind,
            supportsText(ds, source, d.id),
            source.entry.column,
          ],
          note: `Licence: ${d.licence}`,
        });
      }
    } else if (source instanceof RecordSource) {
      const ref = source.record.file;
      const years = source.reportYears();
      const span = `${years[0]}–${years[years.length - 1]}`;
      rows.push({
        year: Infinity,
        date: ref.cite.date,
        cells: [
          span,
          ref.cite.date,
          ref.cite.title,
          ref.authors,
          ref.cite.site,
          ref.cite.url,
          'data set',
          `tier ${span} (every country)`,
          source.entry.column,
        ],
        note: `Licence: ${ref.licence}`,
      });
    }
  }
  // Report-year order, then by date; the undated pages and the record, whose year is not one
  // report's, come last. The sort is stable: otherwise the data files' order.
  rows.sort((a, b) => a.year - b.year || a.date.localeCompare(b.date));
  // A copy of the header: a caller that changes its table must not change the next call's.
  const table: Table = [[...SOURCE_LIST_HEADER], ...rows.map((r) => r.cells)];
  const notes = [
    SOURCE_LIST_HEADER.map(() => ''),
    ...rows.map((r) => SOURCE_LIST_HEADER.map((_, i) => (i === SOURCE_LIST_TITLE ? r.note : ''))),
  ];
  return { table, notes };
}

/**
 * The report's yearly figures and the figures of every source: TIP_STAT, TIP_STAT_CHECK,
 * TIP_SOURCE, TIP_BASIS, TIP_YEARS and TIP_FIGURES with the source argument, units, periods as
 * the text gives them and whose count each figure is. Run from the TypeScript source and from
 * the built dist/Code.js in a bare V8 context; then the core's figure rows and check.
 */
import * as source from '../src/functions/custom-functions';
import { inSandbox, loadBundle, plain } from '../emulator/node-loader';
import { DATA_FILES } from '../src/data';
import { DataIndex } from '../src/core/data-index';
import { parseCountry, parseMetric } from '../src/core/arguments/args';
import { statFact } from '../src/core/figures/stat';
import { compareFigure, figureRows } from '../src/core/figures/figures';
import { figuresReportWithNotes, REPORT_COLUMNS } from '../src/core/tables/tables';
import { figureSeries } from '../src/core/tables/figure-series';
import type { DocumentsSource } from '../src/core/sources/documents';
import type { DataFiles, Figure } from '../src/core/base/types';
import { checkDataset, checkQuotes } from '../src/data/validate';
import fs from 'node:fs';
import path from 'node:path';

const SHARED_DIR = path.join(__dirname, '..', '..', 'shared');
const readSharedFile = (file: string) => {
  const full = path.join(SHARED_DIR, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
};

type Fn = (...args: unknown[]) => unknown;
const sandbox = loadBundle();
void inSandbox;

describe.each([
  [
    'source',
    (name: string, ...args: unknown[]) => (source as unknown as Record<string, Fn>)[name](...args),
  ],
  [
    'dist/Code.js in a bare vm context',
    (name: string, ...args: unknown[]) => plain(sandbox[name](...args)),
  ],
])('figures from %s', (_label, call) => {
  test('the 2017 report’s prosecutions and convictions, year by year', () => {
    // The default ("any") takes the report's figure first.
    expect(call('TIP_STAT', 'prosecutions', 2016)).toBe(53);
    expect(call('TIP_STAT', 'prosecutions', 2015)).toBe(69);
    expect(call('TIP_STAT', 'convictions', 2014)).toBe(29);
    expect(call('TIP_STAT', 'convictions', [[2009], [2008]])).toEqual([[36], [11]]);
    expect(call('TIP_BASIS', 'prosecutions', 2016)).toBe('stated (report)');
    expect(call('TIP_STAT', 'prosecutions', 2016, '', 'any')).toBe(53);
    expect(call('TIP_STAT', 'prosecutions', 2015, '', 'any')).toBe(69);
    expect(call('TIP_STAT', 'prosecuted', 2016, 'Cambodia', 'report')).toBe(53);
    expect(call('TIP_STAT', 'convictions', 2014, '', 'any')).toBe(29);
    expect(call('TIP_STAT', 'convictions', 2014, '', 'report')).toBe(29);
    expect(call('TIP_STAT', 'convictions', 2015, '', 'report')).toBe(43);
    // The report gives its "at least 100" no period: it answers for its reporting period only.
    expect(call('TIP_STAT', 'convictions', '2017 reporting period', '', 'report')).toBe(100);
    expect(() => call('TIP_STAT', 'convictions', 2016, '', 'report')).toThrow(
      'No convictions for Cambodia for 2016 in the report\'s own words; periods with a figure: 2014, 2015, 2017 reporting period. A figure is in the news articles: =TIP_STAT("convictions", 2016, "Cambodia", "articles").',
    );
    // 53 people in 2016 and 69 prosecutions in 2015: the units say which is which.
    const rows = call('TIP_FIGURES', 'prosecutions', 'report') as unknown[][];
    expect(rows.map((r) => [r[5], r[6], r[2], r[10]])).toEqual([
      ['Year', 'Value', 'Unit', 'From'],
      [2016, 53, 'individuals', 'report'],
      [2015, 69, 'prosecutions', 'report'],
      [2021, 109, 'individuals', 'report'],
    ]);
    expect(call('TIP_YEARS', 'prosecutions', '', 'report')).toEqual([[2015], [2016], [2021]]);
  });

  test('the 2009 and 2010 passages’ convictions answer for their own periods', () => {
    expect(call('TIP_STAT', 'convictions', 2009, '', 'articles')).toBe(36);
    expect(call('TIP_STAT', 'convictions', 2008, '', 'any')).toBe(11);
    expect(call('TIP_STAT', 'convictions', 'Apr 2008-Mar 2009', '', 'any')).toBe(12);
    expect(call('TIP_STAT', 'convictions', 'April 2007 to March 2008', '', 'articles')).toBe(52);
    expect(call('TIP_BASIS', 'convictions', 'Apr 2007-Mar 2008', '', 'any')).toBe(
      'inferred (articles)',
    );
    expect(call('TIP_SOURCE', 'convictions', 'Apr 2008-Mar 2009', '', 'articles')).toBe(
      '“only 12 trafficking suspects were convicted between April 2008 and March 2009, compared to 52 in the same period a year earlier” (individuals; counted by the 2009 TIP report, as The Cambodia Daily paraphrases it: “The state department cited Cambodian authorities”) — (“Cambodia Drops in Human Traffic Report, Reversing Trend,” 2009) https://english.cambodiadaily.com/news/cambodia-drops-in-human-traffic-report-reversing-trend-71989/; stated.',
    );
  });

  test('the 2014 passage’s 44 convictions are convictions, not people', () => {
    expect(call('TIP_STAT', 'convictions', 2012, '', 'any')).toBe(44);
    expect(call('TIP_SOURCE', 'convictions', 2012, '', 'articles')).toContain(
      '“a decline from 44 convictions in 2012” (convictions; counted by',
    );
    const rows = call('TIP_FIGURES', 'convictions', 'articles') as unknown[][];
    expect(rows.find((r) => r[5] === 2012)?.slice(0, 3)).toEqual([
      'convictions',
      'Trafficking convictions',
      'convictions',
    ]);
  });

  test('a figure two sources give keeps both citations, and the check compares them', () => {
    const lines = (call('TIP_SOURCE', 'convictions', 2015) as string).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Report: “The National Committee for Counter Trafficking \(NCCT\) reported courts convicted at least 100 traffickers/,
    );
    expect(lines[1]).toMatch(/^Articles: “from 43 in 2015 to at least 100 in 2016”/);
    expect(call('TIP_BASIS', 'convictions', 2015, '', 'any')).toBe('stated (report)');
    expect(call('TIP_STAT_CHECK', 'convictions', 2015)).toBe('agrees');
    expect(call('TIP_STAT_CHECK', 'convictions', 2015, '', true)).toBe(
      'agrees: 2 sources give 43 individuals in 2015 (report, articles)',
    );
    expect(call('TIP_STAT_CHECK', 'convictions', 2016)).toBe('period differs');
    expect(call('TIP_STAT_CHECK', 'convictions', 2016, '', true)).toBe(
      'period differs: the news articles give at least 100 individuals in 2016; the report\'s own words give the same count with no period stated (recorded for the 2017 reporting period) (=TIP_STAT("convictions", "2017 reporting period", "Cambodia", "report"))',
    );
    expect(call('TIP_STAT_CHECK', 'convictions', '2017 reporting period', '', true)).toBe(
      'period differs: the report\'s own words give at least 100 individuals with no period stated (recorded for the 2017 reporting period); the news articles give the same count in 2016 (=TIP_STAT("convictions", 2016, "Cambodia", "articles"))',
    );
    expect(call('TIP_STAT_CHECK', 'convictions', [[2014], [2012], [2013]])).toEqual([
      ['report only'],
      ['press only'],
      ['no source'],
    ]);
  });

  test('whose count a figure is: the NCCT’s and IJM’s, as the articles report them', () => {
    const foiled = call('TIP_SOURCE', 'cases foiled', 'Jan-Jun 2019', '', 'articles') as string;
    expect(foiled).toContain(
      '(cases; counted by National Committee for Counter Trafficking (NCCT): “According to an NCCT report issued yesterday”)',
    );
    expect(foiled).toContain(
      ' — (Taing, 2019) https://www.khmertimeskh.com/626677/ncct-slams-us-report-on-human-trafficking/; external',
    );
    expect(foiled).not.toContain('on the 2019 TIP report');
    const girls = call('TIP_SOURCE', 'girls rescued', 'Mar 2003', '', 'articles') as string;
    expect(girls).toContain(
      'counted by International Justice Mission (IJM): the article’s account of its investigations: “The investigations of Washington-based IJM”',
    );
    const rows = call('TIP_FIGURES', '', 'articles') as unknown[][];
    expect(rows[0].slice(10)).toEqual(['From', 'Counted by']);
    const ncct = rows.filter((r) => String(r[1]).endsWith('(NCCT count)'));
    expect(ncct).toHaveLength(9);
    for (const r of ncct) expect(r[11]).toBe('National Committee for Counter Trafficking (NCCT)');
    const ijm = rows.filter((r) => String(r[1]).includes('IJM'));
    expect(ijm.map((r) => r[11])).toEqual([
      'International Justice Mission (IJM): the article’s account of its work',
      'International Justice Mission (IJM): the article’s account of its investigations',
      'International Justice Mission (IJM): the article’s account of its investigations',
    ]);
  });

  test('the report’s protection figures: periods and units as the text gives them', () => {
    expect(call('TIP_STAT', 'victims identified', '2021 reporting period', '', 'any')).toBe(95);
    expect(call('TIP_STAT', 'non-sexual trafficking victims', 2019, '', 'any')).toBe(66);
    expect(call('TIP_STAT', 'child victims identified', 'RP 2021', '', 'any')).toBe(26);
    expect(() => call('TIP_STAT', 'victims identified', 2021, '', 'any')).toThrow(
      'No figure for victims_identified_police_sex for Cambodia for the whole of 2021 in the sources; they have 2021 reporting period: 95 victims. Ask for that period: =TIP_STAT("victims_identified_police_sex", "2021 reporting period").',
    );
    expect(call('TIP_STAT', 'migrants screened', [[2016], [2017], [2018]], '', 'any')).toEqual([
      [55000],
      [70500],
      [70225],
    ]);
    expect(call('TIP_STAT', 'arrests', '2022 reporting period', '', 'report')).toBe(370);
    // The quote holds the words of attribution, which are then not repeated.
    expect(call('TIP_SOURCE', 'arrests', '2022 reporting period', '', 'report')).toMatch(
      /^“According to some media reports, authorities arrested 370 suspected traffickers, which included 332 labor brokers” \(individuals; counted by some media reports\) — /,
    );
    expect(call('TIP_STAT', 'cases prosecuted', 2021, '', 'any')).toBe(64);
  });

  test('the record gives tiers only', () => {
    expect(() => call('TIP_STAT', 'convictions', 2015, '', 'dataset')).toThrow(
      'source "dataset" (Kelley and Heiss\'s dataset) gives tiers only: figures come from "report", "articles" or "any".',
    );
    expect(() => call('TIP_FIGURES', '', 'record')).toThrow('gives tiers only');
    expect(() => call('TIP_YEARS', 'convictions', '', 'dataset')).toThrow('gives tiers only');
  });
});

describe('the figure core', () => {
  const ds = new DataIndex(DATA_FILES);
  const cambodia = parseCountry(ds, 'Cambodia');
  const convictions = parseMetric(ds, 'convictions');

  test('"any" is an error where two sources give different figures, naming each', () => {
    const files = structuredClone(DATA_FILES);
    const press = files.figures.find(
      (f) => f.metric === 'convictions' && f.period.year === 2015 && f.document === 'score-2017',
    )!;
    press.value = 45;
    const other = new DataIndex(files);
    expect(() => statFact(other, convictions, { year: 2015 }, cambodia)).toThrow(
      'The sources disagree on convictions for Cambodia for 2015: 43 individuals in the report\'s own words, 45 individuals in the news articles. Name one source, or compare them with =TIP_STAT_CHECK("convictions", 2015).',
    );
    expect(
      statFact(
        other,
        convictions,
        { year: 2015 },
        cambodia,
        other.source('articles') as DocumentsSource,
      ).figure.value,
    ).toBe(45);
    expect(compareFigure(other, convictions, { year: 2015 }, cambodia).text).toBe(
      'differs: report 43 individuals; articles 45 individuals in 2015',
    );
  });

  test('the figures table: one row per figure, both sources named, series never mixing units or periods', () => {
    const { table, notes } = figuresReportWithNotes(ds, cambodia);
    const C = REPORT_COLUMNS;
    const conv = table.filter((r) => r[C.metric] === 'Trafficking convictions');
    expect(conv.map((r) => [r[C.period], r[C.value], r[C.unit], r[C.from]])).toEqual([
      ['2008', 11, 'individuals', 'Articles'],
      ['2009', 36, 'individuals', 'Articles'],
      ['2014', 29, 'individuals', 'Report'],
      ['2015', 43, 'individuals', 'Report, Articles'],
      ['2016', 100, 'individuals', 'Articles'],
      ['April 2007–March 2008', 52, 'individuals', 'Articles'],
      ['April 2008–March 2009', 12, 'individuals', 'Articles'],
      ['2017 reporting period', 100, 'individuals', 'Report'],
      ['2012', 44, 'convictions', 'Articles'],
    ]);
    const row2015 = table.findIndex(
      (r) => r[C.metric] === 'Trafficking convictions' && r[C.period] === '2015',
    );
    expect(notes[row2015][C.value].split('\n')).toHaveLength(2);
    expect(table[row2015][C.countedBy]).toBe(
      'National Committee for Counter Trafficking (NCCT); the 2017 TIP report, as the Phnom Penh Post reports it',
    );
    const series = figureSeries(table, () => false).filter(
      (s) => s.label === 'Trafficking convictions',
    );
    expect(series.map((s) => [s.unit, s.periods])).toEqual([
      ['individuals', ['2008', '2009', '2014', '2015', '2016']],
      ['individuals', ['April 2007–March 2008', 'April 2008–March 2009']],
    ]);
    // Every figure is in one row of the table.
    expect(figureRows(ds, cambodia).flatMap((r) => r.figures)).toHaveLength(
      ds.figures.filter((f) => f.country === 'Cambodia' || f.country === null).length,
    );
  });
});

describe('the data checks on figures', () => {
  const copy = (): DataFiles => JSON.parse(JSON.stringify(DATA_FILES));
  const at = (ds: DataFiles, test: (f: Figure) => boolean) => ds.figures.findIndex(test);
  const where = (i: number, about: string) => `src/data/figures.json, record ${i + 1} (${about})`;

  test('a unit the metric does not count in, a period that ends before it starts', () => {
    const ds = copy();
    const i = at(ds, (f) => f.metric === 'convictions' && f.document === 'no-change-2014');
    ds.figures[i].unit = 'cases';
    const j = at(ds, (f) => f.document === 'cambodiadaily-2009' && f.value === 12);
    ds.figures[j].period = { year: 2009, fromMonth: 4, toYear: 2009, toMonth: 3 };
    const k = at(ds, (f) => f.metric === 'arrests');
    ds.figures[k].period = { year: 2022, reportingPeriod: true, fromMonth: 1, toMonth: 12 };
    expect(checkDataset(ds)).toEqual([
      `${where(j, 'convictions Cambodia 2009')}: the period ends before it starts`,
      `${where(j, 'convictions Cambodia 2009')}: toYear is for a period running into a later year`,
      `${where(k, 'arrests Cambodia 2022')}: a reporting period takes no months (the text does not give them)`,
      `${where(i, 'convictions Cambodia 2012')}: unit "cases" is not a unit of convictions (individuals, convictions; add it to the metric's otherUnits)`,
    ]);
  });

  test('a figure without a unit or an attribution, a period of no known kind', () => {
    const ds = copy() as unknown as { figures: Record<string, unknown>[] };
    delete ds.figures[0].unit;
    delete ds.figures[1].attribution;
    ds.figures[2].period = { year: 2015, unstated: true };
    const problems = checkDataset(ds).join('\n');
    expect(problems).toContain(
      "record 1 (convictions Cambodia 2015): must have required property 'unit'",
    );
    expect(problems).toContain(
      "record 2 (convictions Cambodia 2016): must have required property 'attribution'",
    );
    expect(problems).toContain(
      'record 3 (convictions Cambodia 2015): period must have property reportingPeriod when property unstated is present',
    );
  });

  (fs.existsSync(path.join(SHARED_DIR, 'report-text')) ? test : test.skip)(
    'words of attribution that are not in the document',
    () => {
      const ds = copy();
      const i = at(ds, (f) => f.metric === 'arrests');
      ds.figures[i].attribution.quote = 'According to media reports';
      expect(checkQuotes(ds, (file) => readSharedFile(file))).toEqual([
        `${where(i, 'arrests Cambodia 2022')} attribution: quote not found verbatim in document report-2022-law-enforcement: "According to media reports"`,
      ]);
    },
  );
});

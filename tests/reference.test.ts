/**
 * Kelley and Heiss's record among the sources: the project's copy equals the CSV row for row,
 * the record answers only when asked for by name, and TIP_CHECK compares every source. Run on
 * the source and on the built dist/Code.js (which carries the record packed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { DATA_FILES, getDataIndex } from '../src/data';
import { DataIndex } from '../src/core/data-index';
import { compareTier, comparisonText, tierFrom } from '../src/core/tiers/compare';
import { checkTier } from '../src/core/tiers/check';
import type { RecordSource } from '../src/core/sources/record';
import { packCodes, unpackCodes } from '../src/core/sources/reference';
import { checkDataset } from '../src/data/validate';
import * as source from '../src/functions/custom-functions';
import { loadBundle, plain } from '../emulator/node-loader';
import { timelineHeader } from '../src/core/tables/tables';

const REFERENCE = path.resolve(__dirname, '..', '..', 'shared', 'reference', 'scorecard-diplomacy');
const CSV = path.join(REFERENCE, 'map_tiers.csv');
const haveCsv = fs.existsSync(CSV);
const rows: { countryname: string; iso: string; year: string; tier: string }[] = haveCsv
  ? parse(fs.readFileSync(CSV, 'utf8'), { columns: true })
  : [];
const TIERS: Record<string, string> = {
  '1': 'Tier 1',
  '2': 'Tier 2',
  '3': 'Tier 2 Watch List',
  '4': 'Tier 3',
};

type Fn = (...args: unknown[]) => unknown;
const sandbox = loadBundle();
const impls: [string, (name: string, ...args: unknown[]) => unknown][] = [
  ['source', (name, ...args) => (source as unknown as Record<string, Fn>)[name](...args)],
  ['dist/Code.js', (name, ...args) => plain(sandbox[name](...args))],
];

(haveCsv ? describe : describe.skip)('the copy of the record', () => {
  test('equals map_tiers.csv for every row: name, ISO code, year, tier and row number', () => {
    const record = (getDataIndex().source('dataset') as RecordSource).record;
    let count = 0;
    rows.forEach((r, i) => {
      const row = record.row(r.iso, Number(r.year));
      expect([r.iso, r.year, row]).toEqual([
        r.iso,
        r.year,
        {
          iso: r.iso,
          name: r.countryname,
          year: Number(r.year),
          tier: r.tier === 'NA' ? null : TIERS[r.tier],
          code: r.tier,
          row: i + 2,
        },
      ]);
      count++;
    });
    const held = [...record.countries.values()].reduce((n, c) => n + c.rows.size, 0);
    expect(held).toBe(count);
    expect(count).toBe(3208);
    expect(record.countries.size).toBe(193);
  });

  test('is what scripts/import-reference.mjs writes from the CSV, with its licence', () => {
    const check = spawnSync(process.execPath, ['scripts/import-reference.mjs', '--check'], {
      cwd: path.resolve(__dirname, '..'),
      encoding: 'utf8',
    });
    expect([check.status, check.stdout.trim()]).toEqual([
      0,
      'import-reference: src/data/reference-tiers.json is what map_tiers.csv gives',
    ]);
    expect(DATA_FILES.referenceTiers.licence).toBe(
      fs.readFileSync(path.join(REFERENCE, 'LICENSE'), 'utf8').trim(),
    );
  });
});

describe.each(impls)('the record from %s', (_label, call) => {
  test('TIP_TIER(year, country, "dataset") gives exactly the record, and no tier where it has NA', () => {
    if (!haveCsv) return;
    for (const r of rows) {
      const args = [Number(r.year), r.iso, 'dataset'];
      if (r.tier === 'NA') {
        expect(() => call('TIP_TIER', ...args)).toThrow(
          Number(r.year) < 2001
            ? new RegExp(
                `^Kelley and Heiss's dataset covers report years 2001–2015; its row for .* in ${r.year} \\(map_tiers\\.csv row ${rows.indexOf(r) + 2}\\) is NA, before the first report`,
              )
            : 'NA: not in that report, or a special case',
        );
      } else {
        expect([r.iso, r.year, call('TIP_TIER', ...args)]).toEqual([r.iso, r.year, TIERS[r.tier]]);
      }
    }
  });

  test('the record’s names and ISO codes name the same countries as before', () => {
    expect(call('TIP_TIER', 2010, 'KHM', 'dataset')).toBe('Tier 2');
    expect(call('TIP_TIER', 2003, "Lao People's Democratic Republic")).toBe('Tier 2');
    expect(call('TIP_TIER', 2003, 'Viet Nam')).toBe('Tier 2');
    expect(call('TIP_TIER', 2003, "Korea, Democratic People's Republic of")).toBe('Tier 3');
    expect(call('TIP_TIER', 2003, 'North Korea')).toBe('Tier 3');
    expect(call('TIP_TIER', 2003, 'Myanmar')).toBe('Tier 3');
    expect(call('TIP_TIER', 2003, 'Bosnia and Herzegovinia')).toBe('Tier 3');
    expect(call('TIP_TIER', 2014, 'Korea, Republic of', 'dataset')).toBe('Tier 1');
    expect(call('TIP_TIER', 2015, 'SSD', 'dataset')).toBe('Tier 3');
    expect(call('TIP_TIER', 2015, 'south sudan', 'dataset')).toBe('Tier 3');
    // Common names the record does not use (src/data/reference-aliases.json).
    expect(call('TIP_TIER', 2010, 'Iran', 'dataset')).toBe(
      call('TIP_TIER', 2010, 'IRN', 'dataset'),
    );
    expect(call('TIP_TIER', 2014, 'South Korea', 'dataset')).toBe('Tier 1');
    expect(call('TIP_CHECK', 2010, 'DRC')).toBe(call('TIP_CHECK', 2010, 'COD'));
    expect(call('TIP_TIER', 2010, 'DRC', 'dataset')).toBe(
      call('TIP_TIER', 2010, 'Congo, the Democratic Republic of the', 'dataset'),
    );
    expect((call('TIP_COUNTRIES', 'dataset') as string[][]).find((r) => r[0] === 'Congo')![1]).toBe(
      'COG, Republic of the Congo, Congo-Brazzaville',
    );
  });

  test('the default is "any": the record answers where the report has no words, before the press', () => {
    // 2011: only the record has a tier; the press by name still says it has none.
    expect(call('TIP_TIER', 2011)).toBe('Tier 2');
    expect(call('TIP_BASIS', 'tier', 2011)).toBe('coded (dataset)');
    expect(() => call('TIP_TIER', 2011, '', 'articles')).toThrow(
      'No tier for Cambodia in the 2011 report in the news articles; its report years with a tier: 2001–2010, 2012–2014, 2016–2017, 2019–2025. A tier is in Kelley and Heiss\'s dataset: =TIP_TIER(2011, "Cambodia", "dataset").',
    );
    expect(call('TIP_TIER', 2010, 'Angola')).toBe('Tier 2');
    expect(() => call('TIP_TIER', 2010, 'Angola', 'articles')).toThrow('No tier for Angola');
    expect(call('TIP_TIER', 2011, '', 'any')).toBe('Tier 2');
    expect(call('TIP_TIER', 2010, 'Angola', 'ANY')).toBe('Tier 2');
    expect(call('TIP_TIER_NUMBER', [[2001], [2002]], 'Cambodia')).toEqual([[2], [3]]);
    expect(() => call('TIP_TIER', 2018, 'Angola')).toThrow(
      "No tier for Angola in the 2018 report in any source (the report's own words, Kelley and Heiss's dataset, the news articles); report years with a tier in one or more: 2001–2015.",
    );
    expect(() => call('TIP_TIER', 2003, 'Singapore', 'any')).toThrow(
      'report years with a tier in one or more: 2001–2002, 2004–2015.',
    );
    // Where the articles give a tier and the record has NA, "any" gives theirs.
    expect(call('TIP_TIER', 2003, 'Cuba')).toBe('Tier 3');
    expect(call('TIP_BASIS', 'tier', 2003, 'Cuba')).toBe('inferred (articles)');
    expect(() => call('TIP_TIER', 2003, 'Cuba', 'dataset')).toThrow(
      "Kelley and Heiss's dataset has no tier for Cuba in the 2003 report (NA",
    );
    expect(() => call('TIP_TIER', 2016, 'Cambodia', 'dataset')).toThrow(
      "Kelley and Heiss's dataset covers report years 2001–2015 and has no row for Cambodia in 2016",
    );
    // The record's row for 2000 exists, and is NA: the message says so.
    expect(() => call('TIP_TIER', 2000, 'KHM', 'dataset')).toThrow(
      "Kelley and Heiss's dataset covers report years 2001–2015; its row for Cambodia in 2000 (map_tiers.csv row 479) is NA, before the first report",
    );
    expect(() => call('TIP_TIER', 2016, '', 'web')).toThrow(
      'source "web" is not a source: give "report" (the report\'s own words), "dataset" (Kelley and Heiss\'s dataset), "articles" (the news articles), "any" (the first of them with a tier); leave it out for "any".',
    );
    // Every name that worked before still works, in any case; the record has other names too.
    for (const name of [
      'articles',
      'DATASET',
      'Any',
      'record',
      'Kelley and Heiss',
      'report',
      'press',
    ]) {
      expect(call('TIP_TIER', 2005, '', name)).toBe('Tier 3');
    }
    expect(call('TIP_YEARS')).toHaveLength(25);
    expect(call('TIP_YEARS', 'tier', '', 'articles')).toHaveLength(22);
    expect((call('TIP_COUNTRIES') as unknown[][]).length).toBe(194);
    expect((call('TIP_COUNTRIES', 'articles') as unknown[][]).length).toBe(30);
  });

  test('TIP_CHECK sets the press against the report, or the record where no report text is held', () => {
    const reportYears = [2001, 2002, 2003, 2004, 2005, 2006, 2008, 2009, 2016, 2017, 2019, 2020];
    expect(
      call(
        'TIP_CHECK',
        reportYears.map((y) => [y]),
      ),
    ).toEqual(reportYears.map(() => ['agrees with the report']));
    // In words: each side's tier and the documents (or the record's row) behind it.
    expect(call('TIP_CHECK', 2005, '', true)).toMatch(
      /^agrees with the report: the press gives Tier 3 \(US Downgrades Cambodian Trafficking Efforts \(VOA Khmer \(Voice of America\)\); Cambodia Stays at Tier 2 of Human Trafficking List \(The Cambodia Daily\)\), the report Tier 3 \(.*2005.*\(UNHCR Refworld\)\)\.$/,
    );
    expect(
      call('TIP_CHECK', [[2010], [2011], [2012], [2013], [2014], [2015], [2018], [2025], [2026]]),
    ).toEqual([
      ['agrees with the report'],
      ['record only'],
      ['agrees with the record; no report text; press correction'],
      ['agrees with the record; no report text; press self-contradiction; press correction'],
      ['agrees with the record; no report text'],
      ['record only'],
      ['report only'],
      ['press only'],
      ['no source'],
    ]);
    const [[r2018], [r2025]] = call('TIP_CHECK', [[2018], [2025]], 'Cambodia', true) as string[][];
    expect(r2018).toMatch(
      /^report only: the report gives Tier 2 \(.*2018.*\); the press gives none\.$/,
    );
    expect(r2025).toMatch(
      /^press only: the press gives Tier 3 \(.*\(CamboJA News\); .*\(The Nation \(Thailand\)\)\); no report text, no record tier\.$/,
    );
    // No year from 2001 to 2025 where the press differs from the report or the record.
    const years = Array.from({ length: 25 }, (_, i) => [2001 + i]);
    expect((call('TIP_CHECK', years) as string[][]).flat().join()).not.toContain('differs');
    expect(call('TIP_CHECK', 2003, 'Cuba')).toBe('press only');
    expect(call('TIP_CHECK', 2003, 'Brunei')).toBe('press only');
    expect(call('TIP_CHECK', 2003, 'Singapore')).toBe('no source');
    expect(call('TIP_CHECK', 2003, 'Singapore', true)).toBe(
      'no source: the report, the record and the press give none.',
    );
    expect(call('TIP_CHECK', 2007, 'India')).toBe('agrees with the record; no report text');
    expect(call('TIP_CHECK', 2003, 'Russia')).toBe('record only');
    expect(call('TIP_CHECK', '')).toBe('');
  });

  test('TIP_SOURCE cites every source, the report first, and one source when named', () => {
    const lines = (call('TIP_SOURCE', 'tier', 2010) as string).split('\n');
    expect(lines).toEqual([
      'Report: “Cambodia Upgraded to Tier 2 on 2010 Trafficking in Persons Report” (upgraded) — (U.S. Embassy Phnom Penh, 2010) http://cambodia.usembassy.gov/pr_061510_article.html; stated.',
      'Dataset: Cambodia, 2010 report: Tier 2 (code 2) — map_tiers.csv row 489, (Kelley & Heiss, 2017); coded.',
      'Articles: “Cambodia was upgraded to Tier 2 from Tier 2 Watch List in Monday’s report” (upgraded) — (“Cambodia Moves up in US Trafficking Report,” 2010) https://english.cambodiadaily.com/news/cambodia-moves-up-in-us-trafficking-report-96005/; stated.',
    ]);
    expect(call('TIP_SOURCE', 'tier', 2010, '', 'dataset')).toBe(
      lines[1].slice('Dataset: '.length),
    );
    expect(call('TIP_SOURCE', 'tier', 2011, '', 'any')).toBe(
      `From Kelley and Heiss's dataset ("any" takes it):\n${lines[1].slice('Dataset: '.length).replace('2010 report', '2011 report').replace('row 489', 'row 490')}`,
    );
    // Cuba 2003: the article's tier (the source the default answers from) first.
    expect((call('TIP_SOURCE', 'tier', 2003, 'Cuba') as string).split('\n')[1]).toBe(
      'Dataset: Cuba, 2003 report: NA (not in that report, or a special case) — map_tiers.csv row 736, (Kelley & Heiss, 2017); coded.',
    );
    expect(() => call('TIP_SOURCE', 'tier', 2026)).toThrow(
      'No tier for Cambodia in the 2026 report',
    );
  });

  test('TIP_YEARS, TIP_COUNTRIES and TIP_TIMELINE take the source', () => {
    expect((call('TIP_YEARS', 'tier', '', 'dataset') as number[][]).flat()).toEqual(
      Array.from({ length: 15 }, (_, i) => 2001 + i),
    );
    expect((call('TIP_YEARS', '', 'Cambodia', 'any') as number[][]).flat()).toEqual(
      Array.from({ length: 25 }, (_, i) => 2001 + i),
    );
    expect(() => call('TIP_YEARS', 'convictions', '', 'dataset')).toThrow('gives tiers only');
    expect((call('TIP_COUNTRIES', 'dataset') as unknown[][]).length).toBe(194);
    expect((call('TIP_COUNTRIES', 'report') as string[][]).map((r) => r[0])).toEqual([
      'Country',
      'Cambodia',
    ]);
    const any = call('TIP_COUNTRIES', 'any') as string[][];
    expect(any.length).toBe(194);
    expect(any.find((r) => r[0] === 'Laos')![1]).toContain("Lao People's Democratic Republic");
    expect(any.find((r) => r[0] === 'Cambodia')![1]).toContain('KHM');
    const timeline = call('TIP_TIMELINE', 'Cambodia', 'any') as unknown[][];
    expect(timeline[0]).toEqual(timelineHeader(getDataIndex()));
    expect(timeline.map((r) => r[0])).toEqual([
      'Report year',
      ...Array.from({ length: 25 }, (_, i) => 2001 + i),
    ]);
    expect(timeline.find((r) => r[0] === 2011)).toEqual([
      2011,
      'Tier 2',
      'dataset',
      'coded',
      '',
      'Tier 2',
      '',
      'record only',
      "Kelley and Heiss's dataset, map_tiers.csv row 490",
    ]);
    expect(timeline.find((r) => r[0] === 2015)!.slice(4, 8)).toEqual([
      '',
      'Tier 2 Watch List',
      'not in Tier 2',
      'record only',
    ]);
    expect(timeline.find((r) => r[0] === 2005)!.slice(1, 8)).toEqual([
      'Tier 3',
      'report',
      'stated',
      'Tier 3',
      'Tier 3',
      'Tier 3',
      'agrees with the report',
    ]);
    // The default is "any"; the press by name keeps its own years.
    expect(call('TIP_TIMELINE')).toEqual(timeline);
    const articles = call('TIP_TIMELINE', '', 'articles') as unknown[][];
    expect(articles.map((r) => r[0])).toEqual([
      'Report year',
      ...(call('TIP_YEARS', 'tier', '', 'articles') as number[][]).flat(),
    ]);
  });
});

describe('a difference between two sources', () => {
  const files = JSON.parse(JSON.stringify(DATA_FILES));
  const p = files.placements.find(
    (x: { country: string; year: number }) => x.country === 'Cambodia' && x.year === 2014,
  );
  p.tier = 'Tier 3';
  const ds = new DataIndex(files);
  const cambodia = ds.findCountry('Cambodia')!;

  test('is "differs", named source by source', () => {
    const c = compareTier(ds, cambodia, 2014);
    expect(c.verdict).toBe('differs');
    expect(comparisonText(c)).toBe('differs: dataset Tier 2 Watch List; articles Tier 3');
    // TIP_CHECK: the press against the record, there being no report text for 2014.
    expect(checkTier(ds, cambodia, 2014).verdict).toBe(
      'differs from the record: press Tier 3, record Tier 2 Watch List; no report text',
    );
  });

  test('"any" refuses to pick, naming each source\'s tier', () => {
    expect(() => tierFrom(ds, cambodia, 2014, 'any')).toThrow(
      'The sources disagree on Cambodia in the 2014 report: Tier 2 Watch List in Kelley and Heiss\'s dataset, Tier 3 in the news articles. Name one source, or compare them with =TIP_SOURCE("tier", 2014, "Cambodia").',
    );
  });
});

describe('the build and the checks', () => {
  test('packing the codes loses nothing', () => {
    for (const entry of DATA_FILES.referenceTiers.countries) {
      const codes = entry.split('|')[3];
      expect(unpackCodes(packCodes(codes)).slice(0, codes.length)).toBe(codes);
    }
  });

  test('refuse a common name that already names another country', () => {
    const files = JSON.parse(JSON.stringify(DATA_FILES));
    files.referenceAliases.COG.push('DRC');
    files.referenceAliases.KOR.push('Burma');
    files.referenceAliases.XXX = ['Atlantis'];
    expect(checkDataset(files)).toEqual([
      'src/data/reference-aliases.json: "DRC" (COG) already names COD',
      'src/data/reference-aliases.json: "Burma" (KOR) already names Burma',
      'src/data/reference-aliases.json: XXX is not a country of src/data/reference-tiers.json',
    ]);
  });

  test('refuse a record entry whose codes do not match its years, and a clashing name', () => {
    const files = JSON.parse(JSON.stringify(DATA_FILES));
    const i = files.referenceTiers.countries.findIndex((e: string) => e.startsWith('KHM|'));
    files.referenceTiers.countries[i] = 'KHM|Cambodia||--2422';
    files.referenceTiers.countries.push('XXX|Burma||--444444444444444');
    expect(checkDataset(files)).toEqual([
      'src/data/reference-tiers.json, countries entry 31 (KHM Cambodia): 17 years but 6 codes',
      'src/data/reference-tiers.json: "Burma" (XXX) would name Burma in countries.json',
    ]);
  });
});

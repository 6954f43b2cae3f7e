/**
 * Kelley and Heiss's record beside the articles: the project's copy equals the CSV row for
 * row, the record answers only when asked for by name, and TIP_CHECK compares the two. Run on
 * the source and on the built dist/Code.js (which carries the record packed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { DATA_FILES, getDataset } from '../src/data';
import { Dataset } from '../src/core/dataset';
import { compareTier } from '../src/core/compare';
import { packCodes, unpackCodes } from '../src/core/reference';
import { checkDataset } from '../src/data/validate';
import * as source from '../src/functions/custom-functions';
import { loadBundle, plain } from '../emulator/node-loader';

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
    const ds = getDataset();
    let count = 0;
    rows.forEach((r, i) => {
      const row = ds.reference.row(r.iso, Number(r.year));
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
    const held = [...ds.reference.countries.values()].reduce((n, c) => n + c.rows.size, 0);
    expect(held).toBe(count);
    expect(count).toBe(3208);
    expect(ds.reference.countries.size).toBe(193);
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
    expect(DATA_FILES.reference.licence).toBe(
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
            ? `Kelley and Heiss's dataset covers report years 2001–2015 and has no row for`
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

  test('defaults are unchanged: the record answers only when asked for by name', () => {
    expect(() => call('TIP_TIER', 2010)).toThrow(
      'No tier for Cambodia in the 2010 report in the articles; report years with a tier: 2002–2003, 2005–2009, 2012–2017, 2019. Kelley and Heiss\'s dataset has one: =TIP_TIER(2010, "Cambodia", "dataset").',
    );
    expect(() => call('TIP_TIER', 2010, 'Angola')).toThrow('No tier for Angola');
    expect(call('TIP_TIER', 2010, '', 'any')).toBe('Tier 2');
    expect(call('TIP_TIER', 2010, 'Angola', 'ANY')).toBe('Tier 2');
    expect(call('TIP_TIER_NUMBER', [[2001], [2002]], 'Cambodia', 'any')).toEqual([[2], [3]]);
    expect(() => call('TIP_TIER', 2018, 'Angola', 'any')).toThrow(
      "No tier for Angola in the 2018 report in the articles or in Kelley and Heiss's dataset; report years with a tier in either: 2001–2015.",
    );
    expect(() => call('TIP_TIER', 2003, 'Singapore', 'any')).toThrow(
      'report years with a tier in either: 2001–2002, 2004–2015.',
    );
    // Where the articles give a tier, "any" gives theirs.
    expect(call('TIP_TIER', 2003, 'Cuba', 'any')).toBe('Tier 3');
    expect(() => call('TIP_TIER', 2003, 'Cuba', 'dataset')).toThrow(
      "Kelley and Heiss's dataset has no tier for Cuba in the 2003 report (NA",
    );
    expect(() => call('TIP_TIER', 2016, 'Cambodia', 'dataset')).toThrow(
      "Kelley and Heiss's dataset covers report years 2001–2015 and has no row for Cambodia in 2016",
    );
    expect(() => call('TIP_TIER', 2016, '', 'web')).toThrow(
      'source "web" is not a source: give "articles" (the news articles, the default), "dataset"',
    );
    expect(call('TIP_YEARS')).toHaveLength(14);
    expect((call('TIP_COUNTRIES') as unknown[][]).length).toBe(30);
  });

  test('TIP_CHECK compares the two for every year', () => {
    const cambodia = [2002, 2003, 2005, 2006, 2007, 2008, 2009, 2012, 2013, 2014, 2015];
    expect(
      call(
        'TIP_CHECK',
        cambodia.map((y) => [y]),
      ),
    ).toEqual(cambodia.map(() => ['agrees']));
    expect(call('TIP_CHECK', [[2001], [2004], [2010], [2011]])).toEqual([
      ['dataset only'],
      ['dataset only'],
      ['dataset only'],
      ['dataset only'],
    ]);
    expect(call('TIP_CHECK', [[2016, 2017, 2018, 2019]])).toEqual([
      ['articles only', 'articles only', 'neither', 'articles only'],
    ]);
    expect(call('TIP_CHECK', 2003, 'Cuba')).toBe('articles only');
    expect(call('TIP_CHECK', 2003, 'Brunei')).toBe('articles only');
    expect(call('TIP_CHECK', 2003, 'Singapore')).toBe('neither');
    expect(call('TIP_CHECK', 2007, 'India')).toBe('agrees');
    expect(call('TIP_CHECK', 2003, 'Russia')).toBe('dataset only');
    expect(call('TIP_CHECK', '')).toBe('');
  });

  test('TIP_SOURCE cites the record’s row beside the articles, and alone where only it has a tier', () => {
    const lines = (call('TIP_SOURCE', 'tier', 2005) as string).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      'Judith Kelley and Andrew Heiss, Scorecard Diplomacy: TIP report tier placements, 2001–2015 (2017, MIT licence), map_tiers.csv row 484: Cambodia, 2005 report, Tier 3 (code 4); agrees with the articles.',
    );
    expect(call('TIP_SOURCE', 'tier', 2010)).toMatch(
      /^Judith Kelley and Andrew Heiss, .*map_tiers\.csv row 489: Cambodia, 2010 report, Tier 2 \(code 2\); the articles give no tier\.$/,
    );
    expect((call('TIP_SOURCE', 'tier', 2003, 'Cuba') as string).split('\n')[1]).toContain(
      'Cuba, 2003 report, NA (not in that report, or a special case); the articles give Tier 3 (inferred).',
    );
    expect(() => call('TIP_SOURCE', 'tier', 2018)).toThrow(
      'No tier for Cambodia in the 2018 report',
    );
  });

  test('TIP_YEARS, TIP_COUNTRIES and TIP_TIMELINE take the source', () => {
    expect((call('TIP_YEARS', 'tier', '', 'dataset') as number[][]).flat()).toEqual(
      Array.from({ length: 15 }, (_, i) => 2001 + i),
    );
    expect((call('TIP_YEARS', '', 'Cambodia', 'any') as number[][]).flat()).toEqual([
      2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015,
      2016, 2017, 2019,
    ]);
    expect(() => call('TIP_YEARS', 'convictions', '', 'dataset')).toThrow('applies to tiers only');
    expect((call('TIP_COUNTRIES', 'dataset') as unknown[][]).length).toBe(194);
    const any = call('TIP_COUNTRIES', 'any') as string[][];
    expect(any.length).toBe(194);
    expect(any.find((r) => r[0] === 'Laos')![1]).toContain("Lao People's Democratic Republic");
    expect(any.find((r) => r[0] === 'Cambodia')![1]).toContain('KHM');
    const timeline = call('TIP_TIMELINE', 'Cambodia', 'any') as unknown[][];
    expect(timeline[0]).toEqual([
      'Report year',
      'Tier',
      'Tier number',
      'Basis',
      'Sources',
      'Tier in the dataset',
      'Check',
    ]);
    expect(timeline.find((r) => r[0] === 2010)).toEqual([
      2010,
      'Tier 2',
      2,
      'dataset',
      "Kelley and Heiss's dataset, map_tiers.csv row 489",
      'Tier 2',
      'dataset only',
    ]);
    expect(timeline.find((r) => r[0] === 2005)!.slice(3)).toEqual([
      'stated',
      'US Downgrades Cambodian Trafficking Efforts; Cambodia Stays at Tier 2 of Human Trafficking List',
      'Tier 3',
      'agrees',
    ]);
    expect(timeline.find((r) => r[0] === 2018)).toBeUndefined();
    // The default keeps the articles' years, with the two new columns.
    const articles = call('TIP_TIMELINE') as unknown[][];
    expect(articles.map((r) => r[0])).toEqual([
      'Report year',
      ...(call('TIP_YEARS') as number[][]).flat(),
    ]);
  });
});

describe('a difference between the two', () => {
  test('is "differs", and TIP_SOURCE gives both values with the articles’ basis', () => {
    const files = JSON.parse(JSON.stringify(DATA_FILES));
    const p = files.placements.find(
      (x: { country: string; year: number }) => x.country === 'Cambodia' && x.year === 2014,
    );
    p.tier = 'Tier 3';
    const ds = new Dataset(files);
    const cambodia = ds.findCountry('Cambodia')!;
    const c = compareTier(ds, cambodia, 2014);
    expect([c.check, c.articles, c.basis, c.row?.tier]).toEqual([
      'differs',
      'Tier 3',
      'inferred',
      'Tier 2 Watch List',
    ]);
  });
});

describe('the build and the checks', () => {
  test('packing the codes loses nothing', () => {
    for (const entry of DATA_FILES.reference.countries) {
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
    const i = files.reference.countries.findIndex((e: string) => e.startsWith('KHM|'));
    files.reference.countries[i] = 'KHM|Cambodia||--2422';
    files.reference.countries.push('XXX|Burma||--444444444444444');
    expect(checkDataset(files)).toEqual([
      'src/data/reference-tiers.json, countries entry 31 (KHM Cambodia): 17 years but 6 codes',
      'src/data/reference-tiers.json: "Burma" (XXX) would name Burma in countries.json',
    ]);
  });
});

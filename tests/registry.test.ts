/**
 * A source is data: a fixture source added to a temporary copy of src/data (a documents file,
 * a placements file and one entry in sources.json), with its archived text beside a copy of
 * ../shared, is built with the project's own build and appears in every function, the
 * timeline, the chart, the check, the formula help and the sidebar, with no code change.
 * The same holds for a sixth article added to the articles' own files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBundle, plain, type Sandbox } from '../emulator/node-loader';
import { readDataFolder } from '../src/data/files';
import { DataIndex } from '../src/core/data-index';
import { tierChartData } from '../src/core/tables/charts';
import { parseCountry } from '../src/core/arguments/args';

const ROOT = path.resolve(__dirname, '..');
const SHARED = path.resolve(ROOT, '..', 'shared');

/**
 * A real copy, links followed: ../shared may itself be a link (a checkout beside a shared
 * folder), and copying the link would make the test write its fixtures into the archive.
 */
function copyDir(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, dereference: true });
  const real = fs.realpathSync(to);
  if (!real.startsWith(fs.realpathSync(os.tmpdir()))) {
    throw new Error(`${to} is ${real}, outside the temporary folder: refusing to write there`);
  }
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** A temporary project: a copy of src/data and of ../shared (when it is there). */
function workspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tip-registry-'));
  const data = path.join(dir, 'data');
  const shared = path.join(dir, 'shared');
  copyDir(path.join(ROOT, 'src', 'data'), data);
  for (const f of fs.readdirSync(data)) if (!f.endsWith('.json')) fs.rmSync(path.join(data, f));
  if (fs.existsSync(SHARED)) copyDir(SHARED, shared);
  else fs.mkdirSync(shared);
  return { dir, data, shared, dist: path.join(dir, 'dist') };
}

function build(ws: ReturnType<typeof workspace>): string {
  return execFileSync(
    process.execPath,
    ['scripts/build.mjs', '--data', ws.data, '--dist', ws.dist, '--shared', ws.shared],
    { cwd: ROOT, encoding: 'utf8' },
  );
}

/** What check-data prints; its output is the error's message when it finds a problem. */
function checkData(ws: ReturnType<typeof workspace>): string {
  const run = spawnSync(
    process.execPath,
    ['scripts/check-data.mjs', '--data', ws.data, '--shared', ws.shared],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stdout || run.stderr);
  return run.stdout;
}

const call = (sandbox: Sandbox, name: string, ...args: unknown[]) => {
  try {
    return plain(sandbox[name](...args));
  } catch (err) {
    return `ERROR ${(err as Error).message}`;
  }
};

describe('a fixture source registered in a copy of the data', () => {
  const ws = workspace();
  const text = [
    'URL: https://example.org/monitor/2026/cambodia',
    'KIND: fixture',
    '---',
    'Cambodia Monitor 2026',
    'This year the monitor rates Cambodia at Tier 3, as in 2024 when it also rated it Tier 3.',
  ].join('\n');
  fs.mkdirSync(path.join(ws.shared, 'fixture'));
  fs.writeFileSync(path.join(ws.shared, 'fixture', 'monitor-2026.txt'), text);
  const sources = readJson<Record<string, unknown>[]>(path.join(ws.data, 'sources.json'));
  sources.push({
    key: 'monitor',
    names: ['ngo monitor'],
    label: 'the NGO monitor',
    column: 'Monitor',
    about: 'A fixture: one page of an imagined monitor, report years 2024 and 2026.',
    kind: 'documents',
    documents: 'monitor-pages.json',
    placements: 'monitor-placements.json',
  });
  writeJson(path.join(ws.data, 'sources.json'), sources);
  writeJson(path.join(ws.data, 'monitor-pages.json'), [
    {
      id: 'monitor-2026',
      kind: 'report text',
      headline: 'Cambodia Monitor 2026',
      publisher: 'Imagined Monitor',
      url: 'https://example.org/monitor/2026/cambodia',
      licence: 'Fixture for a test',
      // A page with a report year is cited under its author (checkCitationFields).
      cite: { author: 'Imagined Monitor' },
      reportYear: 2026,
      reportYearBasis: 'stated',
      reportYearClue: { quote: 'Cambodia Monitor 2026', reasoning: 'The title names 2026.' },
      file: 'fixture/monitor-2026.txt',
      readings: [],
    },
  ]);
  writeJson(path.join(ws.data, 'monitor-placements.json'), [
    {
      country: 'Cambodia',
      year: 2026,
      tier: 'Tier 3',
      document: 'monitor-2026',
      quote: 'This year the monitor rates Cambodia at Tier 3',
      basis: 'stated',
    },
    {
      country: 'Cambodia',
      year: 2024,
      tier: 'Tier 3',
      document: 'monitor-2026',
      quote: 'as in 2024 when it also rated it Tier 3',
      basis: 'stated',
    },
  ]);
  let sandbox: Sandbox;
  let code: string;

  beforeAll(() => {
    expect(checkData(ws)).toMatch(/are valid/);
    build(ws);
    code = fs.readFileSync(path.join(ws.dist, 'Code.js'), 'utf8');
    sandbox = loadBundle({}, code);
  });
  afterAll(() => fs.rmSync(ws.dir, { recursive: true, force: true }));

  test('TIP_TIER and TIP_TIER_NUMBER answer from it by its key or its other name', () => {
    expect(call(sandbox, 'TIP_TIER', 2026, '', 'monitor')).toBe('Tier 3');
    expect(call(sandbox, 'TIP_TIER', 2026, 'KHM', 'NGO Monitor')).toBe('Tier 3');
    expect(call(sandbox, 'TIP_TIER_NUMBER', 2026, '', 'monitor')).toBe(3);
  });

  test('the default ("any") takes it, last in the registry; the press by name points to it', () => {
    expect(call(sandbox, 'TIP_TIER', 2026)).toBe('Tier 3');
    expect(call(sandbox, 'TIP_BASIS', 'tier', 2026)).toBe('stated (monitor)');
    // Where the report gives a tier, the report answers first.
    expect(call(sandbox, 'TIP_BASIS', 'tier', 2024)).toBe('stated (report)');
    expect(call(sandbox, 'TIP_TIER', 2026, '', 'articles')).toContain(
      'A tier is in the NGO monitor: =TIP_TIER(2026, "Cambodia", "monitor").',
    );
  });

  test('"any" takes it where it is the only source, and says so', () => {
    expect(call(sandbox, 'TIP_TIER', 2026, '', 'any')).toBe('Tier 3');
    expect(call(sandbox, 'TIP_BASIS', 'tier', 2026, '', 'any')).toBe('stated (monitor)');
    expect(call(sandbox, 'TIP_SOURCE', 'tier', 2026, '', 'monitor')).toContain(
      '“This year the monitor rates Cambodia at Tier 3” — (Imagined Monitor, 2026) https://example.org/monitor/2026/cambodia; stated.',
    );
    // Its citation was formatted by the build with no code change, and TIP_CITE gives it.
    expect(call(sandbox, 'TIP_CITE', 'tier', 2026, '', 'monitor')).toBe(
      'Imagined Monitor. (2026). Cambodia Monitor 2026. https://example.org/monitor/2026/cambodia',
    );
    expect(call(sandbox, 'TIP_SOURCE', 'tier', 2026)).toMatch(/^Monitor: “This year/m);
  });

  test('TIP_YEARS, TIP_COUNTRIES and TIP_CHECK count it', () => {
    expect(call(sandbox, 'TIP_YEARS', 'tier', '', 'monitor')).toEqual([[2024], [2026]]);
    const countries = call(sandbox, 'TIP_COUNTRIES', 'monitor') as string[][];
    expect(countries.map((r) => r[0])).toEqual(['Country', 'Cambodia']);
    expect(call(sandbox, 'TIP_CHECK', 2026)).toBe('monitor only');
    expect(call(sandbox, 'TIP_CHECK', 2026, '', true)).toBe(
      'monitor only: the monitor gives Tier 3 (Cambodia Monitor 2026 (Imagined Monitor)); the press gives none.',
    );
  });

  test('the timeline has a column for it and runs to its last year', () => {
    const table = call(sandbox, 'TIP_TIMELINE', 'Cambodia', 'any') as (string | number)[][];
    const header = table[0];
    expect(header).toContain('Monitor');
    const last = table[table.length - 1];
    expect(last[0]).toBe(2026);
    expect(last[header.indexOf('Monitor')]).toBe('Tier 3');
    expect(last[header.indexOf('Check')]).toBe('monitor only');
  });

  test('the chart has a series for it', () => {
    const ds = new DataIndex(readDataFolder(ws.data));
    const chart = tierChartData(ds, parseCountry(ds, 'Cambodia'));
    // Four series, one per tier; the new source's numbers are a column of the block.
    expect(chart.series).toBe(4);
    expect(chart.block[0]).toContain('Monitor (TIP_TIER_NUMBER)');
    const last = chart.block[chart.block.length - 1];
    expect(last[0]).toBe('2026');
    expect(last[chart.block[0].indexOf('Monitor (TIP_TIER_NUMBER)')]).toBe(3);
    expect(chart.spec.colors).toHaveLength(4);
  });

  test('the formula help and the sidebar name it', () => {
    expect(code).toContain('"monitor" (the NGO monitor, report years 2024, 2026)');
    const sidebar = fs.readFileSync(path.join(ws.dist, 'Sidebar.html'), 'utf8');
    expect(sidebar).toContain('Cambodia Monitor 2026');
    expect(sidebar).toContain('https://example.org/monitor/2026/cambodia');
  });
});

describe('a sixth article added to a copy of the articles', () => {
  const ws = workspace();
  fs.writeFileSync(
    path.join(ws.shared, 'articles', '005_fixture.txt'),
    'Cambodia Held at Tier 3\nThe 2027 Trafficking in Persons report keeps Cambodia at Tier 3, the report said.\n',
  );
  const articles = readJson<Record<string, unknown>[]>(path.join(ws.data, 'articles.json'));
  articles.push({
    id: 'held-2027',
    kind: 'news article',
    headline: 'Cambodia Held at Tier 3',
    publisher: null,
    url: null,
    licence: 'Fixture for a test',
    reportYear: 2027,
    reportYearBasis: 'stated',
    reportYearClue: {
      quote: 'The 2027 Trafficking in Persons report',
      reasoning: 'The article names the 2027 report.',
    },
    file: 'articles/005_fixture.txt',
    readings: [],
  });
  writeJson(path.join(ws.data, 'articles.json'), articles);
  const placements = readJson<Record<string, unknown>[]>(path.join(ws.data, 'placements.json'));
  placements.push({
    country: 'Cambodia',
    year: 2027,
    tier: 'Tier 3',
    document: 'held-2027',
    quote: 'The 2027 Trafficking in Persons report keeps Cambodia at Tier 3',
    basis: 'stated',
  });
  writeJson(path.join(ws.data, 'placements.json'), placements);
  // The article names Cambodia: the country's list of articles naming it says so (checked).
  const countries = readJson<{ name: string; namedIn: string[] }[]>(
    path.join(ws.data, 'countries.json'),
  );
  countries.find((c) => c.name === 'Cambodia')?.namedIn.push('held-2027');
  writeJson(path.join(ws.data, 'countries.json'), countries);
  afterAll(() => fs.rmSync(ws.dir, { recursive: true, force: true }));

  test('passes the checks and answers by default, with no code change', () => {
    expect(checkData(ws)).toMatch(/are valid/);
    build(ws);
    const sandbox = loadBundle({}, fs.readFileSync(path.join(ws.dist, 'Code.js'), 'utf8'));
    expect(call(sandbox, 'TIP_TIER', 2027)).toBe('Tier 3');
    const listed = call(sandbox, 'TIP_ARTICLES') as string[][];
    expect(listed.map((r) => r[0])).toContain('held-2027');
  });

  test('a quote that is not in the archived text is refused by the checks', () => {
    const wrong = placements.map((p) =>
      p.document === 'held-2027' ? { ...p, quote: 'keeps Cambodia at Tier 2' } : p,
    );
    writeJson(path.join(ws.data, 'placements.json'), wrong);
    expect(() => checkData(ws)).toThrow(/quote not found verbatim in document held-2027/);
    writeJson(path.join(ws.data, 'placements.json'), placements);
  });
});

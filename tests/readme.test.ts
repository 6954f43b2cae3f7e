/**
 * The README states counts, sizes, a generated table and example outputs; these tests fail
 * when the data or the code changes and the README does not. The examples are run through a
 * dist/Code.js built here, into a folder of its own, by the same build whose printed sizes the
 * README quotes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_FILES, getDataIndex } from '../src/data';
import { sourcesTable } from '../scripts/sources-table';
import { loadBundle, plain, type Sandbox } from '../emulator/node-loader';
import { createFakeSheets } from '../emulator/sheets';
import { checkTier } from '../src/core/tiers/check';
import { sidebarData } from '../src/core/tables/facts';
import { yearRanges } from '../src/core/base/text';
import { factCount, filterArticles, NO_FILTERS } from '../src/sidebar/client/filter';
import { matches, readmeExamples } from './support/readme-examples';

const ROOT = path.resolve(__dirname, '..');
const raw = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** White space folded, as prose wraps it. */
const fold = (text: string) => text.replace(/\s+/g, ' ');
const readme = fold(raw);

/** A section of the README, from its heading to the next heading of the same level or higher. */
function section(heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const start = raw.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const rest = raw.slice(start + heading.length + 2);
  const next = new RegExp(`\\n#{1,${level}} `).exec(rest);
  return fold(next ? rest.slice(0, next.index) : rest);
}

const ds = getDataIndex();
const data = section('## Where the data comes from');
const sources = section('## The sources and the `source` argument');
const report = section('### The report\'s own words (`"report"`)');
const count = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1]);

let dist: string;
let buildLines: string[];
let sandbox: Sandbox;

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tip-readme-'));
  const out = execFileSync(process.execPath, ['scripts/build.mjs', '--dist', dist], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  buildLines = out.split('\n').filter((l) => /^build: (dist|each)/.test(l));
  sandbox = loadBundle({}, fs.readFileSync(path.join(dist, 'Code.js'), 'utf8'));
}, 120_000);
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

/** =NAME(literal, …) run through the bundle: its value, or its error's message. */
function run(formula: string): unknown {
  const m = /^=(TIP_[A-Z_]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a formula of literals: ${formula}`);
  const args: unknown[] = [];
  if (m[2].trim() !== '') {
    // Split on the commas outside quoted text.
    const parts = [''];
    let quoted = false;
    for (const ch of m[2]) {
      if (ch === '"') quoted = !quoted;
      if (ch === ',' && !quoted) parts.push('');
      else parts[parts.length - 1] += ch;
    }
    for (const part of parts) {
      const arg = part.trim();
      if (arg === '') args.push('');
      else if (/^".*"$/.test(arg)) args.push(arg.slice(1, -1));
      else if (/^(TRUE|FALSE)$/.test(arg)) args.push(arg === 'TRUE');
      else if (/^-?\d+(\.\d+)?$/.test(arg)) args.push(Number(arg));
      else throw new Error(`not a literal: ${arg} in ${formula}`);
    }
  }
  try {
    return plain(sandbox[m[1]](...args));
  } catch (err) {
    return (err as Error).message;
  }
}

describe('the example outputs it quotes are what the functions give', () => {
  test('every `=TIP_…(…)` → `result` (also "gives", "says", "begins", ":") of literals', () => {
    const examples = readmeExamples(readme);
    expect(examples.length).toBeGreaterThan(25);
    const wrong: string[][] = [];
    for (const [formula, expected] of examples) {
      if (/\(.*TIP_/.test(formula.slice(1))) continue; // nested: not literal arguments
      const actual = String(run(formula));
      if (!matches(fold(actual), expected)) wrong.push([formula, expected, actual]);
    }
    expect(wrong).toEqual([]);
  });

  test('every row of the errors table', () => {
    const rows = raw
      .split('\n')
      .filter((l) => /^\s*\| `=TIP_/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    const wrong: string[][] = [];
    for (const [, input, message] of rows) {
      const formula = /`([^`]*)`/.exec(input)?.[1] as string;
      const expected = /`([^`]*)`/.exec(message)?.[1] as string;
      const actual = String(run(formula));
      if (!matches(actual, expected)) wrong.push([formula, expected, actual]);
    }
    expect(wrong).toEqual([]);
  });

  test('every output shown in full under its formula', () => {
    const blocks = [...raw.matchAll(/`(=TIP_[^`]+)`:\s*```text\n([\s\S]*?)\n```/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const [, formula, text] of blocks)
      expect([formula, run(formula)]).toEqual([formula, text]);
  });

  test('the toasts of the menu, run on an empty Sheet1', () => {
    for (const item of [
      'menuInsertTimeline',
      'menuInsertFigures',
      'menuInsertSourceList',
      'menuChartTimeline',
      'menuChartFigures',
    ]) {
      const fake = createFakeSheets();
      const menu = loadBundle(
        fake.services as unknown as Record<string, unknown>,
        fs.readFileSync(path.join(dist, 'Code.js'), 'utf8'),
      );
      menu[item]();
      const toast = fake.spreadsheet.toasts.at(-1)?.msg as string;
      expect([item, readme.includes(`"${toast}"`)]).toEqual([item, true]);
    }
  });

  test('the copied citations shown are what Copy citation copies (APA, then Chicago)', () => {
    const side = section('## The sources sidebar');
    const blocks = [
      ...raw
        .slice(raw.indexOf('## The sources sidebar'), raw.indexOf('## Try it locally'))
        .matchAll(/```text\n([\s\S]*?)\n```/g),
    ].map((b) => b[1]);
    expect(blocks).toHaveLength(2);
    const view = sidebarData(ds);
    expect(view.articles.map((a) => a.citation.apa)).toContain(blocks[0]);
    expect(view.articles.map((a) => a.citation.chicago)).toContain(blocks[1]);
    // And what the panel lists: every document with no filter, and with the Source filter alone
    // every document of that source.
    const shown = filterArticles(view.articles, NO_FILTERS);
    expect(shown).toHaveLength(view.articles.length);
    expect(side).toContain(`"${factCount(shown)} facts in ${shown.length} documents"`);
    expect(side).toContain(`it lists all ${view.articles.length} documents`);
    const bySource = (source: string) => filterArticles(view.articles, { ...NO_FILTERS, source });
    expect(side).toContain(
      `(the report's ${bySource('report').length} pages, or the ${bySource('articles').length} articles and passages)`,
    );
  });
});

/**
 * The sizes change a little with every change of code or data, so the README gives them to
 * within 2 %: a figure further than that from the build's fails.
 */
const TOLERANCE = 0.02;
const near = (claimed: number, actual: number) => Math.abs(claimed - actual) <= TOLERANCE * actual;
/** The number a pattern's first group captures, thousands separators dropped. */
const figure = (text: string, pattern: RegExp) => {
  const m = pattern.exec(text);
  if (!m) throw new Error(`README.md: no figure for ${pattern}`);
  return Number(m[1].replace(/,/g, ''));
};

describe('the sizes it gives are those of one build, to within 2 %', () => {
  test('the tolerance: 2 % passes, more fails', () => {
    expect(near(102_000, 100_000)).toBe(true);
    expect(near(98_000, 100_000)).toBe(true);
    expect(near(102_100, 100_000)).toBe(false);
    expect(near(97_900, 100_000)).toBe(false);
  });

  test('the build’s two lines, as printed, with each size near the build’s', () => {
    expect(buildLines).toHaveLength(2);
    const block = /```text\n(build: [\s\S]*?)\n```/.exec(raw)?.[1] ?? '';
    const shape = (text: string) => text.replace(/\d+/g, '#');
    // The same lines, word for word, but for the figures.
    expect(shape(block)).toBe(shape(buildLines.join('\n')));
    const said = (block.match(/\d+/g) ?? []).map(Number);
    const built = (buildLines.join('\n').match(/\d+/g) ?? []).map(Number);
    const wrong = said
      .map((n, i) => [n, built[i]])
      // Byte counts are near; small counts (the entry points) are exact.
      .filter(([n, b]) => (b >= 1000 ? !near(n, b) : n !== b));
    expect(wrong).toEqual([]);
  });

  test('the build’s figures are the files’, and the prose is near them', () => {
    const code = fs.statSync(path.join(dist, 'Code.js')).size;
    const sidebar = fs.statSync(path.join(dist, 'Sidebar.html')).size;
    expect(buildLines[0]).toContain(`dist/Code.js ${code} bytes`);
    expect(buildLines[0]).toContain(`dist/Sidebar.html ${sidebar} bytes`);
    expect(code).toBeLessThan(168 * 1024);
    const perf = section('## Performance');
    const side = section('## The sources sidebar');
    const claims: [string, number, number][] = [
      ['Code.js, KB', figure(perf, /`dist\/Code\.js` is about ([\d.,]+) KB/) * 1000, code],
      ['Code.js, KiB', figure(perf, /\(([\d.]+) KiB, minified\)/) * 1024, code],
      ['Sidebar.html', figure(perf, /`dist\/Sidebar\.html` is about ([\d.,]+) KB/) * 1000, sidebar],
      [
        'Sidebar.html, in the sidebar section',
        figure(side, /Of those about ([\d.,]+) KB/) * 1000,
        sidebar,
      ],
    ];
    expect(perf).toContain(`under the limit of 168 KiB`);
    // Each source of the registry, in its order, with a figure for its data near the build's.
    const each = /bytes: (.*)$/.exec(buildLines[1])?.[1].split(', ') ?? [];
    expect(each.map((e) => e.split(' ')[0])).toEqual(ds.sources.map((s) => s.key));
    for (const [key, bytes] of each.map((e) => e.split(' '))) {
      const said = figure(perf, new RegExp(`([\\d.,]+) KB \\(\`${key}\`\\)`)) * 1000;
      claims.push([`the ${key} source's data`, said, Number(bytes)]);
    }
    const wrong = claims.filter(([, said, actual]) => !near(said, actual));
    expect(wrong).toEqual([]);
  });
});

describe('the sources section', () => {
  test('gives each source’s report years as the registry has them', () => {
    for (const s of ds.sources) {
      const row = raw.split('\n').find((l) => l.startsWith(`| \`"${s.key}"\``)) as string;
      expect([s.key, row]).toEqual([s.key, expect.stringContaining(yearRanges(s.reportYears()))]);
      for (const name of s.entry.names) expect(row).toContain(`\`"${name}"\``);
    }
  });

  test('counts the report’s pages and placements, by kind and by basis', () => {
    const pages = DATA_FILES.reportPages;
    const placements = DATA_FILES.reportPlacements;
    expect(count(report, /`src\/data\/report-pages\.json` \((\d+) pages\)/)).toBe(pages.length);
    expect(count(report, /`src\/data\/report-placements\.json` \((\d+) records\)/)).toBe(
      placements.length,
    );
    for (const kind of ['report text', 'mirror of report text', 'embassy press release']) {
      expect([
        kind,
        count(report, new RegExp(`\\*\\*${kind}\\*\\*[^(]*\\((\\d+) pages\\)`)),
      ]).toEqual([kind, pages.filter((p) => p.kind === kind).length]);
    }
    const dated = pages.filter((p) => p.reportYear !== null);
    expect(count(report, /Each of the (\d+) dated pages/)).toBe(dated.length);
    expect(count(report, /(\d+) more placements are inferred/)).toBe(
      placements.filter((p) => p.basis === 'inferred').length,
    );
    for (const page of pages.filter((p) => p.reportYear === null)) {
      expect(report).toContain(`\`${path.basename(page.file)}\``);
    }
  });

  test('counts the founding articles and the passages', () => {
    const articles = DATA_FILES.articles;
    const founding = articles.filter((a) => a.kind === 'news article').length;
    const passages = articles.filter((a) => a.kind === 'news passage').length;
    expect(sources).toContain(`${founding} founding articles and ${passages} short news passages`);
  });

  test('says how TIP_CHECK answers for Cambodia, 2001–2025', () => {
    const cambodia = ds.findCountry('Cambodia')!;
    const verdicts: Record<string, number[]> = {};
    for (let year = 2001; year <= 2025; year++) {
      // The verdict without the press errors that follow it.
      const base = checkTier(ds, cambodia, year).verdict.split('; press ')[0];
      (verdicts[base] ??= []).push(year);
    }
    expect(Object.keys(verdicts).sort()).toEqual([
      'agrees with the record; no report text',
      'agrees with the report',
      'press only',
      'record only',
      'report only',
    ]);
    expect(sources).toContain(
      `gives \`agrees with the report\` for ${verdicts['agrees with the report'].length} of them`,
    );
    const years = verdicts['agrees with the record; no report text'];
    expect(sources).toContain(
      `\`agrees with the record; no report text\` for ${years[0]} to ${years.at(-1)}`,
    );
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => years[0] + i));
    expect(sources).toContain(`${verdicts['record only'].join(' and ')} \`record only\``);
    expect(sources).toContain(`${verdicts['report only'].join(' and ')} \`report only\``);
    expect(sources).toContain(`${verdicts['press only'].join(' and ')} \`press only\``);
  });

  test('holds exactly the generated table of where the sources part', () => {
    // Prettier pads table cells; compare cells, not spacing.
    const cells = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
        .map((l) => l.split('|').map((c) => c.trim()));
    const expected = cells(sourcesTable(ds));
    const start = raw.indexOf('| Country ');
    const table = raw.slice(start, raw.indexOf('\n\n', start));
    expect(cells(table)).toEqual(expected);
  });
});

describe('the data section', () => {
  test('gives the data files’ counts', () => {
    const articles = DATA_FILES.articles;
    expect(count(data, /`sources\.json` \((\d+) sources\)/)).toBe(DATA_FILES.sources.length);
    expect(count(data, /`report-pages\.json` \((\d+) pages\)/)).toBe(DATA_FILES.reportPages.length);
    expect(count(data, /`report-placements\.json` \((\d+) records\)/)).toBe(
      DATA_FILES.reportPlacements.length,
    );
    expect(count(data, /\((\d+) with a report year/)).toBe(
      DATA_FILES.reportPages.filter((p) => p.reportYear !== null).length,
    );
    expect(data).toContain(
      `\`articles.json\` (${articles.length} documents: ${articles.filter((a) => a.kind === 'news article').length} articles and ${articles.filter((a) => a.kind === 'news passage').length} passages)`,
    );
    expect(count(data, /`placements\.json` \((\d+) records\)/)).toBe(DATA_FILES.placements.length);
    expect(count(data, /`non-placements\.json` \((\d+) records\)/)).toBe(
      DATA_FILES.nonPlacements.length,
    );
    expect(count(data, /`figures\.json` \((\d+) records\)/)).toBe(DATA_FILES.figures.length);
    expect(count(data, /`metrics\.json` \((\d+) metrics\)/)).toBe(DATA_FILES.metrics.length);
    expect(count(data, /`outside-facts\.json` \((\d+) records\)/)).toBe(
      DATA_FILES.outsideFacts.length,
    );
    expect(count(data, /`countries\.json` \((\d+) countries\)/)).toBe(DATA_FILES.countries.length);
    expect(count(data, /(\d+) are named in at least one/)).toBe(
      DATA_FILES.countries.filter((c) => c.namedIn.length > 0).length,
    );
    expect(count(data, /for (\d+) of them\)/)).toBe(
      Object.keys(DATA_FILES.referenceAliases).length,
    );
    expect(readme).toContain(`The ${DATA_FILES.metrics.length} metrics`);
  });

  test('names the countries no article names', () => {
    const unnamed = DATA_FILES.countries.filter((c) => c.namedIn.length === 0).map((c) => c.name);
    expect(data).toContain(
      unnamed.length === 1
        ? `${unnamed[0]} is named in none`
        : `${unnamed.slice(0, -1).join(', ')} and ${unnamed.at(-1)} are named in none`,
    );
  });

  test('counts each level of basis, in the articles and in the report', () => {
    // A figure belongs to the source of the document it quotes.
    const pages = new Set(DATA_FILES.reportPages.map((p) => p.id));
    const ofArticles = [
      ...DATA_FILES.placements,
      ...DATA_FILES.nonPlacements,
      ...DATA_FILES.figures.filter((f) => !pages.has(f.document)),
    ];
    const ofReport = [
      ...DATA_FILES.reportPlacements,
      ...DATA_FILES.figures.filter((f) => pages.has(f.document)),
    ];
    const basis = section('### Three levels of basis');
    expect(count(basis, /report's placements \((\d+) records\)/)).toBe(
      ofArticles.length + ofReport.length,
    );
    for (const level of ['stated', 'inferred', 'external'] as const) {
      const a = ofArticles.filter((f) => f.basis === level).length;
      const r = ofReport.filter((f) => f.basis === level).length;
      const said = r
        ? `_${level}_ (${a + r} records: ${a} of the articles, ${r} of the report)`
        : `_${level}_ (${a} records, all of the articles)`;
      expect([level, basis]).toEqual([level, expect.stringContaining(said)]);
    }
    const years = (docs: readonly { reportYearBasis?: string }[], basisOf: string) =>
      docs.filter((d) => (d.reportYearBasis ?? 'none') === basisOf).length;
    const a = DATA_FILES.articles;
    const p = DATA_FILES.reportPages;
    expect(basis).toContain(
      `articles and passages: ${years(a, 'stated')} stated, ${years(a, 'inferred')} inferred, ${years(a, 'external')} external; report pages: ${years(p, 'stated')} stated, ${years(p, 'none')} with no year`,
    );
  });

  test('describes every outside fact', () => {
    for (const id of DATA_FILES.outsideFacts.map((f) => f.id)) {
      expect([id, data.includes(`\`${id}\``)]).toEqual([id, true]);
    }
  });
});

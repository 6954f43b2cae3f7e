// npm run build: validates src/data, bundles src/Code.ts, and writes dist/ as `clasp push` uploads it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import {
  DATA_DIR,
  DIST,
  ROOT,
  SHARED_DIR,
  SOURCE_FILE_FIELDS,
  bundledNotices,
  cliOption,
  fileKey,
  importTs,
  readDataFiles,
  readShared,
} from './lib.mjs';
import { isoTableFromLibrary } from './iso-table.mjs';

export const GLOBAL_NAME = 'TIPAddon';

async function validateData(files, sharedDir) {
  const { checkDataset, checkQuotes } = await importTs('src/data/validate.ts');
  const problems = checkDataset(files);
  if (problems.length === 0 && fs.existsSync(sharedDir)) {
    problems.push(...checkQuotes(files, (file) => readShared(file, sharedDir)));
  } else if (problems.length === 0) {
    console.log(`build: ${sharedDir} not found; quotes not checked against the sources`);
  }
  if (problems.length) {
    throw new Error(`src/data is not valid:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * What only the sidebar shows (the reasoning of each record, an article's readings, the notes
 * on conflicts) is left out of dist/Code.js, which is loaded on every custom-function call; the
 * sidebar gets it from the view built into dist/Sidebar.html.
 */
const SIDEBAR_ONLY = new Set(['reasoning', 'readings', 'conflictNote']);
export function bundleData(files, packCodes, citationMarks) {
  // Only a record's own fields are dropped: an article's year-clue reasoning, a field of its
  // clue, stays, since TIP_ARTICLES shows it.
  const strip = (record) =>
    Object.fromEntries(Object.entries(record).filter(([k]) => !SIDEBAR_ONLY.has(k)));
  const data = Object.fromEntries(
    Object.entries(files).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map((r) => (r && typeof r === 'object' ? strip(r) : r)) : v,
    ]),
  );
  // TIP_ARTICLES shows the press's documents only: the others' year-clue reasoning is for the
  // sidebar.
  for (const source of files.sources.filter((s) => s.kind === 'documents' && !s.press)) {
    const key = fileKey(source.documents);
    data[key] = data[key].map((doc) => ({
      ...doc,
      reportYearClue: { ...doc.reportYearClue, reasoning: '' },
    }));
  }
  // A record's attribution, licence and rows travel; its book reference and coding note are
  // for readers of the data file and the README.
  // A document's citation fields travel for the source list (title, author, site, date); where
  // they come from (note, outside facts) served the formatting, whose strings travel as such.
  for (const source of files.sources.filter((s) => s.kind === 'documents')) {
    const key = fileKey(source.documents);
    data[key] = data[key].map((doc) => {
      if (!doc.cite) return doc;
      const cite = { ...doc.cite };
      delete cite.note;
      delete cite.outsideFacts;
      return { ...doc, cite };
    });
  }
  // Each document's address, title, author and site travel once: its citations carry a mark
  // in their place (citationMarks), and DataIndex.citation puts them back.
  const documents = new Map(
    files.sources
      .filter((s) => s.kind === 'documents')
      .flatMap((s) => files[fileKey(s.documents)].map((d) => [d.id, d])),
  );
  data.citations = {
    ...files.citations,
    documents: Object.fromEntries(
      Object.entries(files.citations.documents).map(([id, c]) => {
        const marks = citationMarks(documents.get(id));
        const mark = (text) =>
          marks.reduce((out, [sign, value]) => out.replaceAll(value, sign), text);
        return [id, { apa: mark(c.apa), chicago: mark(c.chicago), short: mark(c.short) }];
      }),
    ),
  };
  // Outside facts that only a citation's date rests on (a report's release date) served the
  // formatting: Code.js keeps those a record, a clue or an address names.
  const named = JSON.stringify({ ...data, outsideFacts: [], citations: {} });
  data.outsideFacts = data.outsideFacts.filter((f) => named.includes(JSON.stringify(f.id)));
  for (const source of files.sources.filter((s) => s.kind === 'record')) {
    const key = fileKey(source.record);
    const record = { ...data[key], packed: true };
    delete record.book;
    delete record.coding;
    record.countries = record.countries.map((entry) => {
      const parts = entry.split('|');
      return [...parts.slice(0, 3), packCodes(parts[3])].join('|');
    });
    data[key] = record;
  }
  return data;
}

/**
 * Swaps src/data/files.ts for a module that keeps each data file as a JSON string and parses
 * it on first access: a cold start then parses only the files its call needs (TIP_TIER reads
 * countries and placements, never the figures or the articles' prose).
 */
const lazyDataFiles = (files, encodeTable, embedded) => ({
  name: 'lazy-data-files',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]data[\\/]files\.ts$/ }, (args) => {
      const getters = Object.keys(files).map((key) => {
        // Arrays of records travel in columns (src/data/columnar.ts); other files as they are.
        const table = Array.isArray(files[key]);
        const json = JSON.stringify(table ? encodeTable(files[key]) : files[key]);
        const read = `JSON.parse(${JSON.stringify(json)})`;
        embedded[key] = Buffer.byteLength(read);
        return `  get ${key}() { return parsed.${key} || (parsed.${key} = ${table ? `decodeTable(${read})` : read}); },`;
      });
      return {
        contents: `import { decodeTable } from './columnar';\nconst parsed = {};\nexport const DATA_FILES = {\n${getters.join('\n')}\n};\n`,
        loader: 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
});

/** package.json's version: the add-on's, shown in Help and in the release zip's name. */
export function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

/** The bundle, and the bytes each data file takes in it (its key -> bytes). */
async function bundleServer(files) {
  const { encodeTable } = await importTs('src/data/columnar.ts');
  const { packCodes } = await importTs('src/core/sources/reference.ts');
  const { citationMarks } = await importTs('src/core/data-index.ts');
  files = bundleData(files, packCodes, citationMarks);
  const embedded = {};
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'Code.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2019',
    platform: 'neutral',
    // Packages bundled into Code.js (fastest-levenshtein) are read from their ES module entry.
    mainFields: ['module', 'main'],
    // Local names are shortened too: Code.js is loaded on every custom-function call. The
    // entry points keep their names (they are properties of the bundle's exports object).
    minify: true,
    keepNames: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    plugins: [lazyDataFiles(files, encodeTable, embedded), await isoTableFromLibrary()],
    // Help shows the version (src/core/base/release.ts): package.json is its one source.
    define: { __ADDON_VERSION__: JSON.stringify(packageVersion()) },
    logLevel: 'warning',
  });
  return { text: result.outputFiles[0].text, embedded };
}

/** What each source's data files take in dist/Code.js: source key -> bytes. */
export function sourceBytes(files, embedded) {
  return Object.fromEntries(
    files.sources.map((s) => [
      s.key,
      SOURCE_FILE_FIELDS.filter((f) => s[f]).reduce(
        (n, f) => n + (embedded[fileKey(s[f])] ?? 0),
        0,
      ),
    ]),
  );
}

/**
 * The sidebar's data, built here from the full dataset and written into the page
 * (src/sidebar/embed.ts), so that the panel is usable with no server call.
 */
async function sidebarDataScript(files) {
  const { DataIndex } = await importTs('src/core/data-index.ts');
  const { sidebarData } = await importTs('src/core/tables/facts.ts');
  const { dataScript } = await importTs('src/sidebar/embed.ts');
  return dataScript(sidebarData(new DataIndex(files)));
}

/** The sidebar: its client TypeScript bundled and inlined with its CSS and data into one HTML file. */
async function buildSidebar(files, dist) {
  const dir = path.join(ROOT, 'src', 'sidebar', 'client');
  const result = await esbuild.build({
    entryPoints: [path.join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const style = fs.readFileSync(path.join(dir, 'styles.css'), 'utf8');
  const data = await sidebarDataScript(files);
  const html = fs
    .readFileSync(path.join(dir, 'index.html'), 'utf8')
    .replace('<!-- STYLE -->', () => `<style>\n${style}</style>`)
    .replace('<!-- DATA -->', () => data)
    .replace('<!-- SCRIPT -->', () => `<script>\n${script}</script>`);
  fs.writeFileSync(path.join(dist, 'Sidebar.html'), html);
  return Buffer.byteLength(html);
}

/** The word in the functions' JSDoc that the build replaces with the registry's sources. */
export const SOURCE_LIST = 'SOURCE_LIST';

/**
 * The sources as the formula help lists them, from src/data/sources.json, in its order (the
 * order the default, "any", tries them): `"report" (the report's own words, report years …),
 * …, or "any" (the default: …)`, so that a source added to the registry is in the help with no
 * code change.
 */
export async function sourceList(files) {
  const { DataIndex } = await importTs('src/core/data-index.ts');
  const { yearRanges } = await importTs('src/core/base/text.ts');
  const ds = new DataIndex(files);
  const named = ds.sources.map(
    (s) => `"${s.key}" (${s.label}, report years ${yearRanges(s.reportYears())})`,
  );
  return `${named.join(', ')} or "any" (the default: the first of these, in this order, with a tier; an error where two disagree)`;
}

/**
 * Builds dist/ (or `dist`) from the data files of `dataDir`, their quotes checked against the
 * archived sources in `sharedDir`.
 */
export async function build(dataDir = DATA_DIR, dist = DIST, sharedDir = SHARED_DIR) {
  const files = readDataFiles(dataDir);
  await validateData(files, sharedDir);
  // Every citation, in each style, formatted here in Node (citation-js and the CSL styles):
  // the bundles carry the strings, never the engine.
  const { formatCitations } = await importTs('src/data/format-citations.ts');
  files.citations = formatCitations(files);
  const { entryPoints, renderDeclarations } = await importTs('scripts/entry-points.ts');
  const list = await sourceList(files);
  const entries = entryPoints(path.join(ROOT, 'src', 'Code.ts')).map((e) => ({
    ...e,
    jsdoc: e.jsdoc.replaceAll(SOURCE_LIST, list),
  }));
  const { text: bundle, embedded } = await bundleServer(files);
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
  const code =
    '// Built by scripts/build.mjs from src/ — do not edit.\n' +
    bundledNotices() +
    bundle +
    '\n' +
    renderDeclarations(entries, GLOBAL_NAME);
  fs.writeFileSync(path.join(dist, 'Code.js'), code);
  fs.copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  const sidebarBytes = await buildSidebar(files, dist);
  return {
    entries,
    bytes: Buffer.byteLength(code),
    sidebarBytes,
    sources: sourceBytes(files, embedded),
  };
}

//   node scripts/build.mjs [--data DIR] [--dist DIR] [--shared DIR]
if (import.meta.url === `file://${process.argv[1]}`) {
  const { entries, bytes, sidebarBytes, sources } = await build(
    cliOption('--data', DATA_DIR),
    cliOption('--dist', DIST),
    cliOption('--shared', SHARED_DIR),
  );
  console.log(
    `build: dist/Code.js ${bytes} bytes, ${entries.length} entry points; dist/Sidebar.html ${sidebarBytes} bytes`,
  );
  const each = Object.entries(sources).map(([key, n]) => `${key} ${n}`);
  console.log(`build: each source's data in dist/Code.js, bytes: ${each.join(', ')}`);
}

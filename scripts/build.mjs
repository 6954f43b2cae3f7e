// npm run build: validates src/data, bundles src/Code.ts, and writes dist/ as `clasp push` uploads it.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLES_DIR, DIST, ROOT, importTs, readArticle, readDataFiles } from './lib.mjs';

export const GLOBAL_NAME = 'TIPAddon';

async function validateData(files) {
  const { checkDataset, checkQuotes } = await importTs('src/data/validate.ts');
  const problems = checkDataset(files);
  if (problems.length === 0 && fs.existsSync(ARTICLES_DIR)) {
    problems.push(...checkQuotes(files, readArticle));
  } else if (problems.length === 0) {
    console.log(`build: ${ARTICLES_DIR} not found; quotes not checked against the articles`);
  }
  if (problems.length) {
    throw new Error(`src/data is not valid:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Swaps src/data/files.ts for a module that keeps each data file as a JSON string and parses
 * it on first access: a cold start then parses only the files its call needs (TIP_TIER reads
 * countries and placements, never the figures or the articles' prose).
 */
const lazyDataFiles = (files) => ({
  name: 'lazy-data-files',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]data[\\/]files\.ts$/ }, () => {
      const getters = Object.keys(files).map((key) => {
        const json = JSON.stringify(files[key]);
        return `  get ${key}() { return parsed.${key} || (parsed.${key} = JSON.parse(${JSON.stringify(json)})); },`;
      });
      return {
        contents: `const parsed = {};\nexport const DATA_FILES = {\n${getters.join('\n')}\n};\n`,
        loader: 'js',
      };
    });
  },
});

async function bundleServer(files) {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'Code.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2019',
    platform: 'neutral',
    // Local names are shortened too: Code.js is loaded on every custom-function call. The
    // entry points keep their names (they are properties of the bundle's exports object).
    minify: true,
    keepNames: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    plugins: [lazyDataFiles(files)],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** The sidebar: its client TypeScript bundled and inlined with its CSS into one HTML file. */
async function buildSidebar() {
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
  // dist/Sidebar.html is an HtmlService template: "<?" would open a scriptlet.
  for (const [name, text] of [
    ['the panel script', script],
    ['styles.css', style],
  ]) {
    if (/<\?|\?>/.test(text))
      throw new Error(`${name} contains "<?" or "?>", which HtmlService would read as a scriptlet`);
  }
  const html = fs
    .readFileSync(path.join(dir, 'index.html'), 'utf8')
    .replace('<!-- STYLE -->', () => `<style>\n${style}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${script}</script>`);
  const scriptlets = html.match(/<\?[\s\S]*?\?>/g) ?? [];
  if (scriptlets.join() !== '<?!= data ?>')
    throw new Error(
      `Sidebar.html must hold one scriptlet, <?!= data ?>; it holds ${scriptlets.join(', ')}`,
    );
  fs.writeFileSync(path.join(DIST, 'Sidebar.html'), html);
  return Buffer.byteLength(html);
}

export async function build() {
  const files = readDataFiles();
  await validateData(files);
  const { entryPoints, renderDeclarations } = await importTs('scripts/entry-points.ts');
  const entries = entryPoints(path.join(ROOT, 'src', 'Code.ts'));
  const bundle = await bundleServer(files);
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST, { recursive: true });
  const code =
    '// Built by scripts/build.mjs from src/ — do not edit.\n' +
    bundle +
    '\n' +
    renderDeclarations(entries, GLOBAL_NAME);
  fs.writeFileSync(path.join(DIST, 'Code.js'), code);
  fs.copyFileSync(path.join(ROOT, 'appsscript.json'), path.join(DIST, 'appsscript.json'));
  const sidebarBytes = await buildSidebar();
  return { entries, bytes: Buffer.byteLength(code), sidebarBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { entries, bytes, sidebarBytes } = await build();
  console.log(
    `build: dist/Code.js ${bytes} bytes, ${entries.length} entry points; dist/Sidebar.html ${sidebarBytes} bytes`,
  );
}

// Helpers shared by the build, the benchmark and the local preview.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const DATA_DIR = path.join(ROOT, 'src', 'data');
export const ARTICLES_DIR = path.resolve(ROOT, '..', 'shared', 'articles');
/** Each data file by its key in DatasetFiles (src/data/file-names.json, read by the checks too). */
export const DATA_FILES = JSON.parse(
  fs.readFileSync(path.join(DATA_DIR, 'file-names.json'), 'utf8'),
);

/**
 * Bundles a TypeScript module for node (into a temporary file) and loads it. `__dirname` in
 * the bundle is the entry's own folder, as it is when jest runs the module from source.
 */
export async function importTs(entry) {
  // Inside node_modules, so that the external packages resolve from the bundle.
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const outfile = path.join(
    fs.mkdtempSync(path.join(cache, 'tip-build-')),
    path.basename(entry).replace(/\.ts$/, '.cjs'),
  );
  await esbuild.build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    packages: 'external',
    define: { __dirname: JSON.stringify(path.dirname(path.join(ROOT, entry))) },
    outfile,
    logLevel: 'silent',
  });
  try {
    return createRequire(import.meta.url)(outfile);
  } finally {
    fs.rmSync(path.dirname(outfile), { recursive: true, force: true });
  }
}

export function readDataFiles() {
  return Object.fromEntries(
    Object.entries(DATA_FILES).map(([key, file]) => [
      key,
      JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')),
    ]),
  );
}

/** The archived article text, or undefined when shared/articles is not beside the project. */
export function readArticle(file) {
  const full = path.join(ARTICLES_DIR, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
}

// Helpers shared by the build, the benchmark and the local preview.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const DATA_DIR = path.join(ROOT, 'src', 'data');
/** The folder beside the project that holds the archived sources (articles/, report-text/, …). */
export const SHARED_DIR = path.resolve(ROOT, '..', 'shared');

/** The files every dataset has (src/data/core-files.json); the others are those sources.json names. */
export const CORE_FILES = JSON.parse(
  fs.readFileSync(path.join(DATA_DIR, 'core-files.json'), 'utf8'),
);
/** The fields of a source entry that name data files (src/core/base/types.ts keeps the same list). */
export const SOURCE_FILE_FIELDS = ['documents', 'placements', 'nonPlacements', 'record'];

/** "report-pages.json" -> "reportPages", as src/core/base/types.ts fileKey. */
export const fileKey = (file) =>
  file.replace(/\.json$/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** Every data file of a data folder: the core files, then those its registry names. */
export function dataFileNames(dataDir = DATA_DIR) {
  const sources = JSON.parse(fs.readFileSync(path.join(dataDir, 'sources.json'), 'utf8'));
  const named = sources.flatMap((s) => SOURCE_FILE_FIELDS.map((f) => s[f]).filter(Boolean));
  return [...new Set([...CORE_FILES, ...named])];
}

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

/** `--name DIR` from the command line, resolved, or the fallback. */
export function cliOption(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

/** The data files by key (DatasetFiles), read from a data folder. */
export function readDataFiles(dataDir = DATA_DIR) {
  return Object.fromEntries(
    dataFileNames(dataDir).map((file) => [
      fileKey(file),
      JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')),
    ]),
  );
}

/** An archived source's text ("articles/000_….txt"), or undefined when it is not beside the project. */
export function readShared(file, sharedDir = SHARED_DIR) {
  const full = path.join(sharedDir, file);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
}

/**
 * The MIT notices of the packages whose code or data dist/Code.js carries (fastest-levenshtein's
 * code; the ISO table taken from i18n-iso-countries), as one comment for the top of the bundle:
 * each package's copyright line, then the MIT permission and warranty text they share. Read
 * from the installed packages; a package whose licence is not that text stops the build.
 */
export function bundledNotices(packages = ['fastest-levenshtein', 'i18n-iso-countries']) {
  const fold = (text) => text.replace(/\s+/g, ' ').trim();
  let body;
  const lines = packages.map((name) => {
    const dir = path.join(ROOT, 'node_modules', name);
    const file = fs.readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const copyright = /^Copyright .*$/m.exec(text)?.[0];
    const permission = text.slice(text.indexOf('Permission is hereby granted'));
    if (!/^(The )?MIT License/.test(text.trim()) || !copyright || !permission)
      throw new Error(`${name}: its licence is not the MIT text this notice repeats`);
    if (body !== undefined && fold(body) !== fold(permission))
      throw new Error(`${name}: its MIT text differs from the others'`);
    body = permission;
    return `${name} ${version}: ${copyright}`;
  });
  const wrapped = fold(body)
    .replace(/(.{1,95})(\s|$)/g, '$1\n')
    .trim();
  return `/*! Third-party code and data in this file, each under the MIT License:\n${lines.join('\n')}\n\n${wrapped}\n*/\n`;
}

import fs from 'node:fs';
import path from 'node:path';
import coreFiles from './core-files.json';
import type { DataFiles, SourceEntry } from '../core/base/types';
import { SOURCE_FILE_FIELDS, fileKey } from '../core/base/types';
import type { Citations } from '../core/citations/csl';

/**
 * The data files, read from src/data for the tests and the build scripts. In dist/Code.js the
 * build swaps this module for one that keeps each file as a JSON string and parses it on first
 * use (scripts/build.mjs, lazyDataFiles), with no file system; the shape and values are the
 * same.
 */
export const DATA_FILES = readDataFolder(__dirname);

/**
 * Every data file of a data folder: the core files, then those its sources.json names; and
 * `citations`, every citation formatted (src/data/format-citations.ts, with citation-js) on
 * first use, as the build formats them for dist/.
 */
export function readDataFolder(dir: string): DataFiles {
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const files: Record<string, unknown> = {};
  for (const file of coreFiles) files[fileKey(file)] = read(file);
  for (const s of files.sources as SourceEntry[]) {
    for (const field of SOURCE_FILE_FIELDS) {
      const file = s[field];
      if (file) files[fileKey(file)] = read(file);
    }
  }
  let citations: Citations | undefined;
  Object.defineProperty(files, 'citations', {
    enumerable: false,
    get: () =>
      // Loaded only when a citation is asked for: formatting takes a second or two.
      (citations ??=
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second or two to load: only when a citation is asked for
        (require('./format-citations') as typeof import('./format-citations')).formatCitations(
          files as DataFiles,
        )),
  });
  return files as DataFiles;
}

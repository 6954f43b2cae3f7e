/**
 * The sources, built from src/data/sources.json in its order: one module per kind, chosen
 * here, so that a new source of an existing kind is a data file and a registry entry.
 */
import type { Library } from '../citations/citation';
import type { DataFiles, SourceEntry } from '../base/types';
import { DocumentsSource } from './documents';
import { RecordSource } from './record';
import type { TierSource } from './source';

const KINDS: Record<
  SourceEntry['kind'],
  (e: SourceEntry, f: DataFiles, library: Library) => TierSource
> = {
  documents: (entry, files, library) => new DocumentsSource(entry, files, library),
  record: (entry, files) => new RecordSource(entry, files),
};

export function buildSources(files: DataFiles, library: Library): TierSource[] {
  return files.sources.map((entry) => KINDS[entry.kind](entry, files, library));
}

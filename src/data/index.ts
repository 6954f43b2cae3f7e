import articles from './articles.json';
import countries from './countries.json';
import placements from './placements.json';
import nonPlacements from './non-placements.json';
import metrics from './metrics.json';
import figures from './figures.json';
import { Dataset } from '../core/dataset';
import type { DatasetFiles } from '../core/types';

/** The raw files, as the build validated them against schema.json. */
export const DATA_FILES = {
  articles,
  countries,
  placements,
  nonPlacements,
  metrics,
  figures,
} as unknown as DatasetFiles;

let instance: Dataset | undefined;

/** The embedded dataset, indexed on first use (custom functions run in a fresh context per call). */
export function getDataset(): Dataset {
  if (!instance) instance = new Dataset(DATA_FILES);
  return instance;
}

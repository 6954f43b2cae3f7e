import articles from './articles.json';
import countries from './countries.json';
import placements from './placements.json';
import nonPlacements from './non-placements.json';
import metrics from './metrics.json';
import figures from './figures.json';
import outsideFacts from './outside-facts.json';
import reference from './reference-tiers.json';
import referenceAliases from './reference-aliases.json';
import type { DatasetFiles } from '../core/types';

/**
 * The data files, as the build validated them against schema.json. In dist/Code.js the build
 * swaps this module for one that keeps each file as a JSON string and parses it on first use
 * (scripts/build.mjs, lazyDataFiles); the shape and values are the same.
 */
export const DATA_FILES = {
  articles,
  countries,
  placements,
  nonPlacements,
  metrics,
  figures,
  outsideFacts,
  reference,
  referenceAliases,
} as unknown as DatasetFiles;

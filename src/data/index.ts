import { DataIndex } from '../core/data-index';
import { DATA_FILES } from './files';

export { DATA_FILES };

let instance: DataIndex | undefined;

/** The index of the embedded data files, built on first use (custom functions run in a fresh context per call). */
export function getDataIndex(): DataIndex {
  if (!instance) instance = new DataIndex(DATA_FILES);
  return instance;
}

import { Dataset } from '../core/dataset';
import { DATA_FILES } from './files';

export { DATA_FILES };

let instance: Dataset | undefined;

/** The embedded dataset, indexed on first use (custom functions run in a fresh context per call). */
export function getDataset(): Dataset {
  if (!instance) instance = new Dataset(DATA_FILES);
  return instance;
}

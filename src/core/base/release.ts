/**
 * What Help says of the data a user has: the add-on's version (package.json's `version`,
 * written into dist/Code.js by the build as __ADDON_VERSION__) and the day its data last
 * changed (src/data/data-date.json, which tests/release.test.ts holds to the data's history).
 */
import dataDate from '../../data/data-date.json';

declare const __ADDON_VERSION__: string | undefined;

/** "0.1.0" in the built add-on; "development" when run from source. */
export const ADDON_VERSION: string =
  typeof __ADDON_VERSION__ === 'string' ? __ADDON_VERSION__ : 'development';

/** "2026-12-07": the day (UTC) the data last changed. */
export const DATA_DATE: string = dataDate.lastChanged;

/** "Version 0.1.0, data last changed 2026-12-07." */
export const releaseLine = () => `Version ${ADDON_VERSION}, data last changed ${DATA_DATE}.`;

// dist/Code.js takes i18n-iso-countries' codes and English names as one table computed here,
// not the library (src/core/iso-table.ts).
import { importTs } from './lib.mjs';

/**
 * An esbuild plugin that swaps src/core/iso-table.ts for its result: the rows the library gives
 * today, as a JSON string parsed on first use (only a country name no source knows needs it).
 */
export async function isoTableFromLibrary() {
  const { isoTable } = await importTs('src/core/iso-table.ts');
  const rows = isoTable();
  if (rows.length < 240 || !rows.some(([a2, a3]) => a2 === 'KH' && a3 === 'KHM'))
    throw new Error(`i18n-iso-countries gave ${rows.length} countries, without Cambodia as KH/KHM`);
  const json = JSON.stringify(rows);
  return {
    name: 'iso-table',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]iso-table\.ts$/ }, () => ({
        contents: `let rows;\nexport function isoTable() { return rows || (rows = JSON.parse(${JSON.stringify(json)})); }\n`,
        loader: 'js',
      }));
    },
  };
}

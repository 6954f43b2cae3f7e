// dist/Code.js takes i18n-iso-countries' codes and English names as one table computed here,
// not the library (src/core/base/iso-table.ts).
import { importTs } from './lib.mjs';

/**
 * An esbuild plugin that swaps src/core/base/iso-table.ts for its result: the rows the library gives
 * today, as one text ("AF|AFG|Afghanistan;AL|…") split on first use (only a country name that
 * no source knows needs it).
 */
export async function isoTableFromLibrary() {
  const { isoTable } = await importTs('src/core/base/iso-table.ts');
  const rows = isoTable();
  if (rows.length < 240 || !rows.some(([a2, a3]) => a2 === 'KH' && a3 === 'KHM'))
    throw new Error(`i18n-iso-countries gave ${rows.length} countries, without Cambodia as KH/KHM`);
  const bad = rows.flat().find((field) => /[|;]/.test(field));
  if (bad) throw new Error(`i18n-iso-countries: "${bad}" holds a separator of the table`);
  const text = rows.map((row) => row.join('|')).join(';');
  return {
    name: 'iso-table',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]core[\\/]base[\\/]iso-table\.ts$/ }, () => ({
        contents: `let rows;\nexport function isoTable() {\n  return rows || (rows = ${JSON.stringify(text)}.split(';').map((row) => row.split('|')));\n}\n`,
        loader: 'js',
      }));
    },
  };
}

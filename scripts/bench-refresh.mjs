// node scripts/bench-refresh.mjs: what Refresh TIP formulas costs on a large spreadsheet, run
// from dist/Code.js over the emulator: its server calls (each a round trip in Sheets) and the
// add-on's own time. Figures, not a pass/fail test. Build first (npm run build).
//   Sheet "Column": 2,000 formulas =TIP_TIER(A2) … in one column, beside 2,000 years.
//   Sheet "Table": 50 rows × 12 columns, TIP_ formulas and values in alternate columns.
//   Sheet "Scattered": 300 TIP_ formulas on every 7th cell of a 100 × 26 grid of values.
import { performance } from 'node:perf_hooks';
import { importTs } from './lib.mjs';

const { createFakeSheets } = await importTs('emulator/sheets.ts');
const { loadBundle } = await importTs('emulator/node-loader.ts');

const fake = createFakeSheets();
const sandbox = loadBundle(fake.services);
const ss = fake.spreadsheet;

const column = ss.sheet('Sheet1');
column.name = 'Column';
const N = 2000;
column.insertRowsAfter(column.maxRows, N);
column.range(2, 1, N, 1).setValues(Array.from({ length: N }, (_, i) => [2001 + (i % 25)]));
column.range(2, 2, N, 1).setFormulas(Array.from({ length: N }, (_, i) => [`=TIP_TIER(A${i + 2})`]));

const table = ss.insertSheet('Table');
table
  .range(1, 1, 50, 12)
  .setFormulas(
    Array.from({ length: 50 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => (c % 2 ? `=TIP_TIER_NUMBER(${2001 + (r % 25)})` : '')),
    ),
  );
table.range(1, 1, 50, 1).setValues(Array.from({ length: 50 }, (_, r) => [`row ${r + 1}`]));

const scattered = ss.insertSheet('Scattered');
scattered
  .range(1, 1, 100, 26)
  .setValues(
    Array.from({ length: 100 }, (_, r) => Array.from({ length: 26 }, (_, c) => r * 26 + c)),
  );
let placed = 0;
for (let i = 0; i < 100 * 26 && placed < 300; i += 7, placed++) {
  scattered.range(Math.floor(i / 26) + 1, (i % 26) + 1, 1, 1).setFormula('=TIP_TIER(2016)');
}

fake.rec.calls.length = 0;
const start = performance.now();
sandbox.menuRefreshFormulas();
const ms = performance.now() - start;
const count = (name) => fake.rec.calls.filter((c) => c === name).length;
const formulas = N + 50 * 6 + placed;
console.log(`Refresh TIP formulas over ${formulas} TIP_ formulas on 3 sheets`);
console.log(`  toast: ${ss.toasts.at(-1).msg}`);
console.log(`  Range.getFormulas calls: ${count('Range.getFormulas')} (one per sheet)`);
console.log(
  `  Range.setFormulas calls: ${count('Range.setFormulas')} (one per block of TIP_ cells)`,
);
console.log(
  `  RangeList.setFormula calls: ${count('RangeList.setFormula')} (one per formula text that scattered cells share)`,
);
console.log(`  all recorded service calls: ${fake.rec.calls.length}`);
console.log(`  the add-on's own time in the emulator: ${ms.toFixed(1)} ms`);

// npm run bench: prints the size of dist/Code.js, its cold start, and the per-cell cost of a
// range formula, each beside the baseline the aim is set against. Figures, not a pass/fail test.
// dist/Code.js is loaded by the Apps Script emulator's node loader (emulator/node-loader.ts),
// as the tests load it.
import { performance } from 'node:perf_hooks';
import { importTs, readDataFiles } from './lib.mjs';

const { newContext, runBundle, inSandbox, readBundle } = await importTs('emulator/node-loader.ts');
const code = readBundle();
const dataJson = JSON.stringify(readDataFiles());
const ROUNDS = 40;

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Cold start: a fresh context each round (its creation is the platform's, timed apart), then
// loading Code.js and answering a first TIP_TIER, beside a JSON.parse of the dataset alone.
const contextMs = [];
const coldMs = [];
const parseMs = [];
for (let i = 0; i < ROUNDS; i++) {
  let context;
  contextMs.push(time(() => (context = newContext())));
  coldMs.push(
    time(() => {
      runBundle(context, code);
      if (context.TIP_TIER(2016) !== 'Tier 2') throw new Error('wrong answer');
    }),
  );
  parseMs.push(time(() => JSON.parse(dataJson)));
}

// Per cell: one TIP_TIER call over a 10,000-cell column of report years, beside answering the
// same column from a bare Map (year -> tier) into the same 2D shape.
const sandbox = runBundle(newContext(), code);
const years = sandbox.TIP_YEARS().map((row) => row[0]);
const CELLS = 10_000;
const column = inSandbox(
  sandbox,
  `(function (years, n) { const c = []; for (let i = 0; i < n; i++) c.push([years[i % years.length]]); return c; })`,
)(years, CELLS);
// Both run inside the same sandbox, so that both pay the same price for the context.
const measure = inSandbox(
  sandbox,
  `(function (column, rounds, now) {
    const years = TIP_YEARS().map((row) => row[0]);
    const tiers = new Map(years.map((y) => [y, TIP_TIER(y)]));
    const range = [];
    const map = [];
    for (let i = 0; i < rounds; i++) {
      let start = now();
      const out = TIP_TIER(column);
      range.push(now() - start);
      if (out.length !== column.length || out[0][0] !== tiers.get(column[0][0])) throw new Error('wrong');
      start = now();
      const bare = [];
      for (const row of column) bare.push([tiers.get(row[0])]);
      map.push(now() - start);
      if (bare.length !== column.length) throw new Error('wrong');
    }
    return { range, map };
  })`,
);
const { range: rangeMs, map: mapMs } = measure(column, ROUNDS, () => performance.now());

const bytes = Buffer.byteLength(code);
const cold = median(coldMs);
const parse = median(parseMs);
const perCell = (median(rangeMs) / CELLS) * 1e6;
const perMap = (median(mapMs) / CELLS) * 1e6;
const rows = [
  [
    'dist/Code.js',
    `${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)`,
    'aim: under 160 KB',
    bytes < 160 * 1024,
  ],
  ['new vm context (platform, not counted)', `${median(contextMs).toFixed(3)} ms`, '', null],
  ['cold start: load Code.js + first TIP_TIER', `${cold.toFixed(3)} ms`, '', null],
  [
    'JSON.parse of the dataset alone',
    `${parse.toFixed(3)} ms (${dataJson.length} chars)`,
    '',
    null,
  ],
  ['cold start / parse', `${(cold / parse).toFixed(2)}x`, 'aim: within 3x', cold / parse <= 3],
  [`TIP_TIER over ${CELLS} cells, per cell`, `${perCell.toFixed(1)} ns`, '', null],
  ['bare Map lookup, per cell', `${perMap.toFixed(1)} ns`, '', null],
  [
    'per cell / Map lookup',
    `${(perCell / perMap).toFixed(2)}x`,
    'aim: within 5x',
    perCell / perMap <= 5,
  ],
];
console.log(`node ${process.version}, median of ${ROUNDS} rounds`);
for (const [what, value, aim, met] of rows) {
  const mark = met === null ? '' : met ? '  met' : '  MISSED';
  console.log(`${what.padEnd(44)} ${value.padEnd(30)} ${aim}${mark}`);
}

import { TipError, cap } from '../base/errors';
import type { CellValue } from '../base/values';

/** One argument as Sheets passes it: a single value, or a 2D array for a range. */
export type Arg = CellValue | CellValue[][];
export type Out = string | number;

/** The most distinct answers one call keeps for its repeats (see broadcast). */
export const MEMO_CELLS = 20_000;

/** Prefix of the text a range shows in a cell it cannot answer. */
export const NA_PREFIX = 'N/A: ';

function shapeOf(arg: CellValue[][]): [number, number] {
  let width = 0;
  for (const row of arg) if (row.length > width) width = row.length;
  return [arg.length, width];
}

function fit(sizes: { name: string; size: number }[], axis: string): number {
  const target = Math.max(1, ...sizes.map((s) => s.size));
  const misfit = sizes.find((s) => s.size !== 1 && s.size !== target);
  if (misfit) {
    const list = sizes.map((s) => `${s.name} has ${s.size}`).join(', ');
    throw new TipError(
      `The ranges do not fit together (${list} ${axis}): give ranges of the same size, or one row and one column to make a table.`,
    );
  }
  return target;
}

/**
 * Applies a per-cell function over arguments that may be single values or ranges,
 * broadcasting as a spreadsheet user expects: equal shapes pair cell by cell, and a row of
 * one argument against a column of another fills a table. Single values give a single
 * result, and an error is thrown (Sheets shows #ERROR! with the message). In a range, a cell
 * that cannot be answered shows "N/A: <message>" so that the rest of the range still fills.
 */
export function broadcast(
  names: readonly string[],
  args: readonly Arg[],
  cell: (...values: CellValue[]) => Out,
): Out | Out[][] {
  const ranges = args
    .map((arg, i) => ({ arg, name: names[i] }))
    .filter((a): a is { arg: CellValue[][]; name: string } => Array.isArray(a.arg));
  if (ranges.length === 0) return cell(...(args as CellValue[]));

  const shapes = ranges.map((r) => ({ name: r.name, shape: shapeOf(r.arg) }));
  const rows = fit(
    shapes.map((s) => ({ name: s.name, size: s.shape[0] })),
    'rows',
  );
  const cols = fit(
    shapes.map((s) => ({ name: s.name, size: s.shape[1] })),
    'columns',
  );
  // One reader per range argument, chosen once: the per-cell loop touches no global object.
  // Single values stay in place in `values`; only range cells vary from cell to cell.
  const values = args.slice() as CellValue[];
  const varying = args.flatMap((arg, i) => (Array.isArray(arg) ? [i] : []));
  const readers = varying.map((i): ((r: number, c: number) => CellValue) => {
    const arg = args[i] as CellValue[][];
    const oneRow = arg.length === 1;
    return (r, c) => {
      const row = oneRow ? arg[0] : arg[r];
      return row.length === 1 ? row[0] : row[c];
    };
  });
  const count = varying.length;

  // A range repeats few distinct inputs (the same years, one country), and each cell's answer
  // depends on its inputs alone: answer each distinct combination once, keyed by the varying
  // values as nested maps (Dates by identity, so never shared).
  const memo = new Map<unknown, unknown>();
  // Answers kept at most: past them a range's inputs are mostly distinct, and keeping more only
  // costs memory and collection (each is still answered, and repeats among the first still hit).
  let room = MEMO_CELLS;
  // A message per error, not per cell: a parser's memo (core/base/memo.ts) throws the same TipError
  // again for the same wrong value.
  const failed = new Map<TipError, string>();
  const out: Out[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Out[] = [];
    for (let c = 0; c < cols; c++) {
      let node: Map<unknown, unknown> = memo;
      for (let k = 0; k < count - 1; k++) {
        const v = readers[k](r, c);
        values[varying[k]] = v;
        let next = node.get(v) as Map<unknown, unknown> | undefined;
        if (!next) node.set(v, (next = new Map()));
        node = next;
      }
      const last = readers[count - 1](r, c);
      values[varying[count - 1]] = last;
      let answer = node.get(last) as Out | undefined;
      if (answer === undefined) {
        try {
          answer = cell(...values);
        } catch (err) {
          if (!(err instanceof TipError)) throw err;
          answer = failed.get(err);
          if (answer === undefined) failed.set(err, (answer = cap(NA_PREFIX + err.message)));
        }
        if (room > 0) {
          room--;
          node.set(last, answer);
        }
      }
      line.push(answer);
    }
    out.push(line);
  }
  return out;
}

/** How many cells a call over these arguments answers (1 for single values). */
export function cellsAsked(args: readonly Arg[]): number {
  let rows = 1;
  let cols = 1;
  for (const arg of args) {
    if (!Array.isArray(arg)) continue;
    const [r, c] = shapeOf(arg);
    rows = Math.max(rows, r);
    cols = Math.max(cols, c);
  }
  return rows * cols;
}

/**
 * Refuses a call over more than `max` cells, with a message that names the function, the size
 * asked for and the most it answers, before any cell is worked out.
 */
export function limitCells(fn: string, args: readonly Arg[], max: number, why: string): void {
  const asked = cellsAsked(args);
  if (asked > max) {
    throw new TipError(
      `${fn} answers at most ${max.toLocaleString('en-US')} cells in one formula (${why}); this one asks for ${asked.toLocaleString('en-US')}: give a smaller range, or split it over several formulas.`,
    );
  }
}

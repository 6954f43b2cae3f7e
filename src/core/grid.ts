import { TipError } from './errors';
import type { CellValue } from './values';

/** One argument as Sheets passes it: a single value, or a 2D array for a range. */
export type Arg = CellValue | CellValue[][];
export type Out = string | number;

/** Prefix of the text a range shows in a cell it cannot answer. */
export const NA_PREFIX = 'N/A: ';

function shapeOf(arg: CellValue[][]): [number, number] {
  return [arg.length, arg.reduce((max, row) => Math.max(max, row.length), 0)];
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
  // One reader per argument, chosen once: the per-cell loop below touches no global object.
  const readers = args.map((arg): ((r: number, c: number) => CellValue) => {
    if (!Array.isArray(arg)) return () => arg;
    const oneRow = arg.length === 1;
    return (r, c) => {
      const row = oneRow ? arg[0] : arg[r];
      return row.length === 1 ? row[0] : row[c];
    };
  });
  const count = readers.length;

  // A range repeats few distinct inputs (the same years, one country), and each cell's answer
  // depends on its inputs alone: answer each distinct combination once.
  const memo = new Memo();
  const out: Out[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Out[] = [];
    for (let c = 0; c < cols; c++) {
      const values: CellValue[] = [];
      for (let i = 0; i < count; i++) values.push(readers[i](r, c));
      let answer = memo.get(values);
      if (answer === undefined) {
        try {
          answer = cell(...values);
        } catch (err) {
          if (!(err instanceof TipError)) throw err;
          answer = NA_PREFIX + err.message;
        }
        memo.set(values, answer);
      }
      line.push(answer);
    }
    out.push(line);
  }
  return out;
}

/** Answers keyed by a tuple of cell values, as nested maps (Dates by identity, so never shared). */
class Memo {
  private readonly root = new Map<unknown, unknown>();

  get(values: CellValue[]): Out | undefined {
    let node: unknown = this.root;
    for (const v of values) {
      node = (node as Map<unknown, unknown>).get(v);
      if (node === undefined) return undefined;
    }
    return node as Out;
  }

  set(values: CellValue[], answer: Out): void {
    let node = this.root;
    for (let i = 0; i < values.length - 1; i++) {
      let next = node.get(values[i]) as Map<unknown, unknown> | undefined;
      if (!next) node.set(values[i], (next = new Map()));
      node = next;
    }
    node.set(values[values.length - 1], answer);
  }
}

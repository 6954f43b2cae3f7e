/**
 * Parsers that answer each distinct argument value once: a range of 100,000 cells that repeats
 * one country, metric or source (or gives the same wrong one) is parsed, and its message
 * worked out, once, not once a cell. The answer is kept, and so is a TipError, which is thrown
 * again as it is. Dates are parsed every time (their reading depends on the sheet's time zone;
 * sheetDates keeps its own memo per instant). Pure: knows nothing of Apps Script.
 */
import { TipError } from './errors';
import type { CellValue } from './values';

/** Distinct values kept per parser and dataset before the memo starts afresh (bounded memory). */
export const MEMO_SIZE = 1_000;

type Kept<T> = { value: T } | { error: TipError };

/**
 * `parse`, remembering its answer (or TipError) per dataset and per value: text, number,
 * boolean, blank. Any other error (a bug) is never kept.
 */
export function memoParse<D extends object, T>(
  parse: (ds: D, value: CellValue) => T,
): (ds: D, value: CellValue) => T {
  const memos = new WeakMap<D, Map<unknown, Kept<T>>>();
  return (ds, value) => {
    if (typeof value === 'object' && value !== null) return parse(ds, value);
    let memo = memos.get(ds);
    if (!memo) memos.set(ds, (memo = new Map()));
    let kept = memo.get(value);
    if (!kept) {
      try {
        kept = { value: parse(ds, value) };
      } catch (err) {
        if (!(err instanceof TipError)) throw err;
        kept = { error: err };
      }
      if (memo.size >= MEMO_SIZE) memo.clear();
      memo.set(value, kept);
    }
    if ('error' in kept) throw kept.error;
    return kept.value;
  };
}

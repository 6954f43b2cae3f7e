/**
 * What a cell of the preview shows, as Sheets shows it with the Automatic number format:
 * numbers right-aligned with up to ten significant digits, typed dates in the form they were
 * typed (1/5/2016, 2016-05-01), TRUE and FALSE, and Sheets' error values with Sheets' messages
 * (#REF! for a result that cannot spill, naming the cell in the way; #ERROR! for a custom
 * function that threw, in its one cell, not over the area it would have filled).
 */
import { DetailedCellError, type HyperFormula, type SimpleCellAddress } from 'hyperformula';

export type CellKind = 'empty' | 'text' | 'number' | 'date' | 'bool' | 'error';

export interface CellView {
  text: string;
  kind: CellKind;
  /** An error's message, shown on hover as Sheets does. */
  title?: string;
}

/** The serial number of a date (days since 1899-12-30, as in Sheets) as a local Date. */
export function serialToDate(serial: number): Date {
  const days = Math.floor(serial);
  const utc = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  const ms = Math.round((serial - days) * 86_400_000);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return new Date(local.getTime() + ms);
}

/** A number as Sheets' Automatic format shows it: integers whole, others to 10 significant digits. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e15 || abs < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const exp = Number(exponent);
    return `${String(+mantissa)}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (Number.isInteger(value)) return String(value);
  return String(+value.toPrecision(10));
}

function formatDate(serial: number, format: string | undefined): string {
  const d = serialToDate(serial);
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  if (format && /^Y/i.test(format))
    return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return `${m}/${day}/${y}`;
}

const CYCLE =
  'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

/**
 * The cell that stops an array result from spilling, found by evaluating the formula on its
 * own (HyperFormula's calculateFormula) to learn the size of its result.
 */
function blockingCell(hf: HyperFormula, at: SimpleCellAddress): string | undefined {
  const formula = hf.getCellFormula(at);
  if (!formula) return undefined;
  let result: unknown;
  try {
    result = hf.calculateFormula(formula, at.sheet);
  } catch {
    return undefined;
  }
  if (!Array.isArray(result)) return undefined;
  for (let r = 0; r < result.length; r++) {
    for (let c = 0; c < (result[r] as unknown[]).length; c++) {
      if (r === 0 && c === 0) continue;
      const cell = { sheet: at.sheet, row: at.row + r, col: at.col + c };
      if (!hf.isCellEmpty(cell) && !hf.isCellPartOfArray(cell))
        return hf.simpleCellAddressToString(cell, at.sheet) ?? undefined;
    }
  }
  return undefined;
}

function errorView(hf: HyperFormula, at: SimpleCellAddress, e: DetailedCellError): CellView {
  switch (e.type) {
    case 'SPILL': {
      const where = blockingCell(hf, at);
      return {
        text: '#REF!',
        kind: 'error',
        title: `Array result was not expanded because it would overwrite data${where ? ` in ${where}` : ''}.`,
      };
    }
    case 'CYCLE':
      return { text: '#REF!', kind: 'error', title: CYCLE };
    case 'NAME': {
      const m = /^Function name (.+) not recognized\.$/.exec(e.message);
      return {
        text: '#NAME?',
        kind: 'error',
        title: m ? `Unknown function: '${m[1]}'.` : e.message,
      };
    }
    case 'LIC':
      return { text: '#ERROR!', kind: 'error', title: e.message };
    default:
      return { text: e.value, kind: 'error', title: e.message || undefined };
  }
}

/**
 * Cells that an array formula would fill but that Sheets leaves empty: a custom function that
 * threw shows its error in its own cell only. HyperFormula sizes the array before it runs the
 * function, so it copies the error over the whole area; these are the copies.
 */
export function errorCopies(
  hf: HyperFormula,
  sheet: number,
  formulaCells: Iterable<[number, number]>,
): Set<string> {
  const copies = new Set<string>();
  for (const [row, col] of formulaCells) {
    const origin = { sheet, row, col };
    const v = hf.getCellValue(origin);
    if (!(v instanceof DetailedCellError) || v.type === 'SPILL') continue;
    if (!hf.isCellPartOfArray(origin)) continue;
    const same = (r: number, c: number) => {
      const at = { sheet, row: r, col: c };
      if (hf.getCellFormula(at) !== undefined || !hf.isCellPartOfArray(at)) return false;
      const w = hf.getCellValue(at);
      return w instanceof DetailedCellError && w.type === v.type && w.message === v.message;
    };
    let width = 1;
    while (same(row, col + width)) width++;
    let height = 1;
    while (same(row + height, col)) height++;
    for (let r = 0; r < height; r++)
      for (let c = 0; c < width; c++) if (r || c) copies.add(`${row + r},${col + c}`);
  }
  return copies;
}

export function cellView(hf: HyperFormula, at: SimpleCellAddress): CellView {
  const v = hf.getCellValue(at);
  if (v instanceof DetailedCellError) return errorView(hf, at, v);
  if (v === null || v === '') return { text: '', kind: 'empty' };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', kind: 'bool' };
  if (typeof v === 'string') return { text: v, kind: 'text' };
  const type = hf.getCellValueDetailedType(at);
  const format = hf.getCellValueFormat(at);
  switch (type) {
    case 'NUMBER_DATE':
      return { text: formatDate(v, format), kind: 'date' };
    case 'NUMBER_DATETIME': {
      const d = serialToDate(v);
      const time = d.toLocaleTimeString('en-US', {
        hour: 'numeric',
        minute: '2-digit',
        second: '2-digit',
      });
      return { text: `${formatDate(v, format)} ${time}`, kind: 'date' };
    }
    case 'NUMBER_CURRENCY':
      return {
        text: `${v < 0 ? '-' : ''}${format ?? '$'}${Math.abs(v).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
        kind: 'number',
      };
    case 'NUMBER_PERCENT':
      return { text: `${formatNumber(+(v * 100).toPrecision(12))}%`, kind: 'number' };
    default:
      return { text: formatNumber(v), kind: 'number' };
  }
}

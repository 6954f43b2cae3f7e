/**
 * What every part of the emulator shares: a cell and its value, what a number format shows, the
 * call log (with the add-on's AuthMode), and A1 notation. It imports nothing of the emulator.
 */

export type Value = string | number | boolean | Date;
export interface Cell {
  value: Value;
  formula: string;
  bold?: boolean;
  /** A Sheets number format; only the subset displayFormatted knows may be set. */
  numberFormat?: string;
  /** The cell's note (Range.setNote), shown on hover in Sheets. */
  note?: string;
  /** SpreadsheetApp.WrapStrategy name set by Range.setWrapStrategy. */
  wrap?: string;
  /** A data validation rule (Range.setDataValidation): what it is does not matter here. */
  validation?: object;
  /** Bumped each time a formula is written here, even the same one (see keepResults). */
  entered?: number;
  /** Range.setVerticalAlignment: "top", "middle" or "bottom" (Sheets' default). */
  valign?: string;
}

/**
 * What a cell shows under a number format, for the formats the add-on uses (and ";;;", with
 * which a user hides what a cell holds): "General" (or
 * none), "@" (plain text), and `#,##0` or `0` with literal text in double quotes before or
 * after ("at least "#,##0). Any other format is refused, so that a test never passes on a
 * format whose display this fake does not know.
 */
export function displayFormatted(value: Value, format: string | undefined): string {
  // Three empty sections (";;;"): positive, negative, zero and text all show nothing.
  if (format === ';;;') return '';
  const m = /^((?:"[^"]*")?)(#,##0|0)((?:"[^"]*")?)$/.exec(format ?? '');
  if (!format || format === 'General' || format === '@' || !m) {
    if (format && format !== 'General' && format !== '@' && !m) {
      throw new Error(`The emulator does not know the number format ${JSON.stringify(format)}.`);
    }
    return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  if (typeof value !== 'number') return String(value);
  const digits = String(Math.round(Math.abs(value)));
  const body = m[2] === '#,##0' ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  const unquote = (q: string) => q.slice(1, -1);
  return `${unquote(m[1])}${value < 0 ? '-' : ''}${body}${unquote(m[3])}`;
}

/** What a cell shows while its custom function runs. */
export const LOADING = 'Loading...';

/** A column's width in pixels until one is set, as in a new sheet. */
export const DEFAULT_COLUMN_WIDTH = 100;

/** SpreadsheetApp.WrapStrategy. */
export const WRAP_STRATEGIES = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;

/** Where calls are logged, and what the add-on may do (its AuthMode). */
export class Recorder {
  readonly calls: string[] = [];
  authMode = 'FULL';
  log(call: string): void {
    this.calls.push(call);
  }
  /** Data access in AuthMode.NONE fails as it does in Sheets. */
  requireData(call: string): void {
    this.log(call);
    if (this.authMode === 'NONE') {
      throw new Error(
        `You do not have permission to call ${call}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
      );
    }
  }
}

/** 1 -> A, 27 -> AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B3" -> [3, 2]. */
export function parseA1(a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

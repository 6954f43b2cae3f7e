/**
 * Where a table goes: at the active cell when every cell it needs is free, otherwise (after
 * asking) on a new sheet with a unique name. A user's cell is never overwritten, and neither is
 * a blank cell of a formula's array result (see breaksResult).
 *
 * The add-on marks what it wrote with named ranges (TIPCambodia_…, so that no name reads like a
 * TIP_ function). Names and sheet names are compared whatever their letter case, as Sheets
 * does, and a named range whose cells were deleted (#REF!) counts as missing.
 */
import { MAX_ECHO, cap } from '../core/errors';
import { uniqueName } from '../core/names';
import type { Table } from '../core/tables';
import { ADDON_TITLE } from './alerts';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TableKind {
  /** "tier timeline": how the alert names it. */
  what: string;
  /** Base name of the sheet it gets when it cannot go where it should. */
  sheetName: string;
  /** Named range that marks it, so that a chart can find it later. */
  rangeName: string;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** "Sheet1!B2:H20", as the add-on's messages name a place. */
export const where = (r: Range) => `${r.getSheet().getName()}!${r.getA1Notation()}`;

/**
 * The add-on's named ranges for this name, whatever their letter case: the name itself, or the
 * fresh name (name_…) it took when a stale name held it (see setNamed).
 */
function namedRanges(ss: Spreadsheet, name: string) {
  const mine = new RegExp(`^${name}(_\\w+)?$`, 'i');
  return ss.getNamedRanges().filter((n) => mine.test(n.getName()));
}

/** The range a name marks, or null when there is none or it refers to #REF!. */
export function findNamed(ss: Spreadsheet, name: string): Range | null {
  for (const named of namedRanges(ss, name)) {
    try {
      const range = named.getRange();
      if (range && range.getSheet().getName() !== '') return range;
    } catch {
      // A deleted sheet or deleted cells: #REF!, what getRange then does is undocumented.
    }
  }
  return null;
}

/**
 * Marks a range with a name, replacing whatever the name marked (even a #REF!). A named range
 * whose sheet was deleted may leave its name taken without being listed; then setNamedRange
 * refuses the name, and the range gets a fresh one (name_ and a time stamp), which findNamed
 * finds by its prefix. The stale name is tried again next time, never shown as a failure.
 */
function setNamed(ss: Spreadsheet, name: string, range: Range): void {
  for (const named of namedRanges(ss, name)) named.remove();
  try {
    ss.setNamedRange(name, range);
  } catch {
    ss.setNamedRange(`${name}_${Date.now().toString(36)}`, range);
  }
}

/** A sheet name not taken in any letter case: "TIP timeline", "TIP timeline 2", … */
function freeSheetName(ss: Spreadsheet, base: string): string {
  const names = ss.getSheets().map((s) => s.getName());
  return uniqueName(base, (n) => names.some((taken) => same(taken, n)));
}

/**
 * The cells in the way, as the collision question names them: "C4", or "C4 (and 11 more)"
 * (the first, row by row, that holds a value or a formula); null when every cell is empty.
 */
function filledCells(range: Range): string | null {
  const values = range.getValues();
  const formulas = range.getFormulas();
  const filled: [number, number][] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== '' || formulas[r][c] !== '') filled.push([r, c]);
    }),
  );
  if (filled.length === 0) return null;
  const [r, c] = filled[0];
  const count = filled.length;
  const cell = range.getCell(r + 1, c + 1).getA1Notation();
  return `${cell}${count > 1 ? ` (and ${count - 1} more)` : ''}`;
}

/** The part of a block that lies inside the sheet now (the rest is added by growing it). */
function inSheet(sheet: Sheet, row: number, col: number, rows: number, cols: number): Range {
  return sheet.getRange(
    row,
    col,
    Math.min(rows, sheet.getMaxRows() - row + 1),
    Math.min(cols, sheet.getMaxColumns() - col + 1),
  );
}

/**
 * Whether cells that hold nothing are yet part of a formula's array result: writing the table
 * there would turn that formula into #REF!. A blank result cell reads as an empty cell (no
 * value, no formula), so the only documented way to tell is to write: if no formula is above
 * or left of the cells, nothing can reach them; otherwise the table is written, and if a
 * formula there shows #REF! that did not before, the write is undone (the cells were empty, so
 * clearing their content restores them) and the formula's cell is returned.
 */
export function breaksResult(free: Range, table: Table): string | null {
  const box = free.getSheet().getRange(1, 1, free.getLastRow(), free.getLastColumn());
  const formulas = box.getFormulas();
  if (formulas.every((row) => row.every((f) => f === ''))) return null;
  const before = box.getDisplayValues();
  free.setValues(table.slice(0, free.getNumRows()).map((r) => r.slice(0, free.getNumColumns())));
  SpreadsheetApp.flush();
  const after = box.getDisplayValues();
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      if (formulas[r][c] && after[r][c] === '#REF!' && before[r][c] !== '#REF!') {
        free.clearContent();
        return `${box.getCell(r + 1, c + 1).getA1Notation()} (${cap(formulas[r][c], MAX_ECHO)})`;
      }
    }
  }
  return null;
}

/**
 * Free for a block: empty, and no formula's array result reaches it (the block is then
 * written); otherwise what is in the way: the cells that are filled, or the formula whose result
 * would break.
 */
function isFree(free: Range, table: Table): { filled: string } | { result: string } | null {
  const filled = filledCells(free);
  if (filled) return { filled };
  const result = breaksResult(free, table);
  return result ? { result } : null;
}

/** Grows the sheet (rows and columns at its end, which are empty) so that the block fits. */
export function makeRoom(sheet: Sheet, row: number, col: number, rows: number, cols: number) {
  const lastRow = row + rows - 1;
  const lastCol = col + cols - 1;
  if (lastRow > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (lastCol > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastCol - sheet.getMaxColumns());
}

/** Pixels a column is given per character of its longest text, and at most. */
const PX_PER_CHAR = 7;
const MAX_WIDTH = 400;

/** How wide a column wants to be for a text (padding included). */
const widthFor = (value: unknown) => 20 + PX_PER_CHAR * String(value).length;

/**
 * Columns wide enough to read the table without resizing: each is widened (never narrowed, so
 * the user's other cells keep their room) to its longest text, up to MAX_WIDTH. A column with
 * longer text is clipped to one line a row (CLIP), so that no row grows tall; the whole of each
 * such text is also in its cell's note (see tidyNotes), shown on hover.
 */
function fitColumns(target: Range, table: Table): void {
  const sheet = target.getSheet();
  table[0].forEach((_, j) => {
    const want = Math.max(...table.map((row) => widthFor(row[j])));
    const col = target.getColumn() + j;
    if (Math.min(want, MAX_WIDTH) > sheet.getColumnWidth(col))
      sheet.setColumnWidth(col, Math.min(want, MAX_WIDTH));
    if (want > MAX_WIDTH)
      target.offset(0, j, table.length, 1).setWrapStrategy(SpreadsheetApp.WrapStrategy.CLIP);
  });
}

/**
 * The notes to set: those given, and for a text too long for its column (clipped to one line)
 * with no note of its own, the text itself, so that it can be read whole on hover. Null when
 * there is nothing to note.
 */
function tidyNotes(table: Table, notes?: string[][]): string[][] | null {
  let any = !!notes;
  const out = table.map((row, i) =>
    row.map((value, j) => {
      const given = notes?.[i]?.[j] ?? '';
      if (given || widthFor(value) <= MAX_WIDTH) return given;
      any = true;
      return String(value);
    }),
  );
  return any ? out : null;
}

function write(
  ss: Spreadsheet,
  target: Range,
  table: Table,
  kind: TableKind,
  columnFormats: readonly ColumnFormats[],
  notes?: string[][],
): Range {
  for (const { column, formats } of columnFormats) {
    target.offset(0, column, table.length, 1).setNumberFormats(formats.map((f) => [f]));
  }
  target.setValues(table);
  target.offset(0, 0, 1, table[0].length).setFontWeight('bold');
  // Values at the top of their rows, as a reader scans a table.
  target.setVerticalAlignment('top');
  const noted = tidyNotes(table, notes);
  if (noted) target.setNotes(noted);
  fitColumns(target, table);
  // A header in the sheet's first row stays in view while the table scrolls, unless the user
  // froze rows of their own.
  const sheet = target.getSheet();
  if (target.getRow() === 1 && sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  setNamed(ss, kind.rangeName, target);
  return target;
}

/** Number formats for one column of a table (0-based), one per row, header included. */
export interface ColumnFormats {
  column: number;
  formats: string[];
}

/**
 * Shows what the add-on made: its sheet, with the range selected (Sheets scrolls to it), and
 * one toast that says where it went.
 */
export function reveal(range: Range, message: string): void {
  const sheet = range.getSheet();
  sheet.activate();
  sheet.setActiveRange(range);
  SpreadsheetApp.getActiveSpreadsheet().toast(message, ADDON_TITLE);
}

/**
 * Writes the table and returns its range, or null when the user declined. Column formats are
 * set before the values, so that a column formatted as text ("@") keeps "2015" as text. Notes,
 * when given, are one per cell ("" for none), in the table's shape.
 */
export function placeTable(
  table: Table,
  kind: TableKind,
  columnFormats: readonly ColumnFormats[] = [],
  notes?: string[][],
): Range | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const rows = table.length;
  const cols = table[0].length;
  const anchor = ss.getActiveRange() || ss.getActiveSheet().getRange(1, 1);
  const sheet = anchor.getSheet();
  const row = anchor.getRow();
  const col = anchor.getColumn();

  const needed = inSheet(sheet, row, col, rows, cols);
  const taken = isFree(needed, table);
  if (taken === null) {
    makeRoom(sheet, row, col, rows, cols);
    return write(ss, sheet.getRange(row, col, rows, cols), table, kind, columnFormats, notes);
  }
  const name = freeSheetName(ss, kind.sheetName);
  const answer = ui.alert(
    ADDON_TITLE,
    `The ${kind.what} needs ${rows} rows and ${cols} columns from ${where(anchor.getCell(1, 1))}, ` +
      ('result' in taken
        ? `where the formula in ${taken.result} shows its result: writing there would turn it into #REF!. `
        : `and ${taken.filled} is not empty. `) +
      `Put it on a new sheet, "${name}", instead? (No leaves your sheet as it is.)`,
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return null;
  const created = ss.insertSheet(name);
  created.setFrozenRows(1);
  return write(ss, created.getRange(1, 1, rows, cols), table, kind, columnFormats, notes);
}

/** The range a name marks, if it still holds a block with this header. */
function findWithHeader(ss: Spreadsheet, name: string, header: Table[number]): Range | null {
  const existing = findNamed(ss, name);
  if (!existing) return null;
  const found = existing.offset(0, 0, 1, existing.getNumColumns()).getValues()[0];
  return found.length === header.length && found.every((v, i) => v === header[i]) ? existing : null;
}

/**
 * The table the add-on inserted earlier, if its named range still holds a table with the
 * expected header; otherwise a new one, placed as above (null when the user declined).
 */
export function findOrPlaceTable(
  table: Table,
  kind: TableKind,
  columnFormats: readonly ColumnFormats[] = [],
  notes?: string[][],
): Range | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return (
    findWithHeader(ss, kind.rangeName, table[0]) || placeTable(table, kind, columnFormats, notes)
  );
}

/**
 * Writes a block the add-on owns (a chart's data) beside a table: to its right, one empty
 * column between, growing the sheet as needed. If any cell there is taken (a formula's array
 * result included), the block goes where the add-on wrote it before (its named range, same
 * size), else to a new sheet, so nothing of the user's is ever overwritten and nothing needs
 * asking. An earlier block is only ever rewritten whole, with the same cells, so every chart
 * reading it keeps its data; one beside an earlier table stays as it is. Its domain column (the
 * first) is formatted as plain text where it holds text, so that Sheets keeps years such as
 * "2016" as text, and as a plain number where it holds numbers.
 */
export function placeBeside(table: Range, block: Table, kind: TableKind): Range {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const rows = block.length;
  const cols = block[0].length;
  const sheet = table.getSheet();
  const row = table.getRow();
  const col = table.getLastColumn() + 2;
  const previous = findWithHeader(ss, kind.rangeName, block[0]);
  const own =
    previous && previous.getNumRows() === rows && previous.getNumColumns() === cols
      ? previous
      : null;
  let target: Range;
  if (
    own &&
    own.getSheet().getName() === sheet.getName() &&
    own.getRow() === row &&
    own.getColumn() === col
  ) {
    target = own;
  } else if (
    row > sheet.getMaxRows() ||
    col > sheet.getMaxColumns() ||
    isFree(inSheet(sheet, row, col, rows, cols), block) === null
  ) {
    makeRoom(sheet, row, col, rows, cols);
    target = sheet.getRange(row, col, rows, cols);
  } else {
    target = own || ss.insertSheet(freeSheetName(ss, kind.sheetName)).getRange(1, 1, rows, cols);
  }
  // A text domain stays text ("2016" a category label, not a number Sheets might plot); a
  // numeric one (a time axis of years) shows as 2016, not 2,016.
  const domain = block.map((r) => (typeof r[0] === 'number' ? '0' : '@'));
  return write(ss, target, block, kind, [{ column: 0, formats: domain }]);
}

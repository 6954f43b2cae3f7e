/**
 * Where a table goes: at the active cell when every cell it needs is empty, otherwise (after
 * asking) on a new sheet with a unique name. A user's cell is never overwritten.
 *
 * The add-on marks what it wrote with named ranges (TIPCambodia_…, so that no name reads like a
 * TIP_ function). Names and sheet names are compared whatever their letter case, as Sheets
 * does, and a named range whose cells were deleted (#REF!) counts as missing.
 */
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

/** The add-on's named ranges with this name, whatever their letter case. */
function namedRanges(ss: Spreadsheet, name: string) {
  return ss.getNamedRanges().filter((n) => same(n.getName(), name));
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

/** Marks a range with a name, replacing whatever the name marked (even a #REF!). */
function setNamed(ss: Spreadsheet, name: string, range: Range): void {
  for (const named of namedRanges(ss, name)) named.remove();
  ss.setNamedRange(name, range);
}

/** A sheet name not taken in any letter case: "TIP timeline", "TIP timeline 2", … */
function freeSheetName(ss: Spreadsheet, base: string): string {
  const names = ss.getSheets().map((s) => s.getName());
  return uniqueName(base, (n) => names.some((taken) => same(taken, n)));
}

function isEmpty(range: Range): boolean {
  const blank = (rows: unknown[][]) => rows.every((row) => row.every((v) => v === ''));
  return blank(range.getValues()) && blank(range.getFormulas());
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

/** Grows the sheet (rows and columns at its end, which are empty) so that the block fits. */
export function makeRoom(sheet: Sheet, row: number, col: number, rows: number, cols: number) {
  const lastRow = row + rows - 1;
  const lastCol = col + cols - 1;
  if (lastRow > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (lastCol > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastCol - sheet.getMaxColumns());
}

function write(
  ss: Spreadsheet,
  target: Range,
  table: Table,
  kind: TableKind,
  columnFormats: readonly ColumnFormats[],
): Range {
  for (const { column, formats } of columnFormats) {
    target.offset(0, column, table.length, 1).setNumberFormats(formats.map((f) => [f]));
  }
  target.setValues(table);
  target.offset(0, 0, 1, table[0].length).setFontWeight('bold');
  setNamed(ss, kind.rangeName, target);
  return target;
}

/** Number formats for one column of a table (0-based), one per row, header included. */
export interface ColumnFormats {
  column: number;
  formats: string[];
}

/**
 * Writes the table and returns its range, or null when the user declined. Column formats are
 * set before the values, so that a column formatted as text ("@") keeps "2015" as text.
 */
export function placeTable(
  table: Table,
  kind: TableKind,
  columnFormats: readonly ColumnFormats[] = [],
): Range | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const rows = table.length;
  const cols = table[0].length;
  const anchor = ss.getActiveRange() ?? ss.getActiveSheet().getRange(1, 1);
  const sheet = anchor.getSheet();
  const row = anchor.getRow();
  const col = anchor.getColumn();

  if (isEmpty(inSheet(sheet, row, col, rows, cols))) {
    makeRoom(sheet, row, col, rows, cols);
    return write(ss, sheet.getRange(row, col, rows, cols), table, kind, columnFormats);
  }
  const name = freeSheetName(ss, kind.sheetName);
  const answer = ui.alert(
    ADDON_TITLE,
    `The ${kind.what} needs ${rows} rows and ${cols} columns from ${sheet.getName()}!${anchor.getCell(1, 1).getA1Notation()}, ` +
      `and some of those cells are not empty. Put it on a new sheet, "${name}", instead? ` +
      `(No leaves your sheet as it is.)`,
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return null;
  const created = ss.insertSheet(name);
  created.setFrozenRows(1);
  return write(ss, created.getRange(1, 1, rows, cols), table, kind, columnFormats);
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
): Range | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return findWithHeader(ss, kind.rangeName, table[0]) ?? placeTable(table, kind, columnFormats);
}

/**
 * Writes a block the add-on owns (a chart's data) beside a table: to its right, one empty
 * column between, growing the sheet as needed. The block it wrote there before is replaced;
 * if any other cell there is taken, the block goes to a new sheet, so nothing of the user's is
 * ever overwritten and nothing needs asking. Its domain column (the first) is formatted as
 * plain text, so that Sheets keeps years such as "2016" as text.
 */
export function placeBeside(table: Range, block: Table, kind: TableKind): Range {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const rows = block.length;
  const cols = block[0].length;
  const previous = findWithHeader(ss, kind.rangeName, block[0]);
  if (previous) previous.clearContent();
  let sheet = table.getSheet();
  let row = table.getRow();
  let col = table.getLastColumn() + 2;
  const fits =
    row > sheet.getMaxRows() ||
    col > sheet.getMaxColumns() ||
    isEmpty(inSheet(sheet, row, col, rows, cols));
  if (!fits) {
    sheet = ss.insertSheet(freeSheetName(ss, kind.sheetName));
    row = 1;
    col = 1;
  }
  makeRoom(sheet, row, col, rows, cols);
  const target = sheet.getRange(row, col, rows, cols);
  // The domain column is text ("2016" stays a label, not a number Sheets might plot).
  return write(ss, target, block, kind, [{ column: 0, formats: block.map(() => '@') }]);
}

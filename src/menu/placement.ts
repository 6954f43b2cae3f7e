/**
 * Where a table goes: at the active cell when every cell it needs is empty, otherwise (after
 * asking) on a new sheet with a unique name. A user's cell is never overwritten.
 */
import { uniqueName } from '../core/names';
import type { Table } from '../core/tables';
import { ADDON_TITLE } from './alerts';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableKind {
  /** "tier timeline": how the alert names it. */
  what: string;
  /** Base name of the sheet it gets when it cannot go at the active cell. */
  sheetName: string;
  /** Named range that marks the table, so that a chart can find it later. */
  rangeName: string;
}

function isEmpty(range: Range): boolean {
  const blank = (rows: unknown[][]) => rows.every((row) => row.every((v) => v === ''));
  return blank(range.getValues()) && blank(range.getFormulas());
}

/** Grows the sheet (rows and columns at its end, which are empty) so that the block fits. */
function makeRoom(sheet: Sheet, row: number, col: number, rows: number, cols: number): void {
  const lastRow = row + rows - 1;
  const lastCol = col + cols - 1;
  if (lastRow > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (lastCol > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), lastCol - sheet.getMaxColumns());
  }
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

  let target: Range;
  const inBounds = row + rows - 1 <= sheet.getMaxRows() && col + cols - 1 <= sheet.getMaxColumns();
  const here = inBounds
    ? sheet.getRange(row, col, rows, cols)
    : sheet.getRange(
        row,
        col,
        Math.min(rows, sheet.getMaxRows() - row + 1),
        Math.min(cols, sheet.getMaxColumns() - col + 1),
      );
  if (isEmpty(here)) {
    makeRoom(sheet, row, col, rows, cols);
    target = sheet.getRange(row, col, rows, cols);
  } else {
    const name = uniqueName(kind.sheetName, (n) => ss.getSheetByName(n) !== null);
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
    target = created.getRange(1, 1, rows, cols);
  }
  for (const { column, formats } of columnFormats) {
    target.offset(0, column, rows, 1).setNumberFormats(formats.map((f) => [f]));
  }
  target.setValues(table);
  target.offset(0, 0, 1, cols).setFontWeight('bold');
  if (ss.getRangeByName(kind.rangeName)) ss.removeNamedRange(kind.rangeName);
  ss.setNamedRange(kind.rangeName, target);
  return target;
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
  const existing = SpreadsheetApp.getActiveSpreadsheet().getRangeByName(kind.rangeName);
  if (existing) {
    const header = existing.offset(0, 0, 1, existing.getNumColumns()).getValues()[0];
    if (header.length === table[0].length && header.every((v, i) => v === table[0][i]))
      return existing;
  }
  return placeTable(table, kind, columnFormats);
}

/**
 * Where a table goes: at the active cell when every cell it needs is free (./guard.ts: holds
 * nothing, not protected, out of reach of any formula's array result), otherwise (after
 * asking) on a new sheet with a unique name. Nothing is written to find out.
 *
 * The add-on marks what it wrote with named ranges (TIPCambodia_…, so that no name reads like a
 * TIP_ function). Names and sheet names are compared whatever their letter case, as Sheets
 * does, and a named range whose cells were deleted (#REF!) counts as missing. Only the
 * add-on's own names are ever removed: the exact name, and the fallback name_<13 digits> it
 * makes when a stale name holds the exact one.
 *
 * An action is whole or nothing: what it wrote (sheets, cells, names, charts) is undone if a
 * later step fails (see atomically), so no table is left without its chart and no format
 * without its values.
 */
import { uniqueName } from '../core/sheets/names';
import type { Table } from '../core/tables/tables';
import { ADDON_TITLE } from './alerts';
import { protectedCell, readGuard, sheetProtected, type Obstacle } from './guard';

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
  const mine = new RegExp(`^${name}(_\\d{13})?$`, 'i');
  return ss.getNamedRanges().filter((n) => mine.test(n.getName()));
}

let undoLog: (() => void)[] | null = null;

/** Something to do if the action in progress fails (see atomically). */
export function onUndo(step: () => void): void {
  undoLog?.push(step);
}

/**
 * Runs an action whole or not at all: if it throws, what it wrote is undone, last first (new
 * sheets deleted, cells it wrote emptied with their notes and number formats as they were, its
 * names and charts removed), and the error goes on to the user. An action within an action
 * joins the outer one.
 */
export function atomically<T>(action: () => T): T {
  if (undoLog) return action();
  undoLog = [];
  try {
    return action();
  } catch (err) {
    for (const step of undoLog.reverse()) {
      try {
        step();
      } catch {
        // Undo what can be undone; the first error is the one the user needs.
      }
    }
    throw err;
  } finally {
    undoLog = null;
  }
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
 * refuses the name, and the range gets a fresh one (name_ and the time in milliseconds, 13
 * digits), which findNamed finds by that form. The stale name is tried again next time, never
 * shown as a failure. What it removes and sets is undone if the action fails.
 */
function setNamed(ss: Spreadsheet, name: string, range: Range): void {
  for (const named of namedRanges(ss, name)) {
    const [was, at] = [named.getName(), findNamedRange(named)];
    named.remove();
    if (at) onUndo(() => ss.setNamedRange(was, at));
  }
  let given = name;
  try {
    ss.setNamedRange(name, range);
  } catch {
    given = `${name}_${Date.now()}`;
    ss.setNamedRange(given, range);
  }
  onUndo(() => ss.removeNamedRange(given));
}

/** A named range's cells, or null when they are gone (#REF!). */
function findNamedRange(named: GoogleAppsScript.Spreadsheet.NamedRange): Range | null {
  try {
    return named.getRange();
  } catch {
    return null;
  }
}

/** A new sheet, deleted again if the action fails. */
function newSheet(ss: Spreadsheet, name: string): Sheet {
  const created = ss.insertSheet(name);
  onUndo(() => ss.deleteSheet(created));
  return created;
}

/** A sheet name not taken in any letter case: "TIP timeline", "TIP timeline 2", … */
function freeSheetName(ss: Spreadsheet, base: string): string {
  const names = ss.getSheets().map((s) => s.getName());
  return uniqueName(base, (n) => names.some((taken) => same(taken, n)));
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

/** Free for a block (see ./guard.ts), with the cells' number formats as they were. */
function isFree(free: Range): { obstacle: Obstacle | null; formats: string[][] } {
  const read = readGuard(free);
  return { obstacle: read.obstacle, formats: read.numberFormats };
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
    const was = sheet.getColumnWidth(col);
    if (Math.min(want, MAX_WIDTH) > was) {
      sheet.setColumnWidth(col, Math.min(want, MAX_WIDTH));
      onUndo(() => sheet.setColumnWidth(col, was));
    }
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
  formatsBefore?: string[][],
): Range {
  // The cells were free (empty, without notes): undoing empties them again, with their formats.
  onUndo(() => {
    target.clearContent();
    target.clearNote();
    target.setFontWeight(null);
    target.setVerticalAlignment(null);
    if (formatsBefore) target.setNumberFormats(formatsBefore);
  });
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
  if (target.getRow() === 1 && sheet.getFrozenRows() === 0) {
    sheet.setFrozenRows(1);
    onUndo(() => sheet.setFrozenRows(0));
  }
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

  return atomically(() => {
    const { obstacle, formats } = isFree(inSheet(sheet, row, col, rows, cols));
    if (!obstacle) {
      makeRoom(sheet, row, col, rows, cols);
      const target = sheet.getRange(row, col, rows, cols);
      return write(ss, target, table, kind, columnFormats, notes, padded(formats, rows, cols));
    }
    const name = freeSheetName(ss, kind.sheetName);
    const answer = ui.alert(
      ADDON_TITLE,
      `The ${kind.what} needs ${rows} rows and ${cols} columns from ${where(anchor.getCell(1, 1))}, but ${obstacle.text}. ` +
        `Put it on a new sheet, "${name}", instead? (No leaves your sheet as it is.)`,
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return null;
    const created = newSheet(ss, name);
    created.setFrozenRows(1);
    return write(ss, created.getRange(1, 1, rows, cols), table, kind, columnFormats, notes);
  });
}

/** Number formats read for the part of a block inside the sheet, "General" for the rest. */
function padded(formats: string[][], rows: number, cols: number): string[][] {
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => formats[i]?.[j] ?? 'General'),
  );
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
  const ownFree = own && !protectedCell(own);
  let target: Range;
  let before: string[][] | undefined;
  const beside = () => {
    if (row > sheet.getMaxRows() || col > sheet.getMaxColumns())
      return sheetProtected(sheet) ? null : { formats: [] as string[][] };
    const read = isFree(inSheet(sheet, row, col, rows, cols));
    return read.obstacle ? null : read;
  };
  const inPlace =
    own &&
    ownFree &&
    own.getSheet().getName() === sheet.getName() &&
    own.getRow() === row &&
    own.getColumn() === col;
  const free = inPlace ? null : beside();
  if (inPlace) {
    target = own;
  } else if (free) {
    makeRoom(sheet, row, col, rows, cols);
    target = sheet.getRange(row, col, rows, cols);
    before = padded(free.formats, rows, cols);
  } else {
    target =
      (ownFree && own) ||
      newSheet(ss, freeSheetName(ss, kind.sheetName)).getRange(1, 1, rows, cols);
  }
  // The domain column is text ("2016" stays a label, not a number Sheets might plot).
  return write(
    ss,
    target,
    block,
    kind,
    [{ column: 0, formats: block.map(() => '@') }],
    undefined,
    before,
  );
}

/**
 * The write guard: whether cells are free for the add-on to write, read (never written) in a
 * fixed number of round trips. A cell is free only if it holds nothing (no value, shown or
 * hidden by its number format, no formula, no note, no data validation), no protection keeps
 * this user from editing it, and no formula above or left of it could lay its array result
 * over it (core/sheets/spill.ts, which fails closed: a formula still "Loading...", one already
 * #REF!, an array formula, QUERY, FILTER, the add-on's table functions…).
 *
 * Round trips: the sheet's protections (2, and 2 or 3 per protection found), its charts (1, and
 * 1 per chart: where it is anchored), then the target's values, notes, data validations and
 * number formats, and the formulas and shown values of the block from A1 to the target's last
 * cell (6). A cell under a chart (at the default size from its anchor) counts as in the way. Nothing is written: what is read is what the
 * cells hold, not what they show.
 */
import { MAX_ECHO, cap } from '../core/base/errors';
import { LOADING_TEXT, maySpill } from '../core/sheets/spill';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Cells a chart covers at Sheets' default size (about 600 × 370 px): the add-on's charts are
 * made at that size. A chart's size in cells is not documented (its anchor is:
 * EmbeddedChart.getContainerInfo), so every chart counts as covering this much from its anchor.
 */
export const CHART_COLUMNS = 6;
export const CHART_ROWS = 19;

/** Why a block is not free, naming its first cell in reading order. */
export interface Obstacle {
  /** "Sheet1!B3" */
  cell: string;
  /** A sentence fragment: "Sheet1!B3 holds a note (“checked”)". */
  text: string;
  /** For a formula that could spill there: "A1 (=TIP_TIER(B1:B2))". */
  formula?: string;
  /** Protected: writing there fails whatever the user answers. */
  protectedCell?: boolean;
}

/** The number formats the guard read, kept to restore the cells if a write must be undone. */
export interface GuardRead {
  obstacle: Obstacle | null;
  numberFormats: string[][];
}

/** "B3" for row 3, column 2: worked out here, not asked of Sheets (no round trip). */
export function cellName(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
const a1 = (_sheet: Sheet, row: number, col: number) => cellName(row, col);
const quoted = (text: string) => `“${cap(text, MAX_ECHO)}”`;

/** A format whose sections are all empty (";;;") shows nothing of what the cell holds. */
const hides = (format: string) => /^;+$/.test(format.trim());

/**
 * The first protection that keeps this user from editing a cell of the block. A warning-only
 * protection counts too: a person asked to confirm an edit there did not ask for the add-on's.
 * A protected sheet counts whole, even beside its unprotected ranges: a chart cannot be added
 * to it.
 */
const locked = (p: GoogleAppsScript.Spreadsheet.Protection) => !p.canEdit() || p.isWarningOnly();

/** Whether the sheet's own protection keeps this user from editing it (adding a chart). */
export function sheetProtected(sheet: Sheet): boolean {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some(locked);
}

export function protectedCell(target: Range): Obstacle | null {
  const sheet = target.getSheet();
  const types = SpreadsheetApp.ProtectionType;
  if (sheetProtected(sheet)) {
    const cell = `${sheet.getName()}!${cellName(target.getRow(), target.getColumn())}`;
    return { cell, text: `the sheet ${sheet.getName()} is protected`, protectedCell: true };
  }
  for (const p of sheet.getProtections(types.RANGE)) {
    if (!locked(p)) continue;
    const r = p.getRange();
    const top = Math.max(r.getRow(), target.getRow());
    const left = Math.max(r.getColumn(), target.getColumn());
    if (top > Math.min(r.getLastRow(), target.getLastRow())) continue;
    if (left > Math.min(r.getLastColumn(), target.getLastColumn())) continue;
    const cell = `${sheet.getName()}!${a1(sheet, top, left)}`;
    return { cell, text: `${cell} is in a protected range`, protectedCell: true };
  }
  return null;
}

/**
 * The first chart over the block (anchored within it, or above and left of it near enough to
 * cover it at the default size): a table written there would be hidden under the chart.
 */
function underChart(target: Range): Obstacle | null {
  const sheet = target.getSheet();
  for (const chart of sheet.getCharts()) {
    const info = chart.getContainerInfo();
    const row = info.getAnchorRow();
    const col = info.getAnchorColumn();
    const top = Math.max(row, target.getRow());
    const left = Math.max(col, target.getColumn());
    if (top > Math.min(row + CHART_ROWS - 1, target.getLastRow())) continue;
    if (left > Math.min(col + CHART_COLUMNS - 1, target.getLastColumn())) continue;
    const cell = `${sheet.getName()}!${cellName(top, left)}`;
    return { cell, text: `a chart covers ${cell}` };
  }
  return null;
}

/** Whether every cell of the block is free, and if not, why (see the module's comment). */
export function readGuard(target: Range): GuardRead {
  const sheet = target.getSheet();
  const blocked = protectedCell(target);
  const values = target.getValues();
  const notes = target.getNotes();
  const rules = target.getDataValidations();
  const numberFormats = target.getNumberFormats();
  const box = sheet.getRange(1, 1, target.getLastRow(), target.getLastColumn());
  const formulas = box.getFormulas();
  const shown = box.getDisplayValues();
  if (blocked) return { obstacle: blocked, numberFormats };
  const under = underChart(target);
  if (under) return { obstacle: under, numberFormats };
  const top = target.getRow() - 1;
  const left = target.getColumn() - 1;
  const name = (i: number, j: number) =>
    `${sheet.getName()}!${a1(sheet, top + i + 1, left + j + 1)}`;
  // The first cell in the way, row by row, and how many more there are.
  let first: Obstacle | null = null;
  let more = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values[i].length; j++) {
      const formula = formulas[top + i][left + j];
      const cell = name(i, j);
      let text: string | null = null;
      if (formula) text = `${cell} holds a formula (${cap(formula, MAX_ECHO)})`;
      else if (values[i][j] !== '' && shown[top + i][left + j] === '')
        text = `${cell} holds a value its number format hides (${quoted(String(values[i][j]))})`;
      else if (values[i][j] !== '') text = `${cell} holds ${quoted(shown[top + i][left + j])}`;
      else if (notes[i][j]) text = `${cell} holds a note (${quoted(notes[i][j])})`;
      else if (rules[i][j]) text = `${cell} has data validation (a drop-down or a rule)`;
      else if (hides(numberFormats[i][j]))
        text = `${cell} has a number format (${numberFormats[i][j]}) that would hide what is written there`;
      if (text && first) more++;
      else if (text) first = { cell, text };
    }
  }
  if (first) {
    const count = more ? ` (and ${more} more ${more === 1 ? 'cell' : 'cells'} in the way)` : '';
    return { obstacle: { ...first, text: `${first.text}${count}` }, numberFormats };
  }
  // Formulas above or left of the block's last cell, the block's own aside (checked above). The
  // one named is the nearest in line with the block (above it in its columns, or left of it
  // in its rows), the likeliest to reach it; failing that, the nearest.
  let found: { r: number; c: number; score: number } | null = null;
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      const f = formulas[r][c];
      if (!f || !maySpill(f, shown[r][c])) continue;
      const inLine = c >= left || r >= top;
      const score = (inLine ? 0 : 1e9) + Math.abs(top - r) + Math.abs(left - c);
      if (!found || score < found.score) found = { r, c, score };
    }
  }
  if (found) {
    const { r, c } = found;
    const f = formulas[r][c];
    const at = `${a1(sheet, r + 1, c + 1)} (${cap(f, MAX_ECHO)})`;
    const loading = shown[r][c] === LOADING_TEXT ? ', still loading,' : '';
    return {
      obstacle: {
        cell: name(0, 0),
        text: `the formula in ${at}${loading} may lay its result over those cells: writing there would turn it into #REF!`,
        formula: at,
      },
      numberFormats,
    };
  }
  return { obstacle: null, numberFormats };
}

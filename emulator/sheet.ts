/**
 * Sheet and Spreadsheet: the grid of cells, the formulas' results laid out as Sheets lays out an
 * array result (#REF! where a filled cell is in the way, "Loading..." while a custom function
 * runs, results kept under keepResults), column widths, frozen rows, charts, protections,
 * conditional formats; the spreadsheet's sheets, named ranges, time zone and toasts.
 */
import { columnLetter, displayFormatted, LOADING, DEFAULT_COLUMN_WIDTH, parseA1 } from './cells';
import type { Cell, Recorder, Value } from './cells';
import { FakeChartBuilder, type FakeChart } from './charts';
import { FakeConditionalFormatRule } from './formatting';
import { FakeNamedRange } from './named-ranges';
import { FakeProtection, PROTECTED_MESSAGE } from './protection';
import { FakeRange, FakeRangeList } from './range';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** A formula's result as kept under keepResults, with what it was computed from. */
interface KeptResult {
  formula: string;
  entered: number;
  /** Every cell the computation read, with the value it read. */
  reads: [sheet: FakeSheet, row: number, col: number, value: Value][];
  result: Value | Value[][];
}

const sameValue = (a: Value, b: Value) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/** Text that Sheets reads as a number when it is written into a cell not formatted as text. */
const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

export class FakeSheet implements Pick<
  GSheet,
  | 'getName'
  | 'getRange'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'newChart'
  | 'insertChart'
  | 'updateChart'
  | 'removeChart'
  | 'getCharts'
  | 'setActiveRange'
  | 'getParent'
  | 'activate'
  | 'getColumnWidth'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getProtections'
  | 'protect'
  | 'getRangeList'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
> {
  readonly cells = new Map<string, Cell>();
  /** Protected ranges and the sheet's own protection, in the order they were made. */
  readonly protections: FakeProtection[] = [];
  /** The sheet's conditional format rules, in order (emulator/formatting.ts). */
  conditionalRules: FakeConditionalFormatRule[] = [];
  readonly charts: FakeChart[] = [];
  /** Column widths in pixels set by setColumnWidth(s); any other column is 100 px wide. */
  readonly widths = new Map<number, number>();
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  /** Bumped by every write: the array results are laid out again after one. */
  private version = 0;
  private laidOut: {
    version: number;
    shown: Map<string, Value>;
    blocked: Map<string, string>;
  } | null = null;

  constructor(
    public name: string,
    readonly parent: FakeSpreadsheet,
  ) {}

  get rec(): Recorder {
    return this.parent.rec;
  }
  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  /**
   * What a cell shows: its value; where a formula engine is attached, its result (readValue,
   * the preview's engine) or the laid-out results of `compute` (the tests' evaluator).
   */
  valueAt(r: number, c: number): Value {
    const computed = this.parent.readValue?.(this, r, c);
    if (computed !== undefined) return computed;
    const shown = this.parent.compute && !this.parent.computing ? this.layout().shown : null;
    const value = shown?.get(`${r},${c}`) ?? this.cell(r, c)?.value ?? '';
    if (this.parent.computing) this.parent.reads?.push([this, r, c, value]);
    return value;
  }

  /** Results kept under keepResults, by cell ("row,col"). */
  private kept = new Map<string, KeptResult>();

  /**
   * A formula's result: computed by `compute`, or, under keepResults, the result it had while
   * its formula has not been written again and every cell it read still holds what it read.
   */
  private result(row: number, col: number, formula: string): Value | Value[][] {
    const key = `${row},${col}`;
    const entered = this.cell(row, col)?.entered ?? 0;
    const keep = this.parent.keepResults;
    const old = this.kept.get(key);
    if (
      keep &&
      old &&
      old.formula === formula &&
      old.entered === entered &&
      old.reads.every(([sheet, r, c, v]) => sameValue(sheet.cell(r, c)?.value ?? '', v))
    ) {
      return old.result;
    }
    const reads: KeptResult['reads'] = [];
    this.parent.reads = reads;
    let result: Value | Value[][];
    try {
      result = this.parent.compute!(this, row, col, formula);
    } catch {
      result = '#ERROR!';
    } finally {
      this.parent.reads = null;
    }
    this.parent.computations++;
    if (keep) this.kept.set(key, { formula, entered, reads, result });
    return result;
  }

  /**
   * The formulas' results laid out as Sheets lays out an array result: it fills the cells below
   * and to the right of its formula, blank ones included, unless a cell there holds something
   * (a value or a formula); then the formula shows #REF! ("Array result was not expanded
   * because it would overwrite data in A2") and `blocked` names that cell. A formula that
   * throws shows #ERROR! in its own cell. While `compute` runs, cells read their own values.
   */
  layout(): { shown: Map<string, Value>; blocked: Map<string, string> } {
    if (this.laidOut && this.laidOut.version === this.version) return this.laidOut;
    const shown = new Map<string, Value>();
    const blocked = new Map<string, string>();
    const formulas = [...this.cells]
      .filter(([, cell]) => cell.formula)
      .map(
        ([key, cell]) => [...key.split(',').map(Number), cell.formula] as [number, number, string],
      )
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const taken = (r: number, c: number) => {
      const cell = this.cell(r, c);
      return !!cell && (cell.value !== '' || cell.formula !== '');
    };
    this.parent.computing = true;
    try {
      for (const [row, col, formula] of formulas) {
        const key = `${row},${col}`;
        // A custom function still running shows "Loading..." and has laid out nothing yet.
        if (this.parent.loading.has(`${this.name}!${columnLetter(col)}${row}`)) {
          shown.set(key, LOADING);
          continue;
        }
        const result = this.result(row, col, formula);
        if (!Array.isArray(result)) {
          shown.set(key, result);
          continue;
        }
        const width = Math.max(1, ...result.map((line) => line.length));
        let blocker: string | undefined;
        for (let i = 0; i < result.length && !blocker; i++)
          for (let j = 0; j < width && !blocker; j++)
            if ((i || j) && taken(row + i, col + j)) blocker = `${columnLetter(col + j)}${row + i}`;
        if (blocker) {
          shown.set(key, '#REF!');
          blocked.set(key, blocker);
          continue;
        }
        result.forEach((line, i) => {
          for (let j = 0; j < width; j++) shown.set(`${row + i},${col + j}`, line[j] ?? '');
        });
      }
    } finally {
      this.parent.computing = false;
    }
    this.laidOut = { version: this.version, shown, blocked };
    return this.laidOut;
  }
  /** What a cell displays: its value under its number format. */
  displayAt(r: number, c: number): string {
    return displayFormatted(this.valueAt(r, c), this.cell(r, c)?.numberFormat);
  }
  /** Recalculates (as after a custom function finishes loading): results are laid out again. */
  recalculate(): void {
    this.version++;
  }
  /** An edit of a cell this user may not edit fails as in Sheets. */
  private guardEdit(r: number, c: number): void {
    if (this.protections.some((p) => p.blocks(r, c))) throw new Error(PROTECTED_MESSAGE);
  }
  touch(r: number, c: number): Cell {
    this.guardEdit(r, c);
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: '', formula: '' }));
    return cell;
  }
  /** As Sheets stores a value: text starting with "=" is a formula, evaluated by `parent.evaluate`. */
  write(r: number, c: number, v: unknown): void {
    this.version++;
    const cell = this.touch(r, c);
    if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
      cell.formula = v;
      cell.value = '';
      cell.entered = (cell.entered ?? 0) + 1;
    } else {
      cell.formula = '';
      cell.value = v === null || v === undefined ? '' : (v as Value);
      // Sheets parses numeric text written by setValue(s) unless the cell is formatted as text.
      if (typeof v === 'string' && NUMERIC_TEXT.test(v) && cell.numberFormat !== '@') {
        cell.value = Number(v);
      }
    }
    this.parent.onEdit(this, r, c);
  }
  range(row: number, col: number, numRows: number, numCols: number): FakeRange {
    if (row < 1 || col < 1 || numRows < 1 || numCols < 1) {
      throw new Error(
        'The starting row or column of the range is too small, or the range is empty.',
      );
    }
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, col, numRows, numCols);
  }

  getName(): string {
    return this.name;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    this.rec.log('Sheet.getRange');
    if (typeof a === 'string') {
      const [start, end = start] = a.split(':');
      const [r1, c1] = parseA1(start);
      const [r2, c2] = parseA1(end);
      return this.range(r1, c1, r2 - r1 + 1, c2 - c1 + 1) as unknown as GRange;
    }
    return this.range(a, column ?? 1, numRows ?? 1, numColumns ?? 1) as unknown as GRange;
  }
  /** The ranges of A1 notations of this sheet ("B2", "A1:C3"), as one list. */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.rec.log('Sheet.getRangeList');
    if (a1Notations.length === 0) throw new Error('The list of A1 notations is empty.');
    const ranges = a1Notations.map((a) => {
      const [start, end = start] = a.split(':');
      const [r1, c1] = parseA1(start);
      const [r2, c2] = parseA1(end);
      return this.range(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    });
    return new FakeRangeList(ranges) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  getLastRow(): number {
    let last = 0;
    for (const [key, cell] of this.cells)
      if (cell.value !== '' || cell.formula) last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const [key, cell] of this.cells)
      if (cell.value !== '' || cell.formula) last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this.rec.log('Sheet.insertRowsAfter');
    if (afterPosition !== this.maxRows) throw new Error('The fake only grows sheets at their end.');
    this.maxRows += howMany;
    return this as unknown as GSheet;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this.rec.log('Sheet.insertColumnsAfter');
    if (afterPosition !== this.maxColumns)
      throw new Error('The fake only grows sheets at their end.');
    this.maxColumns += howMany;
    return this as unknown as GSheet;
  }
  setFrozenRows(rows: number): void {
    this.rec.log('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.rec.log('Sheet.getConditionalFormatRules');
    return [
      ...this.conditionalRules,
    ] as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }
  /** Replaces the sheet's rules with this list, as Sheets does (a rule left out is removed). */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.rec.log('Sheet.setConditionalFormatRules');
    for (const rule of rules)
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error('Invalid argument: rules');
    this.conditionalRules = [...(rules as unknown as FakeConditionalFormatRule[])];
  }
  getColumnWidth(columnPosition: number): number {
    this.rec.log('Sheet.getColumnWidth');
    return this.widths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.rec.log('Sheet.setColumnWidth');
    return this.widen(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this.rec.log('Sheet.setColumnWidths');
    return this.widen(startColumn, numColumns, width);
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    this.rec.log('Sheet.getProtections');
    return this.protections.filter(
      (p) => p.type === String(type),
    ) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }
  /** Protects the whole sheet (one protection a sheet, as in Sheets). */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.rec.log('Sheet.protect');
    let p = this.protections.find((q) => q.type === 'SHEET');
    if (!p) this.protections.push((p = new FakeProtection(this, 'SHEET', null)));
    return p as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  /** Whether this user may not edit the sheet as a whole (add a chart, resize a column). */
  sheetLocked(): boolean {
    return this.protections.some((p) => p.type === 'SHEET' && !p.editable && !p.warningOnly);
  }
  private widen(startColumn: number, numColumns: number, width: number): GSheet {
    if (this.sheetLocked()) throw new Error(PROTECTED_MESSAGE);
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.widths.set(c, width);
    return this as unknown as GSheet;
  }
  newChart(): GBuilder {
    this.rec.log('Sheet.newChart');
    return new FakeChartBuilder(this) as unknown as GBuilder;
  }
  insertChart(chart: GChart): void {
    this.rec.log('Sheet.insertChart');
    if (this.sheetLocked()) throw new Error(PROTECTED_MESSAGE);
    this.charts.push(chart as unknown as FakeChart);
  }
  removeChart(chart: GChart): void {
    this.rec.log('Sheet.removeChart');
    const i = this.charts.indexOf(chart as unknown as FakeChart);
    if (i < 0) throw new Error('The chart is not on this sheet.');
    this.charts.splice(i, 1);
  }
  updateChart(chart: GChart): void {
    this.rec.log('Sheet.updateChart');
    const next = chart as unknown as FakeChart & { replaces?: FakeChart };
    const i = this.charts.findIndex((c) => c === next.replaces);
    if (i < 0) throw new Error('The chart to update is not on this sheet.');
    this.charts[i] = next;
  }
  getCharts(): GChart[] {
    this.rec.log('Sheet.getCharts');
    return [...this.charts] as unknown as GChart[];
  }
  setActiveRange(range: GRange): GRange {
    this.rec.log('Sheet.setActiveRange');
    return (range as unknown as FakeRange).activate();
  }
  getParent(): GSpreadsheet {
    return this.parent as unknown as GSpreadsheet;
  }
  activate(): GSheet {
    this.rec.log('Sheet.activate');
    this.parent.activeSheet = this;
    this.parent.activeRange = this.range(1, 1, 1, 1);
    return this as unknown as GSheet;
  }

  /** Test helper: the sheet's values from A1 to its last used cell. */
  dump(): Value[][] {
    const rows = this.getLastRow();
    const cols = this.getLastColumn();
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => this.cell(i + 1, j + 1)?.value ?? ''),
    );
  }
}

export class FakeSpreadsheet implements Pick<
  GSpreadsheet,
  | 'getActiveSheet'
  | 'getActiveRange'
  | 'getActiveCell'
  | 'getSheetByName'
  | 'getSheets'
  | 'insertSheet'
  | 'getRangeByName'
  | 'setNamedRange'
  | 'removeNamedRange'
  | 'getName'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getNamedRanges'
  | 'deleteSheet'
  | 'toast'
> {
  readonly sheets: FakeSheet[] = [];
  readonly named = new Map<string, FakeRange>();
  /**
   * Off by default. When on, a named range whose sheet is deleted goes off getNamedRanges()
   * while its name stays taken (setNamedRange with it throws), as people report of Sheets.
   */
  namesOutliveSheets = false;
  /** Names taken by such named ranges, in lower case. */
  readonly staleNames = new Set<string>();
  /** Every toast shown, in order. */
  readonly toasts: { msg: string; title: string; timeoutSeconds: number | null }[] = [];
  /** Called on every toast; the preview shows it. */
  onToast: (toast: { msg: string; title: string }) => void = () => {};
  /**
   * What a formula gives (a value, or a 2D array laid out as an array result), for tests that
   * model formulas without the preview's engine; null keeps a formula's stored value ("").
   */
  compute:
    ((sheet: FakeSheet, row: number, col: number, formula: string) => Value | Value[][]) | null =
    null;
  /** True while `compute` runs. */
  computing = false;
  /**
   * Cells ("Sheet1!A1") whose custom function has not finished: they show "Loading..." and lay
   * out no result until taken off (then call the sheet's recalculate()).
   */
  readonly loading = new Set<string>();
  /**
   * Off by default. When on, a formula keeps its result, as Sheets keeps a custom function's,
   * until the formula is written again (setFormula, setFormulas, setValue, even with the same
   * text) or a cell it read changes: a new `compute` (an updated add-on) changes nothing shown
   * until then. See `computations` for how many times `compute` ran.
   */
  keepResults = false;
  /** How many times `compute` has run. */
  computations = 0;
  /** The cells read while `compute` runs (see keepResults). */
  reads: [sheet: FakeSheet, row: number, col: number, value: Value][] | null = null;
  /** File > Settings > Time zone; the script's own zone (appsscript.json) is Asia/Phnom_Penh. */
  timeZone = 'Asia/Phnom_Penh';
  activeSheet: FakeSheet;
  activeRange: FakeRange;
  /** Called after every write; the preview hooks its formula engine here. */
  onEdit: (sheet: FakeSheet, row: number, col: number) => void = () => {};
  /** Where formula results come from (the preview's engine); undefined means the stored value. */
  readValue: ((sheet: FakeSheet, row: number, col: number) => Value | undefined) | null = null;

  constructor(
    readonly rec: Recorder,
    readonly name = 'Untitled spreadsheet',
  ) {
    this.activeSheet = new FakeSheet('Sheet1', this);
    this.sheets.push(this.activeSheet);
    this.activeRange = this.activeSheet.range(1, 1, 1, 1);
  }

  getName(): string {
    return this.name;
  }
  getSpreadsheetTimeZone(): string {
    this.rec.log('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.rec.log('Spreadsheet.setSpreadsheetTimeZone');
    this.timeZone = timezone;
  }
  getActiveSheet(): GSheet {
    this.rec.log('Spreadsheet.getActiveSheet');
    return this.activeSheet as unknown as GSheet;
  }
  getActiveRange(): GRange {
    this.rec.log('Spreadsheet.getActiveRange');
    return this.activeRange as unknown as GRange;
  }
  getActiveCell(): GRange {
    this.rec.log('Spreadsheet.getActiveCell');
    return this.activeRange.getCell(1, 1);
  }
  getSheetByName(name: string): GSheet | null {
    this.rec.log('Spreadsheet.getSheetByName');
    return (this.sheets.find((s) => s.name === name) ?? null) as unknown as GSheet | null;
  }
  getSheets(): GSheet[] {
    return [...this.sheets] as unknown as GSheet[];
  }
  insertSheet(...args: unknown[]): GSheet {
    this.rec.log('Spreadsheet.insertSheet');
    const sheetName = typeof args[0] === 'string' ? args[0] : `Sheet${this.sheets.length + 1}`;
    // Sheet names ignore letter case: "tip timeline" blocks "TIP timeline".
    if (this.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`,
      );
    }
    const sheet = new FakeSheet(sheetName, this);
    this.sheets.push(sheet);
    sheet.activate();
    return sheet as unknown as GSheet;
  }
  /** The stored name that matches, whatever its letter case (Sheets' names ignore case). */
  private namedKey(name: string): string | undefined {
    return [...this.named.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  }
  /** A named range whose sheet was deleted refers to #REF!: it has no range any more. */
  isBroken(range: FakeRange): boolean {
    return !this.sheets.includes(range.sheet);
  }
  getRangeByName(name: string): GRange | null {
    this.rec.log('Spreadsheet.getRangeByName');
    const key = this.namedKey(name);
    const range = key === undefined ? undefined : this.named.get(key);
    return (range && !this.isBroken(range) ? range : null) as unknown as GRange | null;
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.rec.log('Spreadsheet.getNamedRanges');
    return [...this.named.keys()].map(
      (name) =>
        new FakeNamedRange(this, name) as unknown as GoogleAppsScript.Spreadsheet.NamedRange,
    );
  }
  setNamedRange(name: string, range: GRange): void {
    this.rec.log('Spreadsheet.setNamedRange');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name))
      throw new Error(`Invalid named range name: ${name}`);
    // What Sheets does with a name already taken is not documented: the fake refuses it, so
    // the add-on must remove its old range first (or, for a stale name, use another).
    if (this.namedKey(name) !== undefined || this.staleNames.has(name.toLowerCase()))
      throw new Error(`A named range with the name ${name} already exists.`);
    this.named.set(name, range as unknown as FakeRange);
  }
  removeNamedRange(name: string): void {
    this.rec.log('Spreadsheet.removeNamedRange');
    const key = this.namedKey(name);
    if (key === undefined || !this.named.delete(key))
      throw new Error(`Named range ${name} not found.`);
  }
  deleteSheet(sheet: GSheet): void {
    this.rec.log('Spreadsheet.deleteSheet');
    const i = this.sheets.indexOf(sheet as unknown as FakeSheet);
    if (i < 0) throw new Error('The sheet is not in this spreadsheet.');
    if (this.sheets.length === 1) throw new Error('A spreadsheet must have at least one sheet.');
    this.sheets.splice(i, 1);
    if (this.namesOutliveSheets) {
      for (const [name, range] of this.named) {
        if (range.sheet !== (sheet as unknown as FakeSheet)) continue;
        this.named.delete(name);
        this.staleNames.add(name.toLowerCase());
      }
    }
    if (this.activeSheet === (sheet as unknown as FakeSheet)) this.sheets[0].activate();
  }
  toast(msg: string, title = '', timeoutSeconds: number | null = null): void {
    this.rec.log('Spreadsheet.toast');
    this.toasts.push({ msg: String(msg), title: String(title), timeoutSeconds });
    this.onToast({ msg: String(msg), title: String(title) });
  }
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }
}

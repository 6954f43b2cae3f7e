/**
 * An in-memory fake of the part of SpreadsheetApp, Ui, Charts and ScriptApp the add-on uses,
 * behaving as Sheets does: 1-based rows and columns, getValues as 2D arrays with "" for empty
 * cells, insertSheet throwing on a duplicate name, ranges refused outside the sheet, setValues
 * refusing data of another shape, data access refused in AuthMode.NONE, a chart builder
 * that records type, ranges and options, array results laid out over the cells below and to
 * the right of their formula (and #REF! where a filled cell is in the way), "Loading..." for
 * a custom function not finished, notes, data validation, ";;;" formats that hide a value,
 * protected ranges and sheets (an edit there fails), column widths, wrapping and toasts. Every method is typed against
 * @types/google-apps-script (Pick<> of the real interface), and every call is logged.
 *
 * One module, shared by the tests and the local preview (npm start).
 */
import {
  BOOLEAN_CRITERIA,
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
} from './formatting';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GUi = GoogleAppsScript.Base.Ui;
type GMenu = GoogleAppsScript.Base.Menu;

export type Value = string | number | boolean | Date;
interface Cell {
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

/** Text that Sheets reads as a number when it is written into a cell not formatted as text. */
const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

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

export class FakeRange implements Pick<
  GRange,
  | 'getValues'
  | 'getValue'
  | 'getFormulas'
  | 'getDisplayValues'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValues'
  | 'setValue'
  | 'setFormula'
  | 'setFormulas'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getLastRow'
  | 'getLastColumn'
  | 'offset'
  | 'getCell'
  | 'getSheet'
  | 'setFontWeight'
  | 'clearContent'
  | 'activate'
  | 'getNote'
  | 'getNotes'
  | 'setNote'
  | 'setNotes'
  | 'setWrapStrategy'
  | 'getDataValidations'
  | 'setDataValidation'
  | 'clearNote'
  | 'protect'
  | 'setVerticalAlignment'
> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  private get rec() {
    return this.sheet.rec;
  }
  private self(): GRange {
    return this as unknown as GRange;
  }
  private each<T>(fn: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numCols }, (_, j) => fn(this.row + i, this.col + j)),
    );
  }

  getValues(): Value[][] {
    this.rec.log('Range.getValues');
    return this.each((r, c) => this.sheet.valueAt(r, c));
  }
  getValue(): Value {
    this.rec.log('Range.getValue');
    return this.sheet.valueAt(this.row, this.col);
  }
  getDisplayValues(): string[][] {
    this.rec.log('Range.getDisplayValues');
    return this.each((r, c) => this.sheet.displayAt(r, c));
  }
  getNumberFormat(): string {
    this.rec.log('Range.getNumberFormat');
    return this.sheet.cell(this.row, this.col)?.numberFormat ?? 'General';
  }
  getNumberFormats(): string[][] {
    this.rec.log('Range.getNumberFormats');
    return this.each((r, c) => this.sheet.cell(r, c)?.numberFormat ?? 'General');
  }
  setNumberFormat(numberFormat: string): GRange {
    this.rec.log('Range.setNumberFormat');
    displayFormatted(0, numberFormat);
    this.each((r, c) => (this.sheet.touch(r, c).numberFormat = numberFormat));
    return this.self();
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    this.rec.log('Range.setNumberFormats');
    if (
      numberFormats.length !== this.numRows ||
      numberFormats.some((row) => row.length !== this.numCols)
    ) {
      throw new Error('The number of rows or columns in the data does not match the range.');
    }
    numberFormats.flat().forEach((f) => displayFormatted(0, f));
    this.each(
      (r, c) => (this.sheet.touch(r, c).numberFormat = numberFormats[r - this.row][c - this.col]),
    );
    return this.self();
  }
  getFormula(): string {
    this.rec.log('Range.getFormula');
    return this.sheet.cell(this.row, this.col)?.formula ?? '';
  }
  getDisplayValue(): string {
    this.rec.log('Range.getDisplayValue');
    return this.sheet.displayAt(this.row, this.col);
  }
  getFormulas(): string[][] {
    this.rec.log('Range.getFormulas');
    return this.each((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }
  setValues(values: unknown[][]): GRange {
    this.rec.log('Range.setValues');
    if (values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numCols}.`,
        );
      }
    }
    values.forEach((row, i) =>
      row.forEach((v, j) => this.sheet.write(this.row + i, this.col + j, v)),
    );
    return this.self();
  }
  setValue(value: unknown): GRange {
    this.rec.log('Range.setValue');
    this.sheet.write(this.row, this.col, value);
    return this.self();
  }
  setFormula(formula: string): GRange {
    this.rec.log('Range.setFormula');
    this.sheet.write(this.row, this.col, formula.startsWith('=') ? formula : `=${formula}`);
    return this.self();
  }
  /** A formula per cell, in the range's shape, each written as setFormula writes one. */
  setFormulas(formulas: string[][]): GRange {
    this.rec.log('Range.setFormulas');
    if (formulas.length !== this.numRows || formulas.some((row) => row.length !== this.numCols)) {
      throw new Error('The number of rows or columns in the data does not match the range.');
    }
    this.each((r, c) => {
      const f = String(formulas[r - this.row][c - this.col] ?? '');
      this.sheet.write(r, c, f === '' || f.startsWith('=') ? f : `=${f}`);
    });
    return this.self();
  }
  getA1Notation(): string {
    const start = `${columnLetter(this.col)}${this.row}`;
    if (this.numRows === 1 && this.numCols === 1) return start;
    return `${start}:${columnLetter(this.col + this.numCols - 1)}${this.row + this.numRows - 1}`;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this.sheet.range(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    ) as unknown as GRange;
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) {
      throw new Error('Cell reference out of range');
    }
    return this.sheet.range(this.row + row - 1, this.col + column - 1, 1, 1) as unknown as GRange;
  }
  getSheet(): GSheet {
    return this.sheet as unknown as GSheet;
  }
  setFontWeight(fontWeight: string | null): GRange {
    this.rec.log('Range.setFontWeight');
    this.each((r, c) => this.sheet.touch(r, c))
      .flat()
      .forEach((cell) => (cell.bold = fontWeight === 'bold'));
    return this.self();
  }
  clearContent(): GRange {
    this.rec.log('Range.clearContent');
    this.each((r, c) => this.sheet.write(r, c, ''));
    return this.self();
  }
  getNote(): string {
    this.rec.log('Range.getNote');
    return this.sheet.cell(this.row, this.col)?.note ?? '';
  }
  getNotes(): string[][] {
    this.rec.log('Range.getNotes');
    return this.each((r, c) => this.sheet.cell(r, c)?.note ?? '');
  }
  setNote(note: string | null): GRange {
    this.rec.log('Range.setNote');
    this.each((r, c) => (this.sheet.touch(r, c).note = note ?? ''));
    return this.self();
  }
  /** Sets a note per cell ("" or null clears one); the grid must have the range's shape. */
  setNotes(notes: (string | null)[][]): GRange {
    this.rec.log('Range.setNotes');
    if (notes.length !== this.numRows || notes.some((row) => row.length !== this.numCols)) {
      throw new Error('The number of rows or columns in the data does not match the range.');
    }
    this.each((r, c) => (this.sheet.touch(r, c).note = notes[r - this.row][c - this.col] ?? ''));
    return this.self();
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    this.rec.log('Range.setWrapStrategy');
    if (!(String(strategy) in WRAP_STRATEGIES))
      throw new Error(`Invalid wrap strategy ${strategy}`);
    this.each((r, c) => (this.sheet.touch(r, c).wrap = String(strategy)));
    return this.self();
  }
  getDataValidations(): GoogleAppsScript.Spreadsheet.DataValidation[][] {
    this.rec.log('Range.getDataValidations');
    return this.each(
      (r, c) => this.sheet.cell(r, c)?.validation ?? null,
    ) as unknown as GoogleAppsScript.Spreadsheet.DataValidation[][];
  }
  /** Any object stands for a rule (a drop-down, a number range): the fake only keeps it. */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    this.rec.log('Range.setDataValidation');
    this.each((r, c) => (this.sheet.touch(r, c).validation = rule ?? undefined));
    return this.self();
  }
  clearNote(): GRange {
    this.rec.log('Range.clearNote');
    this.each((r, c) => (this.sheet.touch(r, c).note = ''));
    return this.self();
  }
  /** Protects the range (Range.protect): editable by this user unless the test says otherwise. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.rec.log('Range.protect');
    const p = new FakeProtection(this.sheet, 'RANGE', this);
    this.sheet.protections.push(p);
    return p as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    this.rec.log('Range.setVerticalAlignment');
    if (alignment !== null && !['top', 'middle', 'bottom'].includes(alignment))
      throw new Error(`Invalid vertical alignment ${alignment}`);
    this.each((r, c) => (this.sheet.touch(r, c).valign = alignment ?? undefined));
    return this as unknown as GRange;
  }

  activate(): GRange {
    this.sheet.parent.activeRange = this;
    this.sheet.parent.activeSheet = this.sheet;
    return this.self();
  }
}

let chartIds = 0;

/** One builder call as made: its method name and arguments. */
export interface ChartCall {
  method: string;
  args: unknown[];
}

/**
 * What a chart was built with. `calls` lists every builder method called (in order, carried over
 * by modify()), `settings` the last arguments of each typed setter (setTitle, setRange, …), and
 * `options` what setOption was given. The fake gives no meaning to any of them: what Sheets draws
 * from them is for Google's documentation to say (src/core/chart-options.ts).
 */
export interface ChartState {
  type: string;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  settings: Record<string, unknown[]>;
  calls: ChartCall[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transposed: boolean;
}

export class FakeChart implements Pick<
  GChart,
  'getRanges' | 'modify' | 'getChartId' | 'getOptions' | 'getNumHeaders' | 'getContainerInfo'
> {
  readonly id = ++chartIds;
  constructor(
    readonly state: ChartState,
    readonly sheet: FakeSheet,
  ) {}
  get type(): string {
    return this.state.type;
  }
  get ranges(): FakeRange[] {
    return this.state.ranges;
  }
  get options(): Record<string, unknown> {
    return this.state.options;
  }
  get settings(): Record<string, unknown[]> {
    return this.state.settings;
  }
  get calls(): ChartCall[] {
    return this.state.calls;
  }
  get position() {
    return this.state.position;
  }
  get numHeaders(): number {
    return this.state.numHeaders;
  }
  get transposed(): boolean {
    return this.state.transposed;
  }
  getRanges(): GRange[] {
    this.sheet.rec.log('EmbeddedChart.getRanges');
    return [...this.state.ranges] as unknown as GRange[];
  }
  getChartId(): number {
    return this.id;
  }
  /** Where the chart is anchored (setPosition): its top left cell and offsets in pixels. */
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.sheet.rec.log('EmbeddedChart.getContainerInfo');
    const p = this.state.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  getNumHeaders(): number {
    return this.state.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return {
      get: (key: string) => this.state.options[key],
    } as GoogleAppsScript.Charts.ChartOptions;
  }
  modify(): GBuilder {
    this.sheet.rec.log('EmbeddedChart.modify');
    return new FakeChartBuilder(this.sheet, this) as unknown as GBuilder;
  }
}

const copyState = (s: ChartState): ChartState => ({
  ...s,
  ranges: [...s.ranges],
  options: { ...s.options },
  settings: { ...s.settings },
  calls: [...s.calls],
  position: { ...s.position },
});

/** Setters of the typed builders (EmbeddedLineChartBuilder, …) that the fake records. */
const TYPED_SETTERS = [
  'setTitle',
  'setXAxisTitle',
  'setYAxisTitle',
  'setLegendPosition',
  'setPointStyle',
  'setRange',
  'setColors',
  'setCurveStyle',
  'reverseCategories',
  'useLogScale',
  'setStacked',
  'setBackgroundColor',
  'setXAxisRange',
  'setYAxisRange',
] as const;

export class FakeChartBuilder implements Pick<
  GBuilder,
  | 'setChartType'
  | 'asLineChart'
  | 'asColumnChart'
  | 'asScatterChart'
  | 'addRange'
  | 'clearRanges'
  | 'setOption'
  | 'setPosition'
  | 'setNumHeaders'
  | 'setTransposeRowsAndColumns'
  | 'getRanges'
  | 'build'
> {
  state: ChartState;

  constructor(
    readonly sheet: FakeSheet,
    readonly replaces?: FakeChart,
  ) {
    this.state = replaces
      ? copyState(replaces.state)
      : {
          type: 'LINE',
          ranges: [],
          options: {},
          settings: {},
          calls: [],
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
          transposed: false,
        };
    for (const name of TYPED_SETTERS) {
      (this as unknown as Record<string, (...a: unknown[]) => GBuilder>)[name] = (...args) => {
        this.record(name, args);
        this.state.settings[name] = args;
        return this.self();
      };
    }
  }
  private self(): GBuilder {
    return this as unknown as GBuilder;
  }
  private record(method: string, args: unknown[]): void {
    this.sheet.rec.log(`EmbeddedChartBuilder.${method}`);
    this.state.calls.push({ method, args });
  }
  get type(): string {
    return this.state.type;
  }
  get ranges(): FakeRange[] {
    return this.state.ranges;
  }
  get options(): Record<string, unknown> {
    return this.state.options;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this.record('setChartType', [type]);
    this.state.type = String(type);
    return this.self();
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    this.record('asLineChart', []);
    this.state.type = 'LINE';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.record('asColumnChart', []);
    this.state.type = 'COLUMN';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
  }
  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    this.record('asScatterChart', []);
    this.state.type = 'SCATTER';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder;
  }
  addRange(range: GRange): GBuilder {
    this.record('addRange', [range]);
    this.state.ranges.push(range as unknown as FakeRange);
    return this.self();
  }
  clearRanges(): GBuilder {
    this.record('clearRanges', []);
    this.state.ranges = [];
    return this.self();
  }
  setOption(option: string, value: unknown): GBuilder {
    this.record('setOption', [option, value]);
    this.state.options[option] = value;
    return this.self();
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): GBuilder {
    this.record('setPosition', [anchorRowPos, anchorColPos, offsetX, offsetY]);
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }
  setNumHeaders(headers: number): GBuilder {
    this.record('setNumHeaders', [headers]);
    this.state.numHeaders = headers;
    return this.self();
  }
  setTransposeRowsAndColumns(transpose: boolean): GBuilder {
    this.record('setTransposeRowsAndColumns', [transpose]);
    this.state.transposed = transpose;
    return this.self();
  }
  getRanges(): GRange[] {
    return [...this.state.ranges] as unknown as GRange[];
  }
  build(): GChart {
    this.record('build', []);
    if (this.state.ranges.length === 0) throw new Error('The chart has no data ranges.');
    const { row, column } = this.state.position;
    if (row > this.sheet.maxRows || column > this.sheet.maxColumns) {
      throw new Error(
        `The chart's anchor cell (row ${row}, column ${column}) is outside the sheet's grid.`,
      );
    }
    const chart = new FakeChart(copyState(this.state), this.sheet);
    (chart as unknown as { replaces?: FakeChart }).replaces = this.replaces;
    return chart as unknown as GChart;
  }
}

/** What Sheets says when a script edits a cell it may not (a protected range or sheet). */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * A protected range or sheet (Range.protect, Sheet.protect). `editable` is canEdit() for the
 * user running the add-on (false: someone else protected it); a warning-only protection lets
 * everyone edit (Sheets asks a person to confirm; what a script sees is not documented).
 */
export class FakeProtection implements Pick<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'canEdit'
  | 'isWarningOnly'
  | 'setWarningOnly'
  | 'getRange'
  | 'getProtectionType'
  | 'getUnprotectedRanges'
  | 'setUnprotectedRanges'
  | 'remove'
> {
  editable = true;
  warningOnly = false;
  unprotected: FakeRange[] = [];
  constructor(
    readonly sheet: FakeSheet,
    readonly type: 'RANGE' | 'SHEET',
    readonly range: FakeRange | null,
  ) {}
  canEdit(): boolean {
    this.sheet.rec.log('Protection.canEdit');
    return this.editable || this.warningOnly;
  }
  isWarningOnly(): boolean {
    this.sheet.rec.log('Protection.isWarningOnly');
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.warningOnly = warningOnly;
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  getRange(): GRange {
    this.sheet.rec.log('Protection.getRange');
    return (this.range ??
      this.sheet.range(1, 1, this.sheet.maxRows, this.sheet.maxColumns)) as unknown as GRange;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getUnprotectedRanges(): GRange[] {
    this.sheet.rec.log('Protection.getUnprotectedRanges');
    return [...this.unprotected] as unknown as GRange[];
  }
  setUnprotectedRanges(ranges: GRange[]): GoogleAppsScript.Spreadsheet.Protection {
    this.unprotected = [...(ranges as unknown as FakeRange[])];
    return this as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }
  remove(): void {
    this.sheet.protections.splice(this.sheet.protections.indexOf(this), 1);
  }
  /** Whether it keeps this user from editing the cell. */
  blocks(r: number, c: number): boolean {
    if (this.editable || this.warningOnly) return false;
    const inside = (g: FakeRange) =>
      r >= g.row && r < g.row + g.numRows && c >= g.col && c < g.col + g.numCols;
    if (this.range) return inside(this.range);
    return !this.unprotected.some(inside);
  }
}

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

/** Ranges of one sheet, acted on together. */
export class FakeRangeList implements Pick<
  GoogleAppsScript.Spreadsheet.RangeList,
  'getRanges' | 'setFormula'
> {
  constructor(readonly ranges: FakeRange[]) {}
  getRanges(): GRange[] {
    return [...this.ranges] as unknown as GRange[];
  }
  /**
   * The same formula in every range. In a range of several cells Sheets shifts relative
   * references from cell to cell, which the fake does not model: it takes single cells only.
   */
  setFormula(formula: string): GoogleAppsScript.Spreadsheet.RangeList {
    this.ranges[0]?.sheet.rec.log('RangeList.setFormula');
    if (this.ranges.some((r) => r.numRows * r.numCols !== 1))
      throw new Error('The fake sets a RangeList formula in single cells only.');
    for (const r of this.ranges) r.sheet.write(r.row, r.col, formula);
    return this as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
}

/**
 * A named range. Once its sheet is deleted it refers to #REF!: what getRange() then does is not
 * documented, so the fake throws, and the add-on must not rely on either answer.
 */
export class FakeNamedRange implements Pick<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'remove'
> {
  constructor(
    readonly parent: FakeSpreadsheet,
    readonly name: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): GRange {
    this.parent.rec.log('NamedRange.getRange');
    const range = this.parent.named.get(this.name);
    if (!range || this.parent.isBroken(range)) throw new Error('Range not found');
    return range as unknown as GRange;
  }
  remove(): void {
    this.parent.rec.log('NamedRange.remove');
    this.parent.named.delete(this.name);
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

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export interface Alert {
  title: string;
  prompt: string;
  buttons: string;
}

export class FakeMenu implements Pick<GMenu, 'addItem' | 'addSeparator' | 'addToUi'> {
  readonly items: ({ label: string; functionName: string } | 'separator')[] = [];
  constructor(
    readonly ui: FakeUi,
    readonly title: string,
  ) {}
  addItem(caption: string, functionName: string): GMenu {
    this.ui.rec.log('Menu.addItem');
    this.items.push({ label: caption, functionName });
    return this as unknown as GMenu;
  }
  addSeparator(): GMenu {
    this.ui.rec.log('Menu.addSeparator');
    this.items.push('separator');
    return this as unknown as GMenu;
  }
  addToUi(): void {
    this.ui.rec.log('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

export class FakeUi implements Pick<GUi, 'alert' | 'createAddonMenu' | 'showSidebar'> {
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' };
  readonly alerts: Alert[] = [];
  readonly menus: FakeMenu[] = [];
  readonly sidebars: { title: string; html: string }[] = [];
  /** Answers for the next alerts, in order; an alert with none left answers OK or NO. */
  readonly answers: ButtonName[] = [];
  /** Asks a person instead (the preview); takes precedence over `answers`. */
  onAlert: ((alert: Alert) => ButtonName) | null = null;

  constructor(readonly rec: Recorder) {}

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.rec.log('Ui.alert');
    const [title, prompt, buttons] =
      args.length >= 3
        ? (args as string[])
        : args.length === 2
          ? ['', args[0], args[1]]
          : ['', args[0], 'OK'];
    const alert = { title: String(title), prompt: String(prompt), buttons: String(buttons) };
    this.alerts.push(alert);
    const answer =
      this.onAlert?.(alert) ??
      this.answers.shift() ??
      (String(buttons).startsWith('YES') ? 'NO' : 'OK');
    return answer as unknown as GoogleAppsScript.Base.Button;
  }
  createAddonMenu(): GMenu {
    this.rec.log('Ui.createAddonMenu');
    return new FakeMenu(this, 'add-on') as unknown as GMenu;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.rec.log('Ui.showSidebar');
    const out = userInterface as unknown as { getTitle(): string; getContent(): string };
    this.sidebars.push({ title: out.getTitle(), html: out.getContent() });
  }
  /** The items of the add-on menu, as the user sees them. */
  get menu(): FakeMenu | undefined {
    return this.menus[this.menus.length - 1];
  }
}

/** HtmlService's createHtmlOutputFromFile, reading the files of a folder (dist/). */
export class FakeHtmlOutput {
  private title = '';
  constructor(readonly content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
}

/**
 * HtmlService's template, for the one kind of scriptlet the add-on uses: a force-printing
 * scriptlet naming a property of the template, <?!= name ?>, printed as it is (no escaping),
 * as HtmlService does. Any other scriptlet is refused: the fake does not run template code.
 */
export class FakeHtmlTemplate {
  [name: string]: unknown;
  constructor(private readonly raw: string) {}
  getRawContent(): string {
    return this.raw;
  }
  evaluate(): FakeHtmlOutput {
    const html = this.raw.replace(/<\?([\s\S]*?)\?>/g, (whole, body: string) => {
      const m = /^!=\s*([A-Za-z_$][\w$]*)\s*;?\s*$/.exec(body);
      if (!m) throw new Error(`The fake evaluates only <?!= name ?> scriptlets, not ${whole}`);
      const value = this[m[1]];
      if (value === undefined) throw new Error(`ReferenceError: "${m[1]}" is not defined.`);
      return String(value);
    });
    return new FakeHtmlOutput(html);
  }
}

export interface FakeServices {
  SpreadsheetApp: Pick<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    'getUi' | 'getActiveSpreadsheet' | 'getActive' | 'flush'
  > & {
    WrapStrategy: typeof WRAP_STRATEGIES;
    ProtectionType: { RANGE: 'RANGE'; SHEET: 'SHEET' };
    BooleanCriteria: typeof BOOLEAN_CRITERIA;
    newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  };
  Charts: {
    ChartType: Record<string, string>;
    Position: Record<string, string>;
    PointStyle: Record<string, string>;
  };
  ScriptApp: { AuthMode: Record<string, string> };
  HtmlService: {
    createHtmlOutputFromFile(filename: string): FakeHtmlOutput;
    createTemplateFromFile(filename: string): FakeHtmlTemplate;
  };
  Utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>;
  console: Pick<Console, 'log' | 'error' | 'warn' | 'info'>;
}

/**
 * Utilities.formatDate for the patterns the add-on uses (yyyy, MM, dd, HH, mm, ss), in a named
 * time zone; any other pattern letter is refused rather than guessed.
 */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const unsupported = format.replace(/yyyy|MM|dd|HH|mm|ss/g, '').match(/[A-Za-z]/);
  if (unsupported) throw new Error(`The fake's formatDate does not support "${unsupported[0]}".`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const fields: Record<string, string> = {
    yyyy: part('year').padStart(4, '0'),
    MM: part('month'),
    dd: part('day'),
    HH: part('hour'),
    mm: part('minute'),
    ss: part('second'),
  };
  return format.replace(/yyyy|MM|dd|HH|mm|ss/g, (token) => fields[token]);
}

/** A spreadsheet, its UI and the services the add-on sees as globals, all in memory. */
export function createFakeSheets(options: { readHtml?: (filename: string) => string } = {}) {
  const rec = new Recorder();
  const spreadsheet = new FakeSpreadsheet(rec);
  const ui = new FakeUi(rec);
  const logged: unknown[][] = [];
  const services: FakeServices = {
    SpreadsheetApp: {
      getUi: () => {
        rec.log('SpreadsheetApp.getUi');
        return ui as unknown as GUi;
      },
      getActiveSpreadsheet: () => {
        rec.requireData('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet as unknown as GSpreadsheet;
      },
      getActive: () => {
        rec.requireData('SpreadsheetApp.getActive');
        return spreadsheet as unknown as GSpreadsheet;
      },
      // Writes apply at once here, so there is nothing to apply.
      flush: () => rec.log('SpreadsheetApp.flush'),
      WrapStrategy: WRAP_STRATEGIES,
      ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
      BooleanCriteria: BOOLEAN_CRITERIA,
      newConditionalFormatRule: () => {
        rec.log('SpreadsheetApp.newConditionalFormatRule');
        return new FakeConditionalFormatRuleBuilder() as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
      },
    },
    Charts: {
      ChartType: Object.fromEntries(
        [
          'AREA',
          'BAR',
          'BUBBLE',
          'COLUMN',
          'COMBO',
          'LINE',
          'PIE',
          'SCATTER',
          'STEPPED_AREA',
          'TABLE',
        ].map((t) => [t, t]),
      ),
      Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' },
      PointStyle: Object.fromEntries(
        ['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'].map((t) => [t, t]),
      ),
    },
    ScriptApp: {
      AuthMode: {
        NONE: 'NONE',
        LIMITED: 'LIMITED',
        FULL: 'FULL',
        CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
      },
    },
    HtmlService: {
      createHtmlOutputFromFile: (filename: string) => {
        rec.log('HtmlService.createHtmlOutputFromFile');
        if (!options.readHtml) throw new Error(`No HTML file named ${filename} was found.`);
        return new FakeHtmlOutput(options.readHtml(filename));
      },
      createTemplateFromFile: (filename: string) => {
        rec.log('HtmlService.createTemplateFromFile');
        if (!options.readHtml) throw new Error(`No HTML file named ${filename} was found.`);
        return new FakeHtmlTemplate(options.readHtml(filename));
      },
    },
    Utilities: { formatDate },
    console: {
      log: (...a: unknown[]) => logged.push(a),
      info: (...a: unknown[]) => logged.push(a),
      warn: (...a: unknown[]) => logged.push(a),
      error: (...a: unknown[]) => logged.push(a),
    },
  };
  return { rec, spreadsheet, ui, services, logged };
}

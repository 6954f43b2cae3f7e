/**
 * Range and RangeList: a block of cells of one sheet, read and written as Sheets does (2D arrays
 * with "" for empty cells, data of another shape refused, numeric text read as a number), with
 * notes, number formats, wrapping, alignment, data validation and protection.
 */
import { columnLetter, displayFormatted, WRAP_STRATEGIES, type Value } from './cells';
import { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

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

/**
 * Protection: a protected range or sheet, and the message Sheets gives when a script edits one.
 */
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type GRange = GoogleAppsScript.Spreadsheet.Range;

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

/**
 * NamedRange, as Spreadsheet.getNamedRanges() gives it; the names themselves live in the
 * spreadsheet (sheet.ts), which keeps them whatever their letter case.
 */
import type { FakeSpreadsheet } from './sheet';

type GRange = GoogleAppsScript.Spreadsheet.Range;

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

/**
 * The DateReader of one custom-function call: a date cell's year in the spreadsheet's time
 * zone. The zone is read at most once per call, and only when a date is actually passed
 * (Spreadsheet.getSpreadsheetTimeZone, a read-only get method, which custom functions may
 * call); Utilities.formatDate formats the instant in that zone, once per distinct instant in a
 * call (a column of equal dates costs one conversion, not one per cell).
 */
import { type DateReader, LOCAL_DATES } from '../core/base/dates';

type Format = (date: Date, timeZone: string, pattern: string) => string;

export function sheetDates(
  readZone: () => string | null = spreadsheetZone,
  format: Format = (d, z, p) => Utilities.formatDate(d, z, p),
): DateReader {
  let zone: string | null | undefined;
  const days = new Map<number, string>();
  /** yyyy-MM-dd in the sheet's zone (a year past 9999 keeps its digits: 10000-01-01). */
  const day = (d: Date): string => {
    if (zone === undefined) zone = readZone();
    if (!zone) return LOCAL_DATES.day(d);
    let text = days.get(d.getTime());
    if (text === undefined) days.set(d.getTime(), (text = format(d, zone, 'yyyy-MM-dd')));
    return text;
  };
  return { year: (d) => Number(day(d).slice(0, -6)), day };
}

/** The active spreadsheet's zone; null outside Apps Script (no SpreadsheetApp). */
function spreadsheetZone(): string | null {
  if (typeof SpreadsheetApp === 'undefined') return null;
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

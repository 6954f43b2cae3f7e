/**
 * The DateReader of one custom-function call: a date cell's year in the spreadsheet's time
 * zone. The zone is read at most once per call, and only when a date is actually passed
 * (Spreadsheet.getSpreadsheetTimeZone, a read-only get method, which custom functions may
 * call); Utilities.formatDate formats the instant in that zone.
 */
import { type DateReader, LOCAL_DATES } from '../core/dates';

type Format = (date: Date, timeZone: string, pattern: string) => string;

export function sheetDates(
  readZone: () => string | null = spreadsheetZone,
  format: Format = (d, z, p) => Utilities.formatDate(d, z, p),
): DateReader {
  let zone: string | null | undefined;
  const inZone = (): string | null => (zone === undefined ? (zone = readZone()) : zone);
  return {
    year: (d) => {
      const z = inZone();
      return z ? Number(format(d, z, 'yyyy')) : LOCAL_DATES.year(d);
    },
    day: (d) => {
      const z = inZone();
      return z ? format(d, z, 'yyyy-MM-dd') : LOCAL_DATES.day(d);
    },
  };
}

/** The active spreadsheet's zone; null outside Apps Script (no SpreadsheetApp). */
function spreadsheetZone(): string | null {
  if (typeof SpreadsheetApp === 'undefined') return null;
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
}

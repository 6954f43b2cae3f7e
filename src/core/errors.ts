import { type DateReader, LOCAL_DATES } from './dates';
import { isDate } from './values';

/**
 * An error a user can act on: its message names the value and says what is valid.
 * Custom functions let it surface as #ERROR! (single cell) or as an N/A text (ranges);
 * menu actions show it in an alert.
 */
export class TipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TipError';
  }
}

/**
 * A value as a user would recognise it from the sheet: text quoted, booleans as TRUE/FALSE,
 * dates as the day the sheet shows (read in the spreadsheet's time zone by `dates`).
 */
export function show(value: unknown, dates: DateReader = LOCAL_DATES): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    return isNaN(value.getTime()) ? 'an invalid date' : `the date ${dates.day(value)}`;
  }
  if (Array.isArray(value)) return 'a range';
  if (value === null || value === undefined) return 'an empty value';
  return String(value);
}

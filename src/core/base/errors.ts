import { type DateReader, LOCAL_DATES } from './dates';
import { isDate } from './values';

/** The longest message the add-on shows (a cell, an alert, an N/A text): a few lines at most. */
export const MAX_MESSAGE = 1000;
/** The longest echo of a user's value in a message. */
export const MAX_ECHO = 60;

/** A text cut to at most `max` characters, ending with an ellipsis when it was cut. */
export function cap(text: string, max = MAX_MESSAGE): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * An error a user can act on: its message names the value and says what is valid.
 * Custom functions let it surface as #ERROR! (single cell) or as an N/A text (ranges);
 * menu actions show it in an alert. The message is never longer than MAX_MESSAGE.
 */
export class TipError extends Error {
  constructor(message: string) {
    // A user's mistake, not a bug: no stack trace is taken, which costs more than the lookup
    // (a range of 100,000 distinct wrong values makes 100,000 of them).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(cap(message));
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.name = 'TipError';
  }
}

/**
 * A value as a user would recognise it from the sheet: text quoted (cut to MAX_ECHO characters
 * with an ellipsis), booleans as TRUE/FALSE, dates as the day the sheet shows (read in the
 * spreadsheet's time zone by `dates`).
 */
export function show(value: unknown, dates: DateReader = LOCAL_DATES): string {
  if (typeof value === 'string') return JSON.stringify(cap(value, MAX_ECHO - 2));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    return isNaN(value.getTime()) ? 'an invalid date' : `the date ${dates.day(value)}`;
  }
  if (Array.isArray(value)) return 'a range';
  if (value === null || value === undefined) return 'an empty value';
  return cap(String(value), MAX_ECHO);
}

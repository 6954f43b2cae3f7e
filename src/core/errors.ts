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

/** A value as a user would recognise it from the sheet: text quoted, booleans as TRUE/FALSE. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    return isNaN(value.getTime())
      ? 'an invalid date'
      : `the date ${value.toISOString().slice(0, 10)}`;
  }
  if (Array.isArray(value)) return 'a range';
  if (value === null || value === undefined) return 'an empty value';
  return String(value);
}

/** What Sheets passes for one cell: a number, text, a boolean, a Date, or "" for an empty cell. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** True for Date objects from any realm (Sheets' own, or a test's vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** An empty cell ("") or an argument left out. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/**
 * How the calendar fields of a date cell are read. Sheets hands a custom function a date cell
 * as a Date instant; its year must be read in the spreadsheet's time zone, not the script's
 * (the custom-functions guide: "the custom function will need to compensate"). The core takes
 * a reader; src/functions/sheet-dates.ts makes the one that reads the spreadsheet's zone.
 */
export interface DateReader {
  /** The calendar year of the date, such as 2016. */
  year(date: Date): number;
  /** The date as yyyy-MM-dd, as the user reads it in the sheet. */
  day(date: Date): string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The runtime's own zone: only for code that runs outside a spreadsheet. */
export const LOCAL_DATES: DateReader = {
  year: (d) => d.getFullYear(),
  day: (d) => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
};

/**
 * Periods of figures: a whole calendar year, or months of one ("January–June 2019"). A year
 * means the whole year; a part-year figure answers only when its period is asked for.
 */
import { TipError, show } from './errors';
import { parseYear } from './args';
import { type DateReader, LOCAL_DATES } from './dates';
import type { Period } from './types';
import { type CellValue, isDate } from './values';

/** The months' English names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthName(month: number): string {
  return MONTHS[month - 1];
}

/** "jan", "January", "sept" -> 1..12; undefined for anything else. */
function monthNumber(text: string): number | undefined {
  const t = text.toLowerCase().replace(/\.$/, '');
  if (t.length < 3) return undefined;
  const index = MONTHS.findIndex(
    (m) => m.toLowerCase().startsWith(t) || (t === 'sept' && m === 'September'),
  );
  return index < 0 ? undefined : index + 1;
}

/** Whether a period covers its whole year. */
export function isWholeYear(period: Period): boolean {
  return period.fromMonth === undefined || (period.fromMonth === 1 && period.toMonth === 12);
}

export function samePeriod(a: Period, b: Period): boolean {
  if (a.year !== b.year) return false;
  if (isWholeYear(a) || isWholeYear(b)) return isWholeYear(a) && isWholeYear(b);
  return a.fromMonth === b.fromMonth && a.toMonth === b.toMonth;
}

/** Periods in time order: year, then first month (a whole year before its parts). */
export function comparePeriods(a: Period, b: Period): number {
  return (
    a.year - b.year ||
    (isWholeYear(a) ? 0 : (a.fromMonth as number)) -
      (isWholeYear(b) ? 0 : (b.fromMonth as number)) ||
    (a.toMonth ?? 12) - (b.toMonth ?? 12)
  );
}

/** "2015", "March 2003", "January–June 2019". */
export function periodLabel(period: Period): string {
  if (isWholeYear(period)) return String(period.year);
  const from = monthName(period.fromMonth as number);
  return period.fromMonth === period.toMonth
    ? `${from} ${period.year}`
    : `${from}–${monthName(period.toMonth as number)} ${period.year}`;
}

/**
 * The period as a formula argument: 2015 (a number) or "Jan-Jun 2019", "Jun 2002" (text that
 * parsePeriod reads back).
 */
export function periodArgument(period: Period): number | string {
  if (isWholeYear(period)) return period.year;
  const short = (m: number) => monthName(m).slice(0, 3);
  const from = short(period.fromMonth as number);
  return period.fromMonth === period.toMonth
    ? `${from} ${period.year}`
    : `${from}-${short(period.toMonth as number)} ${period.year}`;
}

const HALVES: Record<string, [number, number]> = { '1': [1, 6], '2': [7, 12] };
const QUARTERS: Record<string, [number, number]> = {
  '1': [1, 3],
  '2': [4, 6],
  '3': [7, 9],
  '4': [10, 12],
};

const VALID =
  'give a year such as 2016, or part of one such as "Jan-Jun 2019", "H1 2019", "Q2 2019" or "May 2017"';

/**
 * The longest text a period can be ("September through December 2019" and room to spare): a
 * longer text is no period, and is refused before any pattern reads it, so that reading a
 * period costs time linear in its length (the month-range pattern backtracks on long text
 * such as "tototo…").
 */
export const MAX_PERIOD_TEXT = 64;

/** Reads "H1 2019", "2019 H1", "1H 2019", "Q2 2019", "Jan-Jun 2019", "January to June 2019", "May 2017", "2019-05". */
function parsePeriodText(text: string): Period | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length > MAX_PERIOD_TEXT) return undefined;
  const year = '(\\d{4})';
  const part = (kind: string, n: string, y: string): Period | undefined => {
    const months = (kind.toLowerCase() === 'h' ? HALVES : QUARTERS)[n];
    return months ? { year: Number(y), fromMonth: months[0], toMonth: months[1] } : undefined;
  };
  let m =
    new RegExp(`^([HQ])([1-4]),? ${year}$`, 'i').exec(t) ??
    new RegExp(`^([HQ])([1-4])[ -]${year}$`, 'i').exec(t);
  if (m) return part(m[1], m[2], m[3]);
  m = new RegExp(`^([1-4])([HQ]),? ${year}$`, 'i').exec(t);
  if (m) return part(m[2], m[1], m[3]);
  m = new RegExp(`^${year}[ -]?([HQ])([1-4])$`, 'i').exec(t);
  if (m) return part(m[2], m[3], m[1]);
  m = new RegExp(`^${year}-(\\d{1,2})$`).exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return { year: Number(m[1]), fromMonth: Number(m[2]), toMonth: Number(m[2]) };
  }
  m = new RegExp(`^([a-z]+\\.?)(?: ?(?:-|–|—|to|through) ?([a-z]+\\.?))?,? ${year}$`, 'i').exec(t);
  if (m) {
    const from = monthNumber(m[1]);
    const to = m[2] === undefined ? from : monthNumber(m[2]);
    if (from !== undefined && to !== undefined && from <= to) {
      return { year: Number(m[3]), fromMonth: from, toMonth: to };
    }
  }
  return undefined;
}

/**
 * A figure's period from what a cell holds: a year (number, numeric text or date: the whole
 * year) or text naming part of a year. Whole-year spellings of months ("Jan-Dec 2019") mean
 * the year.
 */
export function parsePeriod(
  value: CellValue,
  name = 'year',
  dates: DateReader = LOCAL_DATES,
): Period {
  if (typeof value === 'string' && !/^\s*\d+(\.0+)?\s*$/.test(value)) {
    const period = parsePeriodText(value);
    if (period && period.year >= 1000 && period.year <= 9999) {
      return isWholeYear(period) ? { year: period.year } : period;
    }
    throw new TipError(`${name} ${show(value)} is not a year or a period: ${VALID}.`);
  }
  if (typeof value === 'number' || typeof value === 'string' || isDate(value)) {
    return { year: parseYear(value, name, dates) };
  }
  throw new TipError(`${name} ${show(value, dates)} is not a year or a period: ${VALID}.`);
}

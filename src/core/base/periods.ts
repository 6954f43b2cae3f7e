/**
 * Periods of figures, as their text gives them: a whole calendar year, months of one
 * ("January–June 2019"), months running into the next ("April 2008–March 2009"), or a report's
 * reporting period ("2021 reporting period"). A year means the whole year; any other period
 * answers only when it is asked for.
 */
import { TipError, show } from './errors';
import { type DateReader, LOCAL_DATES } from './dates';
import type { Period } from './types';
import { type CellValue, isDate } from './values';

/**
 * A four-digit year from a number, numeric text or a date cell (its year in the spreadsheet's
 * time zone, read by `dates`). 2016.5, "abc", TRUE and the like get a message naming the value.
 */
export function parseYear(
  value: CellValue,
  name = 'year',
  dates: DateReader = LOCAL_DATES,
): number {
  let year: number | undefined;
  if (typeof value === 'number') year = value;
  else if (typeof value === 'string' && /^\s*\d+(\.0+)?\s*$/.test(value)) year = Number(value);
  else if (isDate(value) && !isNaN(value.getTime())) year = dates.year(value);
  if (year !== undefined && Number.isInteger(year) && year >= 1000 && year <= 9999) return year;
  throw new TipError(
    `${name} ${show(value, dates)} is not a year: give a four-digit year such as 2016.`,
  );
}

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

/** Whether a period is one whole calendar year. */
export function isWholeYear(period: Period): boolean {
  if (period.reportingPeriod || period.toYear !== undefined) return false;
  return period.fromMonth === undefined || (period.fromMonth === 1 && period.toMonth === 12);
}

/**
 * The kind of a period, as its text gives it: a calendar year, months of one, months running
 * into a later year ("April 2008–March 2009"), or a report's reporting period.
 */
export type PeriodKind = 'year' | 'months' | 'span' | 'reporting period';

export function periodKind(period: Period): PeriodKind {
  if (period.reportingPeriod) return 'reporting period';
  if (isWholeYear(period)) return 'year';
  return period.toYear === undefined ? 'months' : 'span';
}

/**
 * What periods of one series share: their kind and months ("year", "months 1-6", "span 4-3",
 * "reporting period"). Figures whose shapes differ are never drawn as one series.
 */
export function periodShape(period: Period): string {
  const kind = periodKind(period);
  return kind === 'months' || kind === 'span'
    ? `${kind} ${period.fromMonth}-${period.toMonth}`
    : kind;
}

/** One string per distinct period: "2015", "2019 months 1-6", "2008 span 4-3". */
export function periodKey(period: Period): string {
  return `${period.year} ${periodShape(period)}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return periodKey(a) === periodKey(b);
}

/** Where a period starts, in months, for ordering: a whole year before its parts; a reporting period after its year. */
function startOf(period: Period): number {
  if (period.reportingPeriod) return period.year * 12 + 12;
  return period.year * 12 + (isWholeYear(period) ? -0.5 : (period.fromMonth as number) - 1);
}

/** Periods in time order: where they start, then the shorter first. */
export function comparePeriods(a: Period, b: Period): number {
  const end = (p: Period) => (p.toYear ?? p.year) * 12 + (p.toMonth ?? 12);
  return startOf(a) - startOf(b) || end(a) - end(b);
}

/** "2015", "March 2003", "January–June 2019", "April 2008–March 2009", "2021 reporting period". */
export function periodLabel(period: Period): string {
  const kind = periodKind(period);
  if (kind === 'year') return String(period.year);
  if (kind === 'reporting period') return `${period.year} reporting period`;
  const from = monthName(period.fromMonth as number);
  const to = monthName(period.toMonth as number);
  if (kind === 'span') return `${from} ${period.year}–${to} ${period.toYear}`;
  return period.fromMonth === period.toMonth
    ? `${from} ${period.year}`
    : `${from}–${to} ${period.year}`;
}

/**
 * The period as a formula argument: 2015 (a number) or "Jan-Jun 2019", "Jun 2002", "Apr
 * 2008-Mar 2009", "2021 reporting period" (text that parsePeriod reads back).
 */
export function periodArgument(period: Period): number | string {
  const kind = periodKind(period);
  if (kind === 'year') return period.year;
  if (kind === 'reporting period') return `${period.year} reporting period`;
  const short = (m: number) => monthName(m).slice(0, 3);
  const from = short(period.fromMonth as number);
  const to = short(period.toMonth as number);
  if (kind === 'span') return `${from} ${period.year}-${to} ${period.toYear}`;
  return period.fromMonth === period.toMonth
    ? `${from} ${period.year}`
    : `${from}-${to} ${period.year}`;
}

const HALVES: Record<string, [number, number]> = { '1': [1, 6], '2': [7, 12] };
const QUARTERS: Record<string, [number, number]> = {
  '1': [1, 3],
  '2': [4, 6],
  '3': [7, 9],
  '4': [10, 12],
};

const VALID =
  'give a year such as 2016, part of one such as "Jan-Jun 2019", "H1 2019", "Q2 2019" or "May 2017", months across two years such as "Apr 2008-Mar 2009", or a report\'s reporting period such as "2021 reporting period"';

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
  m =
    new RegExp(`^${year} reporting period$`, 'i').exec(t) ??
    new RegExp(`^(?:the )?reporting period(?: of)?(?: the)? ${year}(?: report)?$`, 'i').exec(t) ??
    new RegExp(`^RP ?${year}$`, 'i').exec(t);
  if (m) return { year: Number(m[1]), reportingPeriod: true };
  m = new RegExp(
    `^([a-z]+\\.?),? ${year} ?(?:-|–|—|to|through|until) ?([a-z]+\\.?),? ${year}$`,
    'i',
  ).exec(t);
  if (m) {
    const [from, to] = [monthNumber(m[1]), monthNumber(m[3])];
    const [y1, y2] = [Number(m[2]), Number(m[4])];
    if (from === undefined || to === undefined) return undefined;
    if (y1 === y2 && from <= to) return { year: y1, fromMonth: from, toMonth: to };
    return y2 > y1 ? { year: y1, fromMonth: from, toYear: y2, toMonth: to } : undefined;
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

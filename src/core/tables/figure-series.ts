/**
 * Which rows of the inserted figures table make a chartable series: a metric's rows of one
 * unit that sit together, two or more, about comparable periods (whole years, the same months
 * of different years, reporting periods), and not counts from single events (one rescue, one
 * trial), which are no yearly series. Pure, so that the plan is tested without a spreadsheet.
 */
import { parsePeriod, periodShape } from '../base/periods';
import { groupThousands } from '../base/text';
import { REPORT_COLUMNS, type Table } from './tables';
import type { Period } from '../base/types';

export interface FigureSeries {
  /** Row of the table (0 = header) where the series starts, and how many rows it has. */
  startRow: number;
  rows: number;
  label: string;
  unit: string;
  periods: string[];
  /** Each period's year, as a number for a chart's time axis (2015 for "Jan-Jun 2015"). */
  years: number[];
  /** Each value's qualifier ("at least", "more than"; "" for an exact figure). */
  qualifiers: string[];
  /** What a bar alone does not show: "2016: at least 100". */
  notes: string[];
}

function readPeriod(text: string | number): Period | undefined {
  try {
    return parsePeriod(typeof text === 'number' ? text : String(text));
  } catch {
    return undefined;
  }
}

/** What the rows of one series share: metric, unit, and kind and months of period. */
function seriesKey(row: (string | number)[]): string {
  const C = REPORT_COLUMNS;
  const period = readPeriod(row[C.period]);
  return `${row[C.metric]}\u0000${row[C.unit]}\u0000${period ? periodShape(period) : String(row[C.period])}`;
}

/**
 * The series of the figures table: contiguous rows of one metric, one unit and one kind of
 * period (calendar years; the same months of different years; the same months running into
 * the next year; reporting periods), two or more with distinct years. Figures of different
 * units or periods never share a series: 44 convictions counted is not drawn beside 43
 * traffickers convicted, nor "during the reporting period" beside a calendar year.
 */
export function figureSeries(table: Table, isOneOff: (label: string) => boolean): FigureSeries[] {
  const C = REPORT_COLUMNS;
  const series: FigureSeries[] = [];
  for (let start = 1; start < table.length;) {
    let end = start;
    const key = seriesKey(table[start]);
    while (end + 1 < table.length && seriesKey(table[end + 1]) === key) end++;
    const rows = table.slice(start, end + 1);
    const label = String(rows[0][C.metric]);
    const periods = rows.map((r) => readPeriod(r[C.period]));
    const comparable =
      periods.every((p) => p !== undefined) &&
      new Set(periods.map((p) => (p as Period).year)).size === rows.length;
    const numeric = rows.every((r) => typeof r[C.value] === 'number');
    if (rows.length >= 2 && comparable && numeric && !isOneOff(label)) {
      series.push({
        startRow: start,
        rows: rows.length,
        label,
        unit: String(rows[0][C.unit]),
        periods: rows.map((r) => String(r[C.period])),
        years: periods.map((p) => (p as Period).year),
        qualifiers: rows.map((r) => String(r[C.qualifier] ?? '')),
        notes: rows
          .filter((r) => r[C.qualifier])
          .map((r) => `${r[C.period]}: ${r[C.qualifier]} ${groupThousands(Number(r[C.value]))}`),
      });
    }
    start = end + 1;
  }
  return series;
}

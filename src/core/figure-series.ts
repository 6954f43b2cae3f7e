/**
 * Which rows of the inserted figures table make a chartable series: a metric's rows that sit
 * together, two or more, about comparable periods (whole years, or the same months of
 * different years), and not counts from single events (one rescue, one trial), which are no
 * yearly series. Pure, so that the plan is tested without a spreadsheet.
 */
import { parsePeriod } from './periods';
import { REPORT_COLUMNS, type Table } from './tables';
import type { Period } from './types';

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

const monthsOf = (p: Period) => `${p.fromMonth ?? 1}-${p.toMonth ?? 12}`;

export function figureSeries(table: Table, isOneOff: (label: string) => boolean): FigureSeries[] {
  const C = REPORT_COLUMNS;
  const series: FigureSeries[] = [];
  for (let start = 1; start < table.length;) {
    let end = start;
    while (end + 1 < table.length && table[end + 1][C.metric] === table[start][C.metric]) end++;
    const rows = table.slice(start, end + 1);
    const label = String(rows[0][C.metric]);
    const periods = rows.map((r) => readPeriod(r[C.period]));
    const comparable =
      periods.every((p) => p !== undefined) &&
      new Set(periods.map((p) => monthsOf(p as Period))).size === 1 &&
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
          .map((r) => `${r[C.period]}: ${r[C.qualifier]} ${r[C.value]}`),
      });
    }
    start = end + 1;
  }
  return series;
}

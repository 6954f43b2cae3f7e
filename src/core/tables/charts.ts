/**
 * What the add-on's charts show, as plain data; the builder calls live in src/menu/charts.ts and
 * every method and option used here is listed, with the page that documents it, in
 * ./chart-options.ts.
 *
 * Each chart reads one contiguous block that the add-on writes beside its table: the first
 * column is the domain, then one column per series, with a header row naming each; columns
 * after the series are for the reader (and for checking), not plotted.
 *
 * The tier chart plots TIP_TIER_NUMBER's own numbers (Tier 1 = 1 … Tier 3 = 3, src/core/tiers/tiers.ts)
 * as stacked columns, one series per tier in the tier's colour, so that the legend names each
 * tier by its colour: a reader reads the tier from the colour and the legend, and its number
 * from the axis. The report years are text, one category each, every year from the first
 * report to the last with no gap in the axis: a year without a tier is an empty slot.
 * The figures charts are scatter charts: the first column (years as numbers) is the x axis, so
 * a year without a figure is a visible gap, and a lower bound ("at least") is its own series,
 * marked in its own colour and named in the legend on the point itself.
 */
import type { DataIndex } from '../data-index';
import { figureSeries } from './figure-series';
import { ANY, compareTier, comparisonText, tierYears } from '../tiers/compare';
import { REPORT_COLUMNS } from './tables';
import { TIER_COLOURS, TIER_LABELS, TIER_NUMBERS } from '../tiers/tiers';
import { yearRanges } from '../base/text';
import type { Country } from '../base/types';

export type Block = (string | number)[][];

/**
 * What a chart is told, through documented builder methods (setTitle, setXAxisTitle,
 * setYAxisTitle, setLegendPosition, setPointStyle, setRange, setStacked, setXAxisRange,
 * setYAxisRange, setColors) and the few options only setOption can give.
 */
export interface ChartSpec {
  type: 'LINE' | 'COLUMN' | 'SCATTER';
  title: string;
  xTitle: string;
  yTitle: string;
  /** A Charts.Position name. */
  legend: 'BOTTOM' | 'NONE';
  /** A Charts.PointStyle name (line and scatter charts). */
  points?: 'MEDIUM' | 'LARGE';
  /** The value axis range [start, end] (setRange; setYAxisRange for a scatter chart). */
  range?: [number, number];
  /** The horizontal axis range [start, end] (setXAxisRange, scatter charts). */
  xRange?: [number, number];
  /** Series stacked into one column per category (setStacked, column charts). */
  stacked?: boolean;
  /** One CSS colour per series (setColors). */
  colors?: string[];
  /** Option name, as the chart configuration options page spells it -> value. */
  options: Record<string, string | number | boolean>;
}

export interface ChartData {
  /** Header row, then one row per domain value. */
  block: Block;
  /** How many columns after the domain are series (the chart reads 1 + series columns). */
  series: number;
  spec: ChartSpec;
}

/** The first TIP report (2001): the tier chart's axis starts there whatever the country. */
export const FIRST_REPORT_YEAR = 2001;

/** The vertical axis title: the numbers' meaning, short enough to show whole at 371 px. */
export const TIER_AXIS_TITLE = 'TIP_TIER_NUMBER (1 = Tier 1, 3 = Tier 3)';

/**
 * A country's tier for every report year from the first report (2001) to the last any source
 * covers, one row each: the report year (text), then one column per tier (TIER_LABELS order)
 * holding TIP_TIER_NUMBER's number in the column of the year's tier and nothing in the others,
 * which the chart stacks into one column per year in that tier's colour; then, not plotted,
 * each source's number (registry order) and how the sources compare. The plotted tier is the
 * one TIP_TIER(year, country, "any") gives, as the timeline's Tier column; where sources
 * disagree, or none speaks, the year's slot stays empty.
 */
export function tierChartData(ds: DataIndex, country: Country): ChartData {
  const sources = ds.sources;
  const last = Math.max(
    FIRST_REPORT_YEAR,
    ...sources.flatMap((s) => s.reportYears()),
    ...tierYears(ds, country, ANY),
  );
  const block: Block = [
    [
      'Report year',
      ...TIER_LABELS,
      ...sources.map((s) => `${s.entry.column} (TIP_TIER_NUMBER)`),
      'Sources compared',
    ],
  ];
  for (let year = FIRST_REPORT_YEAR; year <= last; year++) {
    const c = compareTier(ds, country, year);
    const shown = c.verdict === 'differs' ? undefined : c.given[0]?.answer?.tier;
    const number = (s: (typeof sources)[number]) => {
      const tier = c.all.find((a) => a.source === s)?.answer?.tier;
      return tier ? TIER_NUMBERS[tier] : '';
    };
    block.push([
      String(year),
      ...TIER_LABELS.map((t) => (t === shown ? TIER_NUMBERS[t] : '')),
      ...sources.map(number),
      c.given.length ? comparisonText(c) : 'no source gives a tier',
    ]);
  }
  return {
    block,
    series: TIER_LABELS.length,
    spec: {
      type: 'COLUMN',
      title: `${country.name}: TIP report tier by report year, ${FIRST_REPORT_YEAR}–${last}`,
      xTitle: 'Report year (no column: no tier, or the sources disagree)',
      yTitle: TIER_AXIS_TITLE,
      legend: 'BOTTOM',
      range: [0, 3],
      stacked: true,
      colors: TIER_LABELS.map((t) => TIER_COLOURS[t].fill),
      options: {},
    },
  };
}

/** "2015–2016" for whole years; the periods themselves otherwise. */
function periodSpan(periods: readonly string[]): string {
  const years = periods.map(Number);
  return years.every((y) => Number.isInteger(y)) ? yearRanges(years) : periods.join(', ');
}

/**
 * A value axis end a little above `top`, on a "nice" step (1, 2, 2.5 or 5 times a power of ten,
 * about four steps to the top), so that the highest point is not on the chart's edge.
 */
function axisEnd(top: number): number {
  if (!(top > 0)) return 1;
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((v) => v >= raw)!;
  return Math.ceil((top * 1.05) / step) * step;
}

/**
 * The charts of the figures table: one per series (src/core/tables/figure-series.ts: a metric's
 * comparable periods, never a one-off event), so that each chart has one unit, named in its
 * vertical axis title. Each is a scatter chart over a block of year (a number: the x axis is a
 * time axis, and a year without a figure is a visible gap) and value; a value that is a lower
 * bound ("at least 100") is in a second series of its own colour, which the legend names, so
 * that the point itself says it, and the title says it too.
 */
/** The qualifiers of a lower bound, drawn as a series of their own. */
const LOWER_BOUNDS = new Set(['at least', 'more than']);

export function figureChartData(table: Block, country: string, ds: DataIndex): ChartData[] {
  const oneOff = (label: string) => ds.metrics.some((m) => m.label === label && m.oneOff === true);
  return figureSeries(table, oneOff).map((s) => {
    const values = table.slice(s.startRow, s.startRow + s.rows).map((r) => r[REPORT_COLUMNS.value]);
    const qualified = s.notes.length ? ` (${s.notes.join('; ')})` : '';
    // Only "at least" and "more than" bound a value from below; "about" is plotted as given,
    // its wording in the title.
    const isBound = (q: string) => LOWER_BOUNDS.has(q);
    const bounds = [...new Set(s.qualifiers.filter(isBound))];
    const header = [
      'Year the figure is about',
      `${s.label} (${s.unit})`,
      ...(bounds.length ? [`${bounds.join(' / ')} (a lower bound)`] : []),
    ];
    const rows = s.years.map((year, i) => {
      const bound = isBound(s.qualifiers[i]);
      return [year, bound ? '' : values[i], ...(bounds.length ? [bound ? values[i] : ''] : [])];
    });
    const top = Math.max(...values.map(Number));
    const first = Math.min(...s.years);
    const last = Math.max(...s.years);
    const months = s.periods.some((p) => !/^\d{4}$/.test(p));
    return {
      block: [header, ...rows],
      series: header.length - 1,
      spec: {
        type: 'SCATTER',
        title: `${country}: ${s.label} (${s.unit}), ${periodSpan(s.periods)}${qualified}`,
        xTitle: months ? 'Year of the period the figure is about' : 'Year the figure is about',
        yTitle: s.unit,
        legend: bounds.length ? 'BOTTOM' : 'NONE',
        points: 'LARGE',
        range: [0, axisEnd(top)],
        xRange: [first - 1, last + 1],
        colors: ['#0072B2', '#D55E00'].slice(0, header.length - 1),
        options: {},
      },
    };
  });
}

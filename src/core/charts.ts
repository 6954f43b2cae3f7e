/**
 * What the add-on's charts show, as plain data; the builder calls live in src/menu/charts.ts and
 * every option used here is listed, with the page that documents it, in ./chart-options.ts.
 *
 * Each chart reads one contiguous block that the add-on writes beside its table: the first
 * column is the domain (report years as text, so that Sheets cannot take them for a series),
 * then one column per series, with a header row naming each. Sheets is asked for nothing it
 * does not document: Tier 1 is on top because it is the highest plotted value, the tier names
 * are in the vertical axis title and in the block itself, and a year a source does not cover is
 * an empty cell, which draws no column.
 */
import type { Dataset } from './dataset';
import { figureSeries } from './figure-series';
import { ANY, compareTier, comparisonText, tierYears } from './compare';
import type { TierSource } from './sources/source';
import { REPORT_COLUMNS } from './tables';
import { yearRanges } from './text';
import type { Country, TierLabel } from './types';

export type Block = (string | number)[][];

/**
 * What a chart is told, through documented builder methods (setTitle, setXAxisTitle,
 * setYAxisTitle, setLegendPosition, setPointStyle, setRange) and the few options only
 * setOption can give.
 */
export interface ChartSpec {
  type: 'LINE' | 'COLUMN';
  title: string;
  xTitle: string;
  yTitle: string;
  /** A Charts.Position name. */
  legend: 'BOTTOM' | 'NONE';
  /** A Charts.PointStyle name (line charts). */
  points?: 'MEDIUM';
  /** The value axis range [start, end] (setRange). */
  range?: [number, number];
  /** One CSS colour per series (setColors, line charts). */
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

/** The plotted height of each tier: the best tier is the highest value, so it is on top. */
export const TIER_LEVELS: Readonly<Record<TierLabel, number>> = {
  'Tier 1': 4,
  'Tier 2': 3,
  'Tier 2 Watch List': 2,
  'Tier 3': 1,
};

const LEVEL_KEY = Object.entries(TIER_LEVELS)
  .map(([label, level]) => `${level} = ${label}`)
  .join(', ');

/** The axis title: short enough to fit beside a chart of Sheets' default height. */
const SHORT_LEVEL_KEY = '4=Tier 1, 3=Tier 2, 2=Watch List, 1=Tier 3';

/** One colour per source, in registry order (report, articles, dataset, then any added). */
export const SOURCE_COLOURS = ['#188038', '#1a5fc9', '#f29900', '#a142f4', '#d93025'];

/**
 * A country's tier for every report year from the first year any source places it to the
 * last, one row each: report year, the level in each source (registry order), and the
 * sources in words. It is drawn as grouped columns, one per source and year, each source in
 * its own colour: where sources agree their columns stand side by side at the same height, so
 * no source hides another (lines at the same level would be drawn over one another), and a
 * year a source does not cover has no column of that colour. The axis starts at 0, so that
 * Tier 3 (level 1) still has a column.
 */
export function tierChartData(ds: Dataset, country: Country): ChartData {
  const years = tierYears(ds, country, ANY);
  const sources = ds.sources;
  const block: Block = [
    ['Report year', ...sources.map((s) => `Tier in ${s.label}`), `Tier (plotted as ${LEVEL_KEY})`],
  ];
  for (let year = years[0]; year <= years[years.length - 1]; year++) {
    const c = compareTier(ds, country, year);
    const level = (s: TierSource) => {
      const tier = c.all.find((a) => a.source === s)?.answer?.tier;
      return tier ? TIER_LEVELS[tier] : '';
    };
    block.push([String(year), ...sources.map(level), comparisonText(c)]);
  }
  return {
    block,
    series: sources.length,
    spec: {
      type: 'COLUMN',
      title: `${country.name}: TIP report tier by report year, in ${sources.length} sources`,
      xTitle: 'Report year (no column: no tier in that source)',
      yTitle: SHORT_LEVEL_KEY,
      legend: 'BOTTOM',
      range: [0, 4],
      colors: sources.map((_, i) => SOURCE_COLOURS[i % SOURCE_COLOURS.length]),
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
 * The column charts of the figures table: one per series (src/core/figure-series.ts: a
 * metric's comparable periods, never a one-off event), each a block of period and value. Units
 * differ by orders of magnitude, so metrics are not mixed; what a bar cannot show ("at least")
 * is in the title.
 */
export function figureChartData(table: Block, country: string, ds: Dataset): ChartData[] {
  const oneOff = (label: string) => ds.metrics.some((m) => m.label === label && m.oneOff === true);
  return figureSeries(table, oneOff).map((s) => {
    const values = table.slice(s.startRow, s.startRow + s.rows).map((r) => r[REPORT_COLUMNS.value]);
    const qualified = s.notes.length ? ` (${s.notes.join('; ')})` : '';
    return {
      block: [['Period', `${s.label} (${s.unit})`], ...s.periods.map((p, i) => [p, values[i]])],
      series: 1,
      spec: {
        type: 'COLUMN',
        title: `${country}: ${s.label} (${s.unit}), ${periodSpan(s.periods)}${qualified}`,
        xTitle: 'Period the figure is about',
        yTitle: s.unit,
        legend: 'NONE',
        options: {},
      },
    };
  });
}

/**
 * What the add-on's charts show, as plain data; the builder calls live in src/menu/charts.ts and
 * every option used here is listed, with the page that documents it, in ./chart-options.ts.
 *
 * Each chart reads one contiguous block that the add-on writes beside its table: the first
 * column is the domain (report years as text, so that Sheets cannot take them for a series),
 * then one column per series, with a header row naming each. Sheets is asked for nothing it
 * does not document: Tier 1 is on top because it is the highest plotted value, the tier names
 * are in the vertical axis title and in the block itself, and a year with no placement is an
 * empty cell, which with interpolateNulls false leaves a break in the line.
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

/** One colour per source, in registry order (report, articles, dataset, then any added). */
export const SOURCE_COLOURS = ['#188038', '#1a5fc9', '#f29900', '#a142f4', '#d93025'];

/**
 * A country's tier for every report year from the first year any source places it to the
 * last, one row each: report year, the level in each source, and the sources in words. The
 * series run in reverse registry order, so that the source "any" prefers is drawn last, on
 * top, where they agree; each has its own colour, and the words column says which agree. A
 * cell is empty where its source has no tier, so each line breaks there.
 */
export function tierChartData(ds: Dataset, country: Country): ChartData {
  const years = tierYears(ds, country, ANY);
  const sources = [...ds.sources].reverse();
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
  const colours = ds.sources.map((_, i) => SOURCE_COLOURS[i % SOURCE_COLOURS.length]).reverse();
  return {
    block,
    series: sources.length,
    spec: {
      type: 'LINE',
      title: `${country.name}: TIP report tier by report year, in ${ds.sources.length} sources`,
      xTitle: 'Report year (a gap: no tier in that source)',
      yTitle: `Tier: ${LEVEL_KEY}`,
      legend: 'BOTTOM',
      points: 'MEDIUM',
      range: [1, 4],
      colors: colours,
      options: { interpolateNulls: false },
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

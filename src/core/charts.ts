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
import { tierFact } from './lookup';
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

/**
 * A country's tier for every report year from its first placement to its last, one row each:
 * report year, the level plotted (empty where the sources give no placement), and the tier
 * in words. A second series (another source's tier) is one more column before the words.
 */
export function tierChartData(ds: Dataset, country: Country): ChartData {
  const years = ds.tierYears(country.name);
  const block: Block = [['Report year', 'Tier in the articles', `Tier (plotted as ${LEVEL_KEY})`]];
  for (let year = years[0]; year <= years[years.length - 1]; year++) {
    if (years.includes(year)) {
      const tier = tierFact(ds, country, year).tier;
      block.push([String(year), TIER_LEVELS[tier], tier]);
    } else {
      block.push([String(year), '', 'no placement in the sources']);
    }
  }
  return {
    block,
    series: 1,
    spec: {
      type: 'LINE',
      title: `${country.name}: TIP report tier by report year`,
      xTitle: 'Report year (a gap: no placement in the sources)',
      yTitle: `Tier: ${LEVEL_KEY}`,
      legend: 'BOTTOM',
      points: 'MEDIUM',
      range: [1, 4],
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

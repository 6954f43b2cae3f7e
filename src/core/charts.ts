/**
 * What the add-on's charts show, as plain data: the builder calls live in src/menu/charts.ts.
 * Options use the `vAxes.0` form, which embedded Sheets charts honour (a `vAxis` object is
 * ignored by EmbeddedChartBuilder).
 */
import { TIER_NUMBERS } from './tiers';
import { yearRanges } from './text';

export interface ChartSpec {
  title: string;
  options: Record<string, unknown>;
}

export function timelineChartSpec(country: string, years: readonly number[]): ChartSpec {
  const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : '';
  const ticks = Object.entries(TIER_NUMBERS).map(([label, v]) => ({ v, f: label }));
  return {
    title: `${country}: TIP report tier, ${span} reports`,
    options: {
      legend: { position: 'none' },
      pointSize: 6,
      hAxis: { title: 'Report year', format: '0' },
      'vAxes.0.title': 'Tier (Tier 1 on top)',
      'vAxes.0.direction': -1,
      'vAxes.0.ticks': ticks,
      'vAxes.0.viewWindow': { min: 0.75, max: 3.25 },
      subtitle: `Years with a placement in the sources: ${yearRanges(years)}`,
    },
  };
}

/** "2015–2016" for whole years; the periods themselves otherwise ("January–June 2018, January–June 2019"). */
function periodSpan(periods: readonly string[]): string {
  const years = periods.map(Number);
  return years.every((y) => Number.isInteger(y)) ? yearRanges(years) : periods.join(', ');
}

export function figureChartSpec(
  country: string,
  label: string,
  unit: string,
  periods: readonly string[],
  notes: readonly string[] = [],
): ChartSpec {
  const qualified = notes.length ? ` (${notes.join('; ')})` : '';
  return {
    title: `${country}: ${label} (${unit}), ${periodSpan(periods)}${qualified}`,
    options: {
      legend: { position: 'none' },
      hAxis: { title: 'Period the figure is about' },
      'vAxes.0.title': unit,
      'vAxes.0.viewWindow': { min: 0 },
    },
  };
}

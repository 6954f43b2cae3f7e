/**
 * The tier chart's data (src/core/tables/charts.ts) for a country other than Cambodia: every report
 * year 2001–2025 is a row, and a year without a tier is an empty slot (a visible gap), its
 * numbers those of TIP_TIER_NUMBER for each source.
 */
import { getDataIndex } from '../../src/data';
import { FIRST_REPORT_YEAR, tierChartData } from '../../src/core/tables/charts';
import { compareTier } from '../../src/core/tiers/compare';
import { TIER_NUMBERS } from '../../src/core/tiers/tiers';

const ds = getDataIndex();

test('Singapore: every report year a row, the years without a tier empty slots', () => {
  const country = ds.findCountry('Singapore')!;
  const { block, series } = tierChartData(ds, country);
  expect(series).toBe(4);
  const years = block.slice(1).map((r) => Number(r[0]));
  expect(years[0]).toBe(FIRST_REPORT_YEAR);
  expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2001 + i));
  expect(years.at(-1)).toBe(2025);
  const gaps = block.slice(1).filter((r) => r.slice(1, 5).every((v) => v === ''));
  // 2003: the record says NA (not ranked), no source gives a tier; and no tier after 2015.
  expect(gaps.map((r) => Number(r[0]))).toContain(2003);
  expect(gaps.map((r) => Number(r[0]))).toContain(2020);
  for (const row of block.slice(1)) {
    const c = compareTier(ds, country, Number(row[0]));
    const plotted = row.slice(1, 5).filter((v) => v !== '');
    const shown = c.verdict === 'differs' ? undefined : c.given[0]?.answer?.tier;
    expect(plotted).toEqual(shown ? [TIER_NUMBERS[shown]] : []);
    expect(row.at(-1)).toEqual(c.given.length ? expect.any(String) : 'no source gives a tier');
  }
});

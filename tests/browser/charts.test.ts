/**
 * The charts of the preview, drawn from the recorded builder calls as Sheets draws them: nice
 * tick values with thousands separators, the unit as the axis title, titles on lines that fit
 * the chart (wrapping itself is tested in tests/preview-charts.test.ts), years on a continuous
 * axis; the tier chart's grouped columns, one per source and year in the source's colour, at
 * Sheets' default size. Screenshots: tests/artifacts/charts.png, chart-tiers.png and
 * chart-tiers-alone.png.
 */
import type { Locator } from 'playwright-core';
import { DATA_FILES } from '../../src/data';
import { ARTIFACTS, cell, chooseMenuItem, screenshot, usePreview } from './preview-page';

jest.setTimeout(90_000);

const preview = usePreview();

/** The tick labels of the vertical axis (right-aligned at the plot's left edge). */
const vTicks = (chart: Locator) =>
  chart.locator('text.chart-axis[text-anchor="end"]').allTextContents();

test('figure charts: nice ticks with thousands separators, the unit, wrapped titles', async () => {
  const { page, dialogs } = await preview.open({ width: 1400, height: 1000 });
  await cell(page, 'A1').click();
  await chooseMenuItem(page, 'Chart figures');
  expect(dialogs).toEqual([]);
  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);

  const funding = charts.filter({ hasText: 'Funding of the national' });
  const ticks = await vTicks(funding);
  // setYAxisRange(0, 1,250,000): the largest figure (1,000,000 in 2016) with room above.
  expect(ticks).toEqual(['0', '250,000', '500,000', '750,000', '1,000,000', '1,250,000']);
  expect(await funding.locator('text.chart-axis-title').allTextContents()).toContain('USD');
  expect(await funding.locator('circle.chart-dot').count()).toBe(2);

  // Every title is whole, on lines that fit inside the chart.
  for (const chart of await charts.all()) {
    const svgWidth = Number(await chart.locator('svg').getAttribute('width'));
    const title = (await chart.locator('svg').getAttribute('aria-label'))!;
    const lines = await chart.locator('text.chart-title tspan').allTextContents();
    expect(lines.join(' ')).toBe(title);
    const widths = await chart
      .locator('text.chart-title tspan')
      .evaluateAll((els) => els.map((e) => (e as SVGTextContentElement).getComputedTextLength()));
    for (const w of widths) expect(w).toBeLessThanOrEqual(svgWidth - 32);
    // Every vertical tick is a round number: 1, 2, 2.5 or 5 times a power of ten apart.
    const values = (await vTicks(chart)).map((t) => Number(t.replace(/,/g, '')));
    const step = values[1] - values[0];
    expect(values.every((v, i) => i === 0 || Math.abs(v - values[i - 1] - step) < 1e-9)).toBe(true);
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect([1, 2, 2.5, 5]).toContain(+mantissa.toFixed(6));
  }
  await charts.first().scrollIntoViewIfNeeded();
  await screenshot(page, 'charts');
  await page.close();
});

/** Report years as runs: [2001, 2010] is 2001–2010. */
const years = (...runs: [number, number][]) =>
  runs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));

/**
 * The tier chart's expected columns, from the data files themselves: for each source, its
 * Cambodian report years and tiers; each tier is plotted at TIP_TIER_NUMBER's number (Tier 1 =
 * 1 … Tier 3 = 3) in its Okabe–Ito colour.
 */
const NUMBER: Record<string, number> = {
  'Tier 1': 1,
  'Tier 2': 2,
  'Tier 2 Watch List': 2.5,
  'Tier 3': 3,
};
const COLOUR: Record<string, string> = {
  'Tier 1': '#009E73',
  'Tier 2': '#0072B2',
  'Tier 2 Watch List': '#E69F00',
  'Tier 3': '#D55E00',
};

/** A documents source's Cambodian placements (src/data/report-placements.json, placements.json). */
function documentTiers(placements: { country: string; year: number; tier: string }[]) {
  const out = new Map<number, string>();
  for (const p of placements.filter((p) => p.country === 'Cambodia')) {
    // Two documents of one source that give the same year agree.
    expect(out.get(p.year) ?? p.tier).toBe(p.tier);
    out.set(p.year, p.tier);
  }
  return out;
}

/**
 * Kelley and Heiss's row for Cambodia (src/data/reference-tiers.json): "KHM|Cambodia||codes",
 * one code a report year over the record's years, decoded with the file's own coding line.
 */
function recordTiers() {
  const ref = DATA_FILES.referenceTiers;
  const entries = ref.countries.filter((e) => e.startsWith('KHM|'));
  expect(entries).toHaveLength(1);
  const [, name, runs, codes] = entries[0].split('|');
  expect([name, runs]).toEqual(['Cambodia', '']); // the usual run: the record's years
  const [first, last] = ref.years.split('-').map(Number);
  expect(codes).toHaveLength(last - first + 1);
  const tierOf = Object.fromEntries(
    [...ref.coding.matchAll(/(\d) = (Tier [^,]+?)(?=,|$)/g)].map((m) => [m[1], m[2]]),
  );
  expect(tierOf).toEqual({ 1: 'Tier 1', 2: 'Tier 2', 3: 'Tier 2 Watch List', 4: 'Tier 3' });
  const out = new Map<number, string>();
  [...codes].forEach((code, i) => {
    if (code !== '-') out.set(first + i, tierOf[code]);
  });
  return out;
}

const Y_TITLE = 'TIP_TIER_NUMBER (1 = Tier 1, 3 = Tier 3)';

/** Opens a fresh preview page and charts the tier timeline from A1. */
async function tierChart() {
  const { page } = await preview.open({ width: 1400, height: 1000 });
  await cell(page, 'A1').click();
  await chooseMenuItem(page, 'Chart tier timeline');
  return { page, chart: page.locator('figure.chart') };
}

test("the tier chart at Sheets' default size: one column per report year at TIP_TIER_NUMBER's number in its tier's colour, every year labelled, the tiers named in the legend", async () => {
  const { page, chart } = await tierChart();
  expect(await chart.count()).toBe(1);
  expect(await chart.getAttribute('data-type')).toBe('COLUMN');
  // Sheets' default size: the builder sets none.
  const svg = chart.locator('svg');
  expect([await svg.getAttribute('width'), await svg.getAttribute('height')]).toEqual([
    '600',
    '371',
  ]);
  // The documented setRange(0, 3): TIP_TIER_NUMBER's scale, Tier 1 = 1 … Tier 3 = 3.
  expect(await vTicks(chart)).toEqual(['0', '1', '2', '3']);
  const grid = await chart
    .locator('line.chart-grid')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('y1'))));
  expect(grid).toHaveLength(4);
  const yOf = (n: number) => grid[0] + (n / 3) * (grid[3] - grid[0]);
  expect(await chart.locator('text[data-role="y-title"]').getAttribute('data-full')).toBe(Y_TITLE);
  expect(await chart.locator('text.chart-axis-title').last().textContent()).toBe(
    'Report year (no column: no tier, or the sources disagree)',
  );

  // The horizontal axis: every report year 2001–2025 labelled (on two alternating levels, as
  // Google Charts staggers crowded labels), none overlapping another.
  const xLabels = chart.locator('text.chart-axis[text-anchor="middle"]');
  const labels = (await xLabels.allTextContents()).map(Number);
  expect(labels).toEqual(years([2001, 2025]));
  const boxes = await xLabels.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: Math.round(r.top) };
    }),
  );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.top === b.top) expect(a.right <= b.left || b.right <= a.left).toBe(true);
  const xs = await xLabels.evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
  const perYear = (xs[xs.length - 1] - xs[0]) / (labels[labels.length - 1] - labels[0]);
  const centreOf = (year: number) => xs[0] + (year - labels[0]) * perYear;

  // The sources, from the data files: wherever two give a tier for a year, they agree, so the
  // plotted tier is theirs whichever source "any" takes first.
  const sources = [
    documentTiers(DATA_FILES.reportPlacements),
    recordTiers(),
    documentTiers(DATA_FILES.placements),
  ];
  expect(sources.map((m) => m.size)).toEqual([19, 15, 22]);
  const expected = new Map<number, string>();
  for (const m of sources)
    for (const [year, tier] of m) {
      expect(expected.get(year) ?? tier).toBe(tier);
      expected.set(year, tier);
    }
  expect([...expected.keys()].sort((a, b) => a - b)).toEqual(years([2001, 2025]));

  const bars = await chart.locator('rect.chart-bar').evaluateAll((els) =>
    els.map((e) => ({
      fill: e.getAttribute('fill')!,
      x: Number(e.getAttribute('x')),
      y: Number(e.getAttribute('y')),
      width: Number(e.getAttribute('width')),
      height: Number(e.getAttribute('height')),
    })),
  );
  expect(bars).toHaveLength(25);
  const yearOf = (b: { x: number; width: number }) =>
    Math.round(labels[0] + (b.x + b.width / 2 - xs[0]) / perYear);
  expect(bars.map(yearOf).sort((a, b) => a - b)).toEqual(years([2001, 2025]));
  for (const b of bars) {
    const tier = expected.get(yearOf(b))!;
    expect(b.fill).toBe(COLOUR[tier]);
    // From the axis (0) up to TIP_TIER_NUMBER's number, wide enough to see, inside its slot.
    expect(b.y + b.height).toBeCloseTo(yOf(0), 6);
    expect(b.y).toBeCloseTo(yOf(NUMBER[tier]), 6);
    expect(b.width).toBeGreaterThanOrEqual(10);
    expect(b.x).toBeGreaterThanOrEqual(centreOf(yearOf(b)) - perYear / 2);
    expect(b.x + b.width).toBeLessThanOrEqual(centreOf(yearOf(b)) + perYear / 2);
  }
  // The real record: 2002 and 2022–2025 Tier 3, 2006 the Watch List, 2018 Tier 2.
  const fillOf = (year: number) => bars.find((b) => yearOf(b) === year)!.fill;
  expect([2002, 2006, 2018, 2025].map(fillOf)).toEqual([
    COLOUR['Tier 3'],
    COLOUR['Tier 2 Watch List'],
    COLOUR['Tier 2'],
    COLOUR['Tier 3'],
  ]);

  // The legend, at the bottom, names the four tiers in their colours, each name whole inside
  // the chart and clear of the others, below the horizontal axis title.
  const legend = await chart.evaluate((figure) => {
    const svg = figure.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    const xTitle = [...svg.querySelectorAll('text.chart-axis-title')].at(-1)!;
    return [...svg.querySelectorAll('rect[width="10"]')].map((swatch) => {
      const name = swatch.nextElementSibling as SVGTextElement;
      const r = name.getBoundingClientRect();
      return {
        colour: swatch.getAttribute('fill'),
        name: name.textContent,
        left: r.left - box.left,
        right: r.right - box.left,
        top: r.top - box.top,
        bottom: r.bottom - box.top,
        swatchLeft: swatch.getBoundingClientRect().left - box.left,
        width: box.width,
        height: box.height,
        below: xTitle.getBoundingClientRect().bottom - box.top,
      };
    });
  });
  expect(legend.map((l) => [l.colour, l.name])).toEqual(
    Object.entries(COLOUR).map(([tier, colour]) => [colour, tier]),
  );
  for (const [i, l] of legend.entries()) {
    expect(l.left).toBeGreaterThanOrEqual(0);
    expect(l.right).toBeLessThanOrEqual(l.width);
    expect(l.bottom).toBeLessThanOrEqual(l.height);
    expect(l.top).toBeGreaterThanOrEqual(l.below);
    if (i > 0) expect(l.swatchLeft).toBeGreaterThan(legend[i - 1].right);
  }
  await screenshot(page, 'chart-tiers');
  await chart.screenshot({ path: `${ARTIFACTS}/chart-tiers-alone.png` });
  await page.close();
});

// The axis title (src/core/tables/charts.ts TIER_AXIS_TITLE) fits beside a chart of Sheets' default
// height: at 600 × 371 the preview's plot is 247 px high, and the title is drawn in italic
// 12 px in the font this machine has for the preview's "Roboto, Arial" (Liberation Sans;
// Roboto is not installed, so whether Sheets draws it narrower is a check for real Sheets).
test("the tier chart's vertical axis title shows whole at Sheets' default size", async () => {
  const { page, chart } = await tierChart();
  try {
    const yTitle = chart.locator('text[data-role="y-title"]');
    // Whole: no ellipsis, and turned on its side it stays within the plot's height, inside the
    // chart and left of the tick labels.
    expect(await yTitle.textContent()).toBe(Y_TITLE);
    const fit = await chart.evaluate((figure) => {
      const svg = figure.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const t = svg.querySelector('text[data-role="y-title"]')!.getBoundingClientRect();
      const grid = [...svg.querySelectorAll('line.chart-grid')].map((l) =>
        l.getBoundingClientRect(),
      );
      return {
        top: t.top - box.top,
        bottom: t.bottom - box.top,
        left: t.left - box.left,
        right: t.right - box.left,
        plotTop: Math.min(...grid.map((l) => l.top)) - box.top,
        plotBottom: Math.max(...grid.map((l) => l.bottom)) - box.top,
        plotLeft: Math.min(...grid.map((l) => l.left)) - box.left,
      };
    });
    expect(fit.left).toBeGreaterThanOrEqual(0);
    expect(fit.right).toBeLessThan(fit.plotLeft);
    expect(fit.top).toBeGreaterThanOrEqual(fit.plotTop - 1);
    expect(fit.bottom).toBeLessThanOrEqual(fit.plotBottom + 1);
  } finally {
    await page.close();
  }
});

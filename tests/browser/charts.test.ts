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
import {
  ARTIFACTS,
  cell,
  openPreview,
  screenshot,
  startPreview,
  type Preview,
} from './preview-page';

jest.setTimeout(90_000);

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview();
});
afterAll(async () => {
  await preview?.stop();
});

/** The tick labels of the vertical axis (right-aligned at the plot's left edge). */
const vTicks = (chart: Locator) =>
  chart.locator('text.chart-axis[text-anchor="end"]').allTextContents();

test('figure charts: nice ticks with thousands separators, the unit, wrapped titles', async () => {
  const { page, dialogs } = await openPreview(preview, { width: 1400, height: 1000 });
  await cell(page, 'A1').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Chart figures' }).click();
  expect(dialogs).toEqual([]);
  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);

  const funding = charts.filter({ hasText: 'Funding of the national' });
  const ticks = await vTicks(funding);
  expect(ticks).toEqual(['0', '200,000', '400,000', '600,000', '800,000', '1,000,000']);
  expect(await funding.locator('text.chart-axis-title').allTextContents()).toContain('USD');
  expect(await funding.locator('rect.chart-bar').count()).toBe(2);

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
 * Cambodian report years and the level each tier is plotted at (the axis title's key: 4 = Tier
 * 1, 3 = Tier 2, 2 = Watch List, 1 = Tier 3).
 */
const LEVEL: Record<string, number> = {
  'Tier 1': 4,
  'Tier 2': 3,
  'Tier 2 Watch List': 2,
  'Tier 3': 1,
};

/** A documents source's Cambodian placements (src/data/report-placements.json, placements.json). */
function documentLevels(placements: { country: string; year: number; tier: string }[]) {
  const out = new Map<number, number>();
  for (const p of placements.filter((p) => p.country === 'Cambodia')) {
    // Two documents of one source that give the same year agree: that year has one column.
    expect(out.get(p.year) ?? LEVEL[p.tier]).toBe(LEVEL[p.tier]);
    out.set(p.year, LEVEL[p.tier]);
  }
  return out;
}

/**
 * Kelley and Heiss's row for Cambodia (src/data/reference-tiers.json): "KHM|Cambodia||codes",
 * one code a report year over the record's years, decoded with the file's own coding line.
 */
function recordLevels() {
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
  const out = new Map<number, number>();
  [...codes].forEach((code, i) => {
    if (code !== '-') out.set(first + i, LEVEL[tierOf[code]]);
  });
  return out;
}

const Y_TITLE = '4=Tier 1, 3=Tier 2, 2=Watch List, 1=Tier 3';
const GREEN = '#188038';
const BLUE = '#1a5fc9';
const ORANGE = '#f29900';

/** Opens a fresh preview page and charts the tier timeline from A1. */
async function tierChart() {
  const { page } = await openPreview(preview, { width: 1400, height: 1000 });
  await cell(page, 'A1').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Chart tier timeline' }).click();
  return { page, chart: page.locator('figure.chart') };
}

test("the tier chart at Sheets' default size: grouped columns, one per source and year in its own colour, none hidden, the legend whole", async () => {
  const { page, chart } = await tierChart();
  expect(await chart.count()).toBe(1);
  expect(await chart.getAttribute('data-type')).toBe('COLUMN');
  // Sheets' default size: the builder sets none.
  const svg = chart.locator('svg');
  expect([await svg.getAttribute('width'), await svg.getAttribute('height')]).toEqual([
    '600',
    '371',
  ]);
  // The documented setRange(0, 4): from 0, so that Tier 3 (level 1) still has a column, to 4
  // (Tier 1), the levels named in the axis title.
  expect(await vTicks(chart)).toEqual(['0', '1', '2', '3', '4']);
  const grid = await chart
    .locator('line.chart-grid')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('y1'))));
  expect(grid).toHaveLength(5);
  const levelY = (level: number) => grid[level]; // ticks 0..4, drawn in that order
  expect(levelY(4)).toBeLessThan(levelY(1)); // Tier 1 on top
  // The axis titles: the levels' key (the whole text; whether it shows whole is the next
  // test's), and the years.
  expect(await chart.locator('text[data-role="y-title"]').getAttribute('data-full')).toBe(Y_TITLE);
  expect(await chart.locator('text.chart-axis-title').last().textContent()).toBe(
    'Report year (no column: no tier in that source)',
  );

  // The horizontal axis: the report years 2001–2025 as categories (text in the block), every
  // other one labelled.
  const xLabels = chart.locator('text.chart-axis[text-anchor="middle"]');
  const labels = (await xLabels.allTextContents()).map(Number);
  expect(labels).toEqual(years([2001, 2025]).filter((v) => (v - 2001) % 2 === 0));
  const xs = await xLabels.evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
  const perYear = (xs[xs.length - 1] - xs[0]) / (labels[labels.length - 1] - labels[0]);
  const centreOf = (year: number) => xs[0] + (year - labels[0]) * perYear;

  // A column for every year a source gives a tier, in that source's colour, in the registry's
  // order (report green, the dataset blue, articles orange), as high as the tier's level; none
  // where a source has no tier. Expected from the data files, not from the add-on's code.
  const EXPECTED: [string, Map<number, number>][] = [
    [GREEN, documentLevels(DATA_FILES.reportPlacements)],
    [BLUE, recordLevels()],
    [ORANGE, documentLevels(DATA_FILES.placements)],
  ];
  expect(EXPECTED.map(([, m]) => m.size)).toEqual([19, 15, 22]);
  const bars = await chart.locator('rect.chart-bar').evaluateAll((els) =>
    els.map((e) => ({
      fill: e.getAttribute('fill')!,
      x: Number(e.getAttribute('x')),
      y: Number(e.getAttribute('y')),
      width: Number(e.getAttribute('width')),
      height: Number(e.getAttribute('height')),
    })),
  );
  expect(bars).toHaveLength(19 + 15 + 22);
  const yearOf = (b: { x: number; width: number }) =>
    Math.round(labels[0] + (b.x + b.width / 2 - xs[0]) / perYear);
  for (const [colour, levels] of EXPECTED) {
    const mine = bars.filter((b) => b.fill === colour);
    expect(new Set(mine.map(yearOf)).size).toBe(mine.length); // one column a year
    expect(mine.map(yearOf).sort((a, b) => a - b)).toEqual(
      [...levels.keys()].sort((a, b) => a - b),
    );
    for (const b of mine) {
      // From the axis (level 0) up to the tier's level.
      expect(b.y + b.height).toBeCloseTo(levelY(0), 6);
      expect(b.y).toBeCloseTo(levelY(levels.get(yearOf(b))!), 6);
    }
  }
  expect(new Set(bars.map((b) => b.fill))).toEqual(new Set([GREEN, BLUE, ORANGE]));

  // Grouped, not stacked or drawn over one another: in each year the sources' columns stand
  // side by side in registry order (report, dataset, articles), apart, each inside its
  // year's slot (half-way to the next year's centre on either side).
  for (const year of years([2001, 2025])) {
    const group = bars
      .filter((b) => yearOf(b) === year)
      .sort((a, b) => a.x - b.x)
      .map((b) => ({ ...b, colour: b.fill }));
    const expected = EXPECTED.filter(([, m]) => m.has(year)).map(([c]) => c);
    const order = [GREEN, BLUE, ORANGE];
    expect(group.map((b) => b.colour)).toEqual(
      expected.sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    for (const [i, b] of group.entries()) {
      expect(b.width).toBeGreaterThan(2);
      expect(b.x).toBeGreaterThanOrEqual(centreOf(year) - perYear / 2);
      expect(b.x + b.width).toBeLessThanOrEqual(centreOf(year) + perYear / 2);
      if (i > 0) expect(b.x).toBeGreaterThanOrEqual(group[i - 1].x + group[i - 1].width - 1e-9);
    }
  }

  // None is hidden: at the middle of every column, the topmost mark is that column.
  await chart.scrollIntoViewIfNeeded();
  const hidden = await chart.evaluate(
    (figure) =>
      [...figure.querySelectorAll('rect.chart-bar')].filter((bar) => {
        const r = bar.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== bar;
      }).length,
  );
  expect(hidden).toBe(0);
  // 2001–2010: all three sources give a tier each year; their three colours stand side by side.
  for (const year of years([2001, 2010]))
    expect(bars.filter((b) => yearOf(b) === year).map((b) => b.fill)).toEqual([
      GREEN,
      BLUE,
      ORANGE,
    ]);

  // The legend, at the bottom, names the three sources in the series' colours, each name whole
  // inside the chart and clear of the others, below the horizontal axis title.
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
  expect(legend.map((l) => [l.colour, l.name])).toEqual([
    [GREEN, "Tier in the report's own words"],
    [BLUE, "Tier in Kelley and Heiss's dataset"],
    [ORANGE, 'Tier in the news articles'],
  ]);
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

// The axis title (src/core/charts.ts SHORT_LEVEL_KEY) fits beside a chart of Sheets' default
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

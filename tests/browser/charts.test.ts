/**
 * The charts of the preview, drawn from the recorded builder calls as Sheets draws them: nice
 * tick values with thousands separators, the unit as the axis title, titles on lines that fit
 * the chart (wrapping itself is tested in tests/preview-charts.test.ts), years on a continuous
 * axis; the tier chart's three sources, each in its colour, at Sheets' default size.
 * Screenshots: tests/artifacts/charts.png, chart-tiers.png and chart-tiers-alone.png.
 */
import type { Locator } from 'playwright-core';
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

test("the tier chart at Sheets' default size: Tier 1 on top, a series per source in its own colour, a break at each gap, the legend whole", async () => {
  const { page } = await openPreview(preview, { width: 1400, height: 1000 });
  await cell(page, 'A1').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Chart tier timeline' }).click();
  const chart = page.locator('figure.chart');
  expect(await chart.count()).toBe(1);
  // Sheets' default size: the builder sets none.
  const svg = chart.locator('svg');
  expect([await svg.getAttribute('width'), await svg.getAttribute('height')]).toEqual([
    '600',
    '371',
  ]);
  // The documented setRange(1, 4): levels 1 (Tier 3) to 4 (Tier 1), named in the axis title.
  expect(await vTicks(chart)).toEqual(['1', '2', '3', '4']);
  expect(await chart.locator('text[data-role="y-title"]').getAttribute('data-full')).toBe(
    'Tier: 4 = Tier 1, 3 = Tier 2, 2 = Tier 2 Watch List, 1 = Tier 3',
  );
  const y = async (label: string) =>
    Number(
      await chart
        .locator('text.chart-axis[text-anchor="end"]', { hasText: new RegExp(`^${label}$`) })
        .getAttribute('y'),
    );
  expect(await y('4')).toBeLessThan(await y('1'));

  // The horizontal axis: the report years 2001–2025 as categories, every other one labelled.
  const xLabels = chart.locator('text.chart-axis[text-anchor="middle"]');
  const labels = (await xLabels.allTextContents()).map(Number);
  expect(labels).toEqual(years([2001, 2025]).filter((v) => (v - 2001) % 2 === 0));
  const xs = (await xLabels.evaluateAll((els) => els.map((e) => Number(e.getAttribute('x')))))!;
  const perYear = (xs[xs.length - 1] - xs[0]) / (labels[labels.length - 1] - labels[0]);
  const yearAt = (x: number) => Math.round(labels[0] + (x - xs[0]) / perYear);

  // Three series, each in the colour setColors gave its source (report green, articles blue,
  // the dataset orange), with a dot for every year that source gives a tier: the report
  // 2001–2010 and 2016–2024, the articles 2001–2009, 2012–2014, 2016–2017 and 2019–2025, the
  // dataset 2001–2015 (src/data/report-placements.json, placements.json,
  // reference-tiers.json).
  const dots = await chart
    .locator('circle')
    .evaluateAll((els) =>
      els.map((e) => ({ fill: e.getAttribute('fill'), cx: Number(e.getAttribute('cx')) })),
    );
  const yearsIn = (colour: string) =>
    dots.filter((d) => d.fill === colour).map((d) => yearAt(d.cx));
  const COVERAGE = {
    report: years([2001, 2010], [2016, 2024]),
    articles: years([2001, 2009], [2012, 2014], [2016, 2017], [2019, 2025]),
    dataset: years([2001, 2015]),
  };
  expect(dots).toHaveLength(19 + 21 + 15);
  expect(yearsIn('#188038')).toEqual(COVERAGE.report);
  expect(yearsIn('#1a5fc9')).toEqual(COVERAGE.articles);
  expect(yearsIn('#f29900')).toEqual(COVERAGE.dataset);
  // The report is drawn last, on top where the sources agree: its dots come after the others.
  expect(dots.slice(-19).every((d) => d.fill === '#188038')).toBe(true);
  // A line per run of years: the report's two, the articles' four, the dataset's one.
  const lines = await chart
    .locator('polyline')
    .evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
  expect(lines).toEqual([
    '#f29900',
    '#1a5fc9',
    '#1a5fc9',
    '#1a5fc9',
    '#1a5fc9',
    '#188038',
    '#188038',
  ]);

  // What can be seen at each year's dots (the topmost mark at the dot's centre): where the
  // sources differ in coverage, each shows in its own colour (the dataset alone in 2011 and
  // 2015, the articles over the dataset in 2012–2014 with no report line, the report alone in
  // 2018, the articles alone in 2025); where they agree, the report is drawn last and hides
  // the others' dots and lines under its own.
  await chart.scrollIntoViewIfNeeded();
  const seen = await chart.evaluate((figure) => {
    const out: Record<number, string> = {};
    for (const c of figure.querySelectorAll('circle')) {
      const r = c.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const cx = Math.round(Number(c.getAttribute('cx')));
      out[cx] = top?.getAttribute('fill') ?? top?.getAttribute('stroke') ?? '';
    }
    return out;
  });
  const topmost = Object.fromEntries(
    Object.entries(seen).map(([cx, colour]) => [yearAt(Number(cx)), colour]),
  );
  const GREEN = '#188038';
  const BLUE = '#1a5fc9';
  const ORANGE = '#f29900';
  expect(topmost).toEqual(
    Object.fromEntries(
      years([2001, 2025]).map((year) => [
        year,
        COVERAGE.report.includes(year) ? GREEN : COVERAGE.articles.includes(year) ? BLUE : ORANGE,
      ]),
    ),
  );
  expect([topmost[2011], topmost[2015], topmost[2018], topmost[2025]]).toEqual([
    ORANGE,
    ORANGE,
    GREEN,
    BLUE,
  ]);

  // The legend names all three, in the series' colours, each name whole inside the chart and
  // clear of the others.
  const legend = await chart.evaluate((figure) => {
    const svg = figure.querySelector('svg')!;
    const box = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('rect[width="10"]')].map((swatch) => {
      const name = swatch.nextElementSibling as SVGTextElement;
      const r = name.getBoundingClientRect();
      return {
        colour: swatch.getAttribute('fill'),
        name: name.textContent,
        left: r.left - box.left,
        right: r.right - box.left,
        swatchLeft: swatch.getBoundingClientRect().left - box.left,
        width: box.width,
      };
    });
  });
  expect(legend.map((l) => [l.colour, l.name])).toEqual([
    ['#f29900', "Tier in Kelley and Heiss's dataset"],
    ['#1a5fc9', 'Tier in the news articles'],
    ['#188038', "Tier in the report's own words"],
  ]);
  for (const [i, l] of legend.entries()) {
    expect(l.left).toBeGreaterThanOrEqual(0);
    expect(l.right).toBeLessThanOrEqual(l.width);
    if (i > 0) expect(l.swatchLeft).toBeGreaterThan(legend[i - 1].right);
  }
  await screenshot(page, 'chart-tiers');
  await chart.screenshot({ path: `${ARTIFACTS}/chart-tiers-alone.png` });
  await page.close();
});

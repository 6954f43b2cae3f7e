/**
 * The charts of the preview, drawn from the recorded builder calls as Sheets draws them: nice
 * tick values with thousands separators, the unit as the axis title, titles on lines that fit
 * the chart (wrapping itself is tested in tests/preview-charts.test.ts), years on a continuous axis. Screenshot: tests/artifacts/charts.png.
 */
import type { Locator } from 'playwright-core';
import { cell, openPreview, screenshot, startPreview, type Preview } from './preview-page';

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

test('the tier chart: tier names on a reversed axis, years on a continuous axis', async () => {
  const { page } = await openPreview(preview, { width: 1400, height: 1000 });
  await cell(page, 'A1').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Chart tier timeline' }).click();
  const chart = page.locator('figure.chart');
  expect(await vTicks(chart)).toEqual(['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3']);
  // Tier 1 is drawn above Tier 3.
  const y = async (label: string) =>
    Number(
      await chart
        .locator('text.chart-axis', { hasText: new RegExp(`^${label}$`) })
        .getAttribute('y'),
    );
  expect(await y('Tier 1')).toBeLessThan(await y('Tier 3'));
  // Report years are numbers: placed by value, so 2009 → 2012 is three times as wide as
  // 2008 → 2009.
  const xs = await chart
    .locator('circle')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('cx'))));
  const years = [
    2002, 2003, 2005, 2006, 2007, 2008, 2009, 2012, 2013, 2014, 2015, 2016, 2017, 2019,
  ];
  expect(xs).toHaveLength(years.length);
  const perYear = (xs[6] - xs[5]) / (years[6] - years[5]);
  expect((xs[7] - xs[6]) / perYear).toBeCloseTo(3, 5);
  const labels = await chart.locator('text.chart-axis[text-anchor="middle"]').allTextContents();
  expect(labels).toEqual(['2005', '2010', '2015']);
  await chart.scrollIntoViewIfNeeded();
  await screenshot(page, 'chart-tiers');
  await page.close();
});

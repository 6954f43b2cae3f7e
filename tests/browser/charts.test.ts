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

test('the tier chart: Tier 1 on top, both sources in their own colours, a break at each gap', async () => {
  const { page } = await openPreview(preview, { width: 1400, height: 1000 });
  await cell(page, 'A1').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Chart tier timeline' }).click();
  const chart = page.locator('figure.chart');
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
  // Two series: 14 placements in the articles, 15 years of Kelley and Heiss's record, each in
  // the colour setColors gave it, named in the legend.
  const colours = await chart
    .locator('circle')
    .evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? e.getAttribute('stroke')));
  expect(colours).toHaveLength(29);
  expect(new Set(colours).size).toBe(2);
  expect(
    await chart.locator('text', { hasText: "Tier in Kelley and Heiss's dataset" }).count(),
  ).toBe(1);
  // The articles' line breaks at 2004, 2010–2011 and 2018; the record's runs 2001–2015.
  expect(await chart.locator('polyline').count()).toBe(4);
  // The horizontal axis runs over the report years 2001–2019, in order.
  const labels = (
    await chart.locator('text.chart-axis[text-anchor="middle"]').allTextContents()
  ).map(Number);
  expect(labels.length).toBeGreaterThan(1);
  expect(labels.every((v, i) => v >= 2001 && v <= 2019 && (i === 0 || v > labels[i - 1]))).toBe(
    true,
  );
  await chart.scrollIntoViewIfNeeded();
  await screenshot(page, 'chart-tiers');
  await page.close();
});

/**
 * Issue 21 in headless Chromium, at Sheets' default chart size (600 × 371): every example the
 * README quotes typed into the preview gives what the README says (TRUE and FALSE as Sheets
 * reads them); the tier chart, the figures charts and the inserted timeline as a reader sees
 * them (tier colours by conditional formatting, values top-aligned, header frozen); a cell
 * with line breaks. Each test saves screenshots to tests/artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { matches, readmeExamples } from '../support/readme-examples';
import {
  ROOT,
  ARTIFACTS,
  cell,
  chooseMenuItem,
  screenshot,
  type,
  usePreview,
} from './preview-page';

jest.setTimeout(120_000);

const preview = usePreview();

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');

/** What a cell says: its text, or for an error its message (Sheets shows it on hover). */
const says = async (page: Page, a1: string) => {
  const td = cell(page, a1);
  const text = ((await td.textContent()) ?? '').trim();
  return (await td.getAttribute('class'))?.includes('error')
    ? ((await td.getAttribute('title')) ?? text)
    : text;
};

/** A chart as it is drawn (600 × 371 px), saved as a PNG of the chart alone. */
async function chartShot(page: Page, index: number, name: string) {
  const chart = page.locator('figure.chart').nth(index);
  await chart.scrollIntoViewIfNeeded();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await chart.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  return chart;
}

test('every example the README quotes works in the preview, TRUE and FALSE included', async () => {
  const { page, errors } = await preview.open();
  const examples = readmeExamples(readme);
  expect(examples.length).toBeGreaterThan(25);
  const wrong: string[][] = [];
  for (const [i, [formula, expected]] of examples.entries()) {
    const a1 = `A${i + 1}`;
    await type(page, a1, formula);
    const actual = (await says(page, a1)).replace(/\s+/g, ' ');
    if (!matches(actual, expected.trim())) wrong.push([formula, expected, actual]);
  }
  expect(wrong).toEqual([]);
  // TRUE and FALSE as values, in any letter case, as Sheets reads them.
  await type(page, 'C1', '=TIP_CHECK(2005, "Cambodia", TRUE)');
  await type(page, 'C2', '=TIP_CHECK(2005, "Cambodia", false)');
  await type(page, 'C3', '=IF(TRUE, "yes", "no")');
  expect([await says(page, 'C1'), await says(page, 'C2'), await says(page, 'C3')]).toEqual([
    expect.stringMatching(/^agrees with the report: the press gives Tier 3 \(/),
    'agrees with the report',
    'yes',
  ]);
  expect(errors).toEqual([]);
  await screenshot(page, 'readme-examples');
  await page.close();
});

test('the tier chart at 600 × 371: tier names in the legend, every report year labelled, one wide column per year', async () => {
  const { page, dialogs } = await preview.open();
  await chooseMenuItem(page, 'Chart tier timeline');
  expect(dialogs).toEqual([]);
  const chart = await chartShot(page, 0, 'tier-chart');
  const svg = chart.locator('svg');
  expect([await svg.getAttribute('width'), await svg.getAttribute('height')]).toEqual([
    '600',
    '371',
  ]);
  // Every year 2001–2025 labelled, none overlapping another on its line.
  const boxes = await chart.locator('text.chart-axis').evaluateAll((els) =>
    els
      .filter((e) => /^20\d\d$/.test(e.textContent ?? ''))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { t: e.textContent, left: r.left, right: r.right, top: Math.round(r.top) };
      }),
  );
  expect(boxes.map((b) => b.t)).toEqual(Array.from({ length: 25 }, (_, i) => String(2001 + i)));
  for (const a of boxes)
    for (const b of boxes)
      if (a !== b && a.top === b.top) expect(a.right <= b.left || b.right <= a.left).toBe(true);
  // Columns wide enough to see: at least 10 px at the default size.
  const widths = await chart
    .locator('rect.chart-bar')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('width'))));
  expect(widths).toHaveLength(25);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(10);
  // Heights are TIP_TIER_NUMBER's: a Tier 3 column (2002) is 3 / 2.5 of a Watch List one (2006).
  const heights = await chart.locator('rect.chart-bar').evaluateAll((els) =>
    els
      .map((e) => [Number(e.getAttribute('x')), Number(e.getAttribute('height'))])
      .sort((a, b) => a[0] - b[0])
      .map(([, h]) => h),
  );
  expect(heights[1] / heights[5]).toBeCloseTo(3 / 2.5, 2);
  await page.close();
});

test('the figures charts at 600 × 371: years on a time axis with the gap showing, a lower bound marked on its point', async () => {
  const { page, dialogs } = await preview.open();
  await chooseMenuItem(page, 'Chart figures');
  expect(dialogs).toEqual([]);
  const charts = page.locator('figure.chart');
  // One chart per metric, unit and kind of period (src/core/tables/figure-series.ts).
  expect(await charts.count()).toBe(6);
  const chart = await chartShot(page, 0, 'convictions-chart');
  await chartShot(page, 1, 'convictions-april-march-chart');
  await chartShot(page, 3, 'funding-chart');
  await chartShot(page, 4, 'cases-chart');
  await chartShot(page, 5, 'poipet-chart');
  expect(await chart.getAttribute('data-type')).toBe('SCATTER');
  // 2008, 2009, 2014, 2015 (exact, blue) and 2016 (at least 100, vermillion).
  const dots = await chart
    .locator('circle.chart-dot')
    .evaluateAll((els) =>
      els.map((e) => ({ x: Number(e.getAttribute('cx')), fill: e.getAttribute('fill') })),
    );
  expect(dots.map((d) => d.fill)).toEqual(['#0072B2', '#0072B2', '#0072B2', '#0072B2', '#D55E00']);
  const [, x2009, x2014, x2015] = dots.map((d) => d.x);
  expect((x2014 - x2009) / (x2015 - x2014)).toBeCloseTo(5, 1);
  const labels = await chart.locator('text').allTextContents();
  expect(labels).toContain('at least (a lower bound)');
  expect(labels).toContain('individuals');
  await page.close();
});

test('the inserted timeline: tiers coloured by conditional formatting, values top-aligned, header frozen', async () => {
  const { page } = await preview.open();
  await chooseMenuItem(page, 'Insert tier timeline');
  const style = (a1: string) =>
    cell(page, a1).evaluate((td) => {
      const s = getComputedStyle(td);
      return [s.backgroundColor, s.color, s.verticalAlign];
    });
  // 2002 (row 3) Tier 3, 2006 (row 7) Watch List, 2001 (row 2) Tier 2: in the chart's colours.
  expect(await style('B3')).toEqual(['rgb(213, 94, 0)', 'rgb(0, 0, 0)', 'top']);
  expect(await style('B7')).toEqual(['rgb(230, 159, 0)', 'rgb(0, 0, 0)', 'top']);
  expect(await style('E2')).toEqual(['rgb(0, 114, 178)', 'rgb(255, 255, 255)', 'top']);
  // A cell that says no tier is not coloured; the Check column neither (the table is selected,
  // so the selection's tint shows there).
  const fill = (a1: string) => cell(page, a1).evaluate((td) => td.style.backgroundColor);
  expect(await fill('G16')).toBe('');
  expect(await fill('H3')).toBe('');
  // The rule follows an edit: B3 typed as Tier 1 turns bluish green.
  await type(page, 'B3', 'Tier 1');
  expect((await style('B3'))[0]).toBe('rgb(0, 158, 115)');
  // The header row is frozen: it stays in view when the grid scrolls.
  expect(await page.locator('tr.frozen').count()).toBe(1);
  await page.locator('#grid').evaluate((g) => (g.scrollTop = 300));
  const header = await cell(page, 'A1').boundingBox();
  const grid = await page.locator('#grid').boundingBox();
  expect(header!.y).toBeLessThan(grid!.y + 50);
  await page.locator('#grid').evaluate((g) => (g.scrollTop = 0));
  // Long sources are one line a row (clipped), whole in their note.
  const height = (a1: string) => cell(page, a1).evaluate((td) => td.getBoundingClientRect().height);
  expect(await height('I2')).toBeLessThan(30);
  await page.mouse.move(5, 5);
  await screenshot(page, 'timeline-coloured');
  const box = (await cell(page, 'A1').boundingBox())!;
  await page.screenshot({
    path: path.join(ARTIFACTS, 'timeline-coloured-detail.png'),
    clip: { x: box.x, y: box.y, width: 720, height: 200 },
  });
  await page.close();
});

test('a cell with line breaks shows each line, the row growing, as Sheets does', async () => {
  const { page } = await preview.open();
  await type(page, 'B2', '=TIP_SOURCE("tier", 2016)');
  const text = (await cell(page, 'B2').textContent()) ?? '';
  expect(text.split('\n').length).toBeGreaterThan(1);
  const box = await cell(page, 'B2').evaluate((td) => {
    const v = td.querySelector('.v') as HTMLElement;
    return {
      rows: Math.round(v.getBoundingClientRect().height / 16),
      white: getComputedStyle(v).whiteSpace,
    };
  });
  expect(box.white).toBe('pre');
  expect(box.rows).toBe(text.split('\n').length);
  await screenshot(page, 'line-breaks');
  await page.close();
});

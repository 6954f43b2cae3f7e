/**
 * npm start, tried as in issue 15: a formula's blank result cells are not written over, a chart
 * drawn elsewhere is brought into view with a toast naming where it went, a table sized by a
 * cell follows that cell, inserted tables are readable (widths, wrapping), and a note shows on
 * hover. Screenshots: tests/artifacts/safety-*.png.
 */
import type { Page } from 'playwright-core';
import { cell, isOnScreen, chooseMenuItem, screenshot, type, usePreview } from './preview-page';

jest.setTimeout(90_000);

const preview = usePreview();

const column = async (page: Page, col: string, from: number, to: number) => {
  const out: string[] = [];
  for (let r = from; r <= to; r++) out.push((await cell(page, `${col}${r}`).textContent()) ?? '');
  return out;
};
const tabs = (page: Page) => page.locator('.tab').allTextContents();

test('a table sized by a cell is whole, and follows the cell when it changes', async () => {
  const { page, errors } = await preview.open();
  await type(page, 'A1', 'any');
  await type(page, 'B1', '=TIP_YEARS(, , A1)');
  // Every source together: every report year 2001–2025.
  const span = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  expect(await column(page, 'B', 1, 26)).toEqual([...span(2001, 2025), '']);
  // The articles' years only; the cells the longer list filled are empty again.
  await type(page, 'A1', 'articles');
  expect(await column(page, 'B', 1, 26)).toEqual([
    ...span(2001, 2010),
    ...span(2012, 2014),
    ...span(2016, 2017),
    ...span(2019, 2025),
    ...Array(4).fill(''),
  ]);
  // Empty: the default, "any", fills them again.
  await cell(page, 'A1').click();
  await page.keyboard.press('Delete');
  expect(await column(page, 'B', 1, 26)).toEqual([...span(2001, 2025), '']);
  await type(page, 'A1', 'report');
  expect(await column(page, 'B', 1, 20)).toEqual([...span(2001, 2010), ...span(2016, 2024), '']);
  await type(page, 'A1', 'dataset');
  expect((await column(page, 'B', 14, 17)).join(',')).toBe('2014,2015,,');
  // A table function: the timeline's rows follow the source in A1 too.
  await type(page, 'D1', '=TIP_TIMELINE("Cambodia", A1)');
  expect(await cell(page, 'D16').textContent()).toBe('2015');
  expect(await cell(page, 'D17').textContent()).toBe('');
  await type(page, 'A1', 'any');
  expect(await cell(page, 'D26').textContent()).toBe('2025');
  expect(await cell(page, 'D27').textContent()).toBe('');
  expect(await column(page, 'B', 24, 26)).toEqual(['2024', '2025', '']);
  await screenshot(page, 'safety-sized-by-a-cell');
  expect(errors).toEqual([]);
  await page.close();
});

test('the menu asks before writing into a formula’s blank result cells, and No leaves the formula as it was', async () => {
  const { page } = await preview.open();
  // The page's helper accepts every dialog; here the user answers No, then Yes.
  page.removeAllListeners('dialog');
  const answers = [false, true];
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void (answers.shift() ? d.accept() : d.dismiss());
  });
  await type(page, 'A1', '=TIP_TIER(B1:B2)');
  await cell(page, 'A2').click();
  await chooseMenuItem(page, 'Insert tier timeline');
  expect(asked).toHaveLength(1);
  expect(asked[0]).toContain(
    'The tier timeline needs 26 rows and 9 columns from Sheet1!A2, but the formula in A1 (=TIP_TIER(B1:B2)) may lay its result over those cells: writing there would turn it into #REF!.',
  );
  expect(await cell(page, 'A1').textContent()).toBe('');
  expect(await cell(page, 'A2').textContent()).toBe('');
  expect(await tabs(page)).toEqual(['Sheet1']);
  // The result still fills when B1 gets a year: the formula is as it was.
  await type(page, 'B2', '2016');
  expect(await column(page, 'A', 1, 2)).toEqual(['', 'Tier 2']);
  // Yes: a new sheet, shown, with a toast saying where the table went.
  await cell(page, 'A3').click();
  await type(page, 'A1', '=TIP_TIER(B1:B3)');
  await cell(page, 'A3').click();
  await chooseMenuItem(page, 'Insert tier timeline');
  expect(asked).toHaveLength(2);
  expect(await tabs(page)).toEqual(['Sheet1', 'TIP timeline']);
  expect(await page.locator('.tab.active').textContent()).toBe('TIP timeline');
  expect(await cell(page, 'A1').textContent()).toBe('Report year');
  expect(await page.locator('#toast').textContent()).toBe(
    'TIP CambodiaThe tier timeline is in TIP timeline!A1:I26.',
  );
  await page.locator('.tab', { hasText: 'Sheet1' }).click();
  expect(await column(page, 'A', 1, 3)).toEqual(['', 'Tier 2', '']);
  await page.close();
});

test('a chart drawn on another sheet is brought into view, with a toast naming where it went', async () => {
  const { page, dialogs } = await preview.open({ width: 1300, height: 800 });
  await type(page, 'A1', 'mine');
  await cell(page, 'A1').click();
  await chooseMenuItem(page, 'Insert tier timeline'); // A1 is taken: Yes, a new sheet
  await page.locator('.tab', { hasText: 'Sheet1' }).click();
  await cell(page, 'C3').click();
  await chooseMenuItem(page, 'Chart tier timeline');
  expect(dialogs).toHaveLength(1);
  expect(await page.locator('.tab.active').textContent()).toBe('TIP timeline');
  // The chart block K1:S26 beside the timeline (A1:I26), the chart at U1 (selected; an Insert
  // from there asks, since a chart covers those cells).
  expect(await page.locator('#cell-name').textContent()).toBe('TIP timeline!U1');
  const toast = page.locator('#toast');
  expect(await toast.isVisible()).toBe(true);
  expect(await toast.locator('span').textContent()).toBe(
    'Chart at TIP timeline!U1, beside its data (K1:S26).',
  );
  // The chart is on screen: its top left corner and most of it inside the grid's view.
  const chart = await page.locator('figure.chart').boundingBox();
  const grid = await page.locator('#grid').boundingBox();
  expect(chart!.x).toBeGreaterThanOrEqual(grid!.x);
  expect(chart!.y).toBeGreaterThanOrEqual(grid!.y);
  expect(chart!.x + chart!.width / 2).toBeLessThan(grid!.x + grid!.width);
  expect(chart!.y + chart!.height / 2).toBeLessThan(grid!.y + grid!.height);
  expect(await isOnScreen(page, 'U1')).toBe(false); // covered by the chart, as in Sheets
  await screenshot(page, 'safety-chart-in-view');
  await page.close();
});

test('an inserted table is readable without resizing: columns fit, long text stays one line with the whole in its note, and a note shows on hover', async () => {
  const { page } = await preview.open({ width: 1400, height: 900 });
  await cell(page, 'A1').click();
  await chooseMenuItem(page, 'Insert figures table');
  const th = (col: number) =>
    page.locator(`th[data-col="${col}"]`).evaluate((e) => e.getBoundingClientRect().width);
  // Metric and Source are 400 px, their longer texts clipped to one line; Period fits
  // "April 2007–March 2008".
  expect(await th(1)).toBe(400);
  expect(await th(2)).toBe(167);
  expect(await th(8)).toBe(400);
  const height = (a1: string) => cell(page, a1).evaluate((e) => e.getBoundingClientRect().height);
  expect(await height('H2')).toBeLessThan(24);
  const text = await cell(page, 'H2')
    .locator('.v')
    .evaluate((e) => ({
      clipped: e.scrollWidth > e.clientWidth + 1,
      width: e.getBoundingClientRect().width,
      top: getComputedStyle(e.parentElement!).verticalAlign,
    }));
  expect(text).toEqual({ clipped: true, width: 400, top: 'top' });
  // The whole source is H2's note, shown on hover.
  const whole = await cell(page, 'H2').getAttribute('data-note');
  expect(whole).toBe(await cell(page, 'H2').textContent());
  expect(whole!.length).toBeGreaterThan(60);
  // A note, set as Range.setNote sets it: a corner mark, and the text on hover.
  await page.evaluate(() => {
    const p = (
      window as unknown as {
        __preview: {
          spreadsheet: { activeSheet: { range(...a: number[]): { setNote(n: string): void } } };
          refresh(): void;
        };
      }
    ).__preview;
    p.spreadsheet.activeSheet.range(3, 3, 1, 1).setNote('“from 43 in 2015” — Phnom Penh Post');
    p.refresh();
  });
  expect(await cell(page, 'C3').getAttribute('class')).toContain('note');
  // The pointer left where the menu was (over noted cells of the table): no note is shown.
  await page.mouse.move(0, 0);
  expect(await page.locator('.note-popup:visible').count()).toBe(0);
  await cell(page, 'C3').hover();
  const popup = page.locator('.note-popup');
  expect(await popup.isVisible()).toBe(true);
  expect(await popup.textContent()).toBe('“from 43 in 2015” — Phnom Penh Post');
  await screenshot(page, 'safety-widths-and-note');
  await cell(page, 'E8').hover();
  expect(await popup.isVisible()).toBe(false);
  await page.close();
});

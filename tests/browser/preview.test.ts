/**
 * npm start in headless Chromium: the preview server as `npm start` runs it, a formula typed
 * into the grid, a menu item's table and chart, and a fact inserted from the sidebar.
 */
import {
  cell,
  openPreview as open,
  screenshot,
  startPreview,
  type,
  type Preview,
} from './preview-page';

jest.setTimeout(90_000);

let preview: Preview;
let url: string;

beforeAll(async () => {
  preview = await startPreview();
  url = preview.url;
});

afterAll(async () => {
  await preview?.stop();
});

const openPreview = () => open(preview);

test('formulas typed in the grid are computed by the bundle, spills included', async () => {
  const { page, requests } = await openPreview();
  await type(page, 'A1', '=TIP_TIER(2016)');
  await type(page, 'B1', '=TIP_STAT("convictions", 2015)');
  await type(page, 'A3', '2009');
  await type(page, 'A4', '2010');
  await type(page, 'A5', '2016');
  await type(page, 'B3', '=TIP_TIER(A3:A5)');
  await type(page, 'C1', '=TIP_TIER(2016.5)');
  expect(await cell(page, 'A1').textContent()).toBe('Tier 2');
  expect(await cell(page, 'B1').textContent()).toBe('43');
  expect(await cell(page, 'B3').textContent()).toBe('Tier 2 Watch List');
  expect(await cell(page, 'B4').textContent()).toMatch(
    /^N\/A: No tier for Cambodia in the 2010 report/,
  );
  expect(await cell(page, 'B5').textContent()).toBe('Tier 2');
  expect(await cell(page, 'C1').textContent()).toBe('#ERROR!');
  expect(await cell(page, 'C1').getAttribute('title')).toBe(
    'year 2016.5 is not a year: give a four-digit year such as 2016.',
  );
  // Editing a referenced cell recomputes the spill.
  await type(page, 'A4', '2005');
  expect(await cell(page, 'B4').textContent()).toBe('Tier 3');
  expect(requests.every((r) => r.startsWith(url))).toBe(true);
  await page.close();
});

test('a menu item writes its table into the grid and its chart is drawn', async () => {
  const { page, dialogs } = await openPreview();
  await cell(page, 'B2').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Chart tier timeline' }).click();
  expect(dialogs).toEqual([]);
  expect(await cell(page, 'B2').textContent()).toBe('Report year');
  // The menu's timeline has a row for every year either source covers: 2001 is the dataset's.
  expect(await cell(page, 'B3').textContent()).toBe('2001');
  expect(await cell(page, 'C3').textContent()).toBe('Tier 2');
  expect(await cell(page, 'D3').textContent()).toBe('2');
  const chart = page.locator('figure.chart');
  expect(await chart.count()).toBe(1);
  expect(await chart.getAttribute('data-type')).toBe('LINE');
  // 14 placements in the articles and 15 years of Kelley and Heiss's record.
  expect(await chart.locator('circle').count()).toBe(29);
  // The articles' line breaks at 2004, 2010–2011 and 2018 (three runs of two or more); the
  // record's is one run, 2001–2015.
  expect(await chart.locator('polyline').count()).toBe(4);
  // The title wraps onto lines (tspans) that fit the chart; the SVG's label holds it whole.
  expect(await chart.locator('svg').getAttribute('aria-label')).toBe(
    "Cambodia: TIP report tier by report year, the articles and Kelley and Heiss's dataset",
  );
  expect(await chart.locator('text[data-role="y-title"]').getAttribute('data-full')).toBe(
    'Tier: 4 = Tier 1, 3 = Tier 2, 2 = Tier 2 Watch List, 1 = Tier 3',
  );
  // The chart floats over the cells beside the table, as Sheets anchors it.
  expect(await chart.getAttribute('class')).toContain('floating');
  await screenshot(page, 'preview-tier-chart');
  // Run it again where the cells are taken: the add-on asks, and Yes makes a new sheet.
  await cell(page, 'B2').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Insert figures table' }).click();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toContain('Put it on a new sheet, "TIP figures", instead?');
  expect(await page.locator('.tab').allTextContents()).toEqual(['Sheet1', 'TIP figures']);
  expect(await cell(page, 'A1').textContent()).toBe('Metric');
  // The number formats the add-on sets show as in Sheets: the qualifier, thousands separators;
  // periods written into text-formatted cells stay text.
  expect(await page.locator('td', { hasText: /^at least 100$/ }).count()).toBe(1);
  expect(await page.locator('td', { hasText: /^877,407$/ }).count()).toBe(1);
  expect(await cell(page, 'B2').textContent()).toBe('2015');
  expect(await cell(page, 'B2').getAttribute('class')).not.toMatch(/\bnumber\b/);
  await screenshot(page, 'preview');
  await page.close();
});

test('the sidebar opens from the menu and inserts a fact into the selected cell', async () => {
  const { page, requests } = await openPreview();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Browse sources' }).click();
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('article.source').first().waitFor();
  expect(await page.locator('#sidebar-title').textContent()).toBe('TIP Cambodia sources');
  expect(await frame.locator('article.source').count()).toBe(5);
  await cell(page, 'D4').click();
  await frame.locator('#f-what').selectOption('convictions');
  await frame
    .locator('li.fact', { hasText: 'Traffickers convicted, 2016' })
    .getByRole('button', { name: /Insert the formula/ })
    .click();
  await frame
    .locator('#status', { hasText: 'Inserted =TIP_STAT("convictions", 2016) into Sheet1!D4.' })
    .waitFor();
  // The formula gets its value's number format, so it shows "at least 100" as the value does.
  expect(await cell(page, 'D4').textContent()).toBe('at least 100');
  await cell(page, 'D4').click();
  expect(await page.inputValue('#formula')).toBe('=TIP_STAT("convictions", 2016)');
  expect(requests.every((r) => r.startsWith(url))).toBe(true);
  await page.close();
});

/**
 * npm start in headless Chromium: the preview server as `npm start` runs it, a formula typed
 * into the grid, a menu item's table and chart, and a fact inserted from the sidebar.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from './browser';

jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, '..', '..');
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/preview.mjs', '--port', '0', '--no-build'], {
    cwd: ROOT,
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    server.stderr!.on('data', (chunk) => (out += String(chunk)));
    server.once('exit', (code) => reject(new Error(`preview exited with ${code}: ${out}`)));
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function openPreview(): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, requests, dialogs };
}

const cell = (page: Page, a1: string) => page.locator(`td[data-cell="${a1}"]`);

async function type(page: Page, a1: string, content: string): Promise<void> {
  await cell(page, a1).click();
  await page.fill('#formula', content);
  await page.press('#formula', 'Enter');
}

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
  expect(await chart.locator('circle').count()).toBe(14);
  // Years without a placement (2004, 2010–2011, 2018) break the line: three runs of two or more.
  expect(await chart.locator('polyline').count()).toBe(3);
  expect(await chart.locator('text.chart-title').textContent()).toBe(
    "Cambodia: TIP report tier by report year, the articles and Kelley and Heiss's dataset",
  );
  expect(await chart.locator('text[data-role="y-title"]').textContent()).toBe(
    'Tier: 4 = Tier 1, 3 = Tier 2, 2 = Tier 2 Watch List, 1 = Tier 3',
  );
  // Run it again where the cells are taken: the add-on asks, and Yes makes a new sheet.
  await cell(page, 'B2').click();
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Insert figures table' }).click();
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toContain('Put it on a new sheet, "TIP figures", instead?');
  expect(await page.locator('.tab').allTextContents()).toEqual(['Sheet1', 'TIP figures']);
  expect(await cell(page, 'A1').textContent()).toBe('Metric');
  fs.mkdirSync(path.join(ROOT, 'tests', 'artifacts'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'tests', 'artifacts', 'preview.png') });
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
  expect(await cell(page, 'D4').textContent()).toBe('100');
  await cell(page, 'D4').click();
  expect(await page.inputValue('#formula')).toBe('=TIP_STAT("convictions", 2016)');
  expect(requests.every((r) => r.startsWith(url))).toBe(true);
  await page.close();
});

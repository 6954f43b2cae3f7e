// npm run marketplace-images: the Marketplace listing's images, made in headless Chromium
// (Debian's /usr/bin/chromium, or CHROMIUM_PATH, driven by playwright-core), never drawn by hand:
//   - the icons (128×128 and 32×32) and the card banner (220×140), rendered from the SVGs in
//     marketplace/source/;
//   - the screenshots (1280×800), taken of the local preview (`npm start`, served here on a free
//     loopback port) while it runs the built dist/Code.js: formulas, the menu's timeline and
//     chart, and the sources sidebar.
// Sizes: Google's store-listing page, https://developers.google.com/workspace/marketplace/create-listing
// (MARKETPLACE_IMAGES below; tests/marketplace.test.ts reads each PNG's header).
//
//   node scripts/marketplace-images.mjs [--no-build]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib.mjs';
import { startPreview } from './preview.mjs';

const OUT = path.join(ROOT, 'marketplace', 'images');
const SOURCE = path.join(ROOT, 'marketplace', 'source');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every image of the listing: file name -> [width, height, how it is made]. */
export const MARKETPLACE_IMAGES = {
  'icon-128.png': [128, 128, 'icon.svg'],
  'icon-32.png': [32, 32, 'icon.svg'],
  'card-banner-220x140.png': [220, 140, 'banner.svg'],
  'screenshot-1-formulas.png': [1280, 800, 'preview: TIP_ formulas in a sheet'],
  'screenshot-2-tier-timeline.png': [1280, 800, 'preview: Insert tier timeline'],
  'screenshot-3-tier-chart.png': [1280, 800, 'preview: Chart tier timeline'],
  'screenshot-4-sources-sidebar.png': [1280, 800, 'preview: Browse sources'],
};

/** An SVG drawn at exactly width × height CSS pixels, one device pixel each. */
async function renderSvg(browser, svgFile, width, height, out) {
  const svg = fs.readFileSync(path.join(SOURCE, svgFile), 'utf8');
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${width}px;height:${height}px}</style></head><body>${svg}</body></html>`,
  );
  await page.screenshot({ path: out, omitBackground: true });
  await page.close();
}

async function menu(page, item) {
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: item }).click();
}

async function type(page, a1, content) {
  await page.locator(`td[data-cell="${a1}"]`).click();
  await page.fill('#formula', content);
  await page.press('#formula', 'Enter');
}

/** Screenshots of the preview, each a fresh page of 1280×800. */
async function screenshots(browser, url) {
  const open = async () => {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
    });
    page.on('dialog', (d) => void d.accept());
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  };

  // 1. Formulas: a column of report years and the tier, its number and its basis beside each.
  let page = await open();
  const rows = [2012, 2013, 2014, 2016, 2017, 2019, 2020, 2021, 2022, 2023, 2024];
  await type(page, 'A1', 'Report year');
  await type(page, 'B1', 'Tier');
  await type(page, 'C1', 'Tier number');
  await type(page, 'D1', 'Basis');
  await type(page, 'E1', 'Sources agree?');
  for (const [i, year] of rows.entries()) {
    const r = i + 2;
    await type(page, `A${r}`, String(year));
    await type(page, `B${r}`, `=TIP_TIER(A${r})`);
    await type(page, `C${r}`, `=TIP_TIER_NUMBER(A${r})`);
    await type(page, `D${r}`, `=TIP_BASIS("tier", A${r})`);
    await type(page, `E${r}`, `=TIP_CHECK(A${r})`);
  }
  await page.locator('td[data-cell="B5"]').click();
  await page.screenshot({ path: path.join(OUT, 'screenshot-1-formulas.png') });
  await page.close();

  // 2. Insert tier timeline: a row per report year, a column per source, the verdict of each.
  page = await open();
  await page.locator('td[data-cell="A1"]').click();
  await menu(page, 'Insert tier timeline');
  await page.waitForSelector('#toast:not([hidden])');
  await page.screenshot({ path: path.join(OUT, 'screenshot-2-tier-timeline.png') });

  // 3. Chart tier timeline: the tier chart beside its data, from the same table.
  await menu(page, 'Chart tier timeline');
  await page.waitForSelector('figure.chart');
  await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'screenshot-3-tier-chart.png') });
  await page.close();

  // 4. Browse sources: the sidebar beside a sheet with a formula in it.
  page = await open();
  await type(page, 'A1', '=TIP_TIER(2016)');
  await type(page, 'A2', '=TIP_SOURCE("tier", 2016)');
  await page.locator('td[data-cell="A3"]').click();
  await menu(page, 'Browse sources');
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('#f-year').waitFor();
  // The 2016 report's facts, the first card's quote and buttons in view.
  await frame.locator('#f-year').selectOption('2016');
  await frame.locator('#articles li.fact').first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(OUT, 'screenshot-4-sources-sidebar.png') });
  await page.close();
}

export async function makeImages({ skipBuild = false } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: set CHROMIUM_PATH.`);
  fs.mkdirSync(OUT, { recursive: true });
  const preview = await startPreview({ port: 0, skipBuild });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const [name, [w, h, from]] of Object.entries(MARKETPLACE_IMAGES))
      if (from.endsWith('.svg')) await renderSvg(browser, from, w, h, path.join(OUT, name));
    await screenshots(browser, preview.url);
  } finally {
    await browser.close();
    await preview.close();
  }
  return Object.keys(MARKETPLACE_IMAGES).map((n) => path.join(OUT, n));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await makeImages({ skipBuild: process.argv.includes('--no-build') });
  for (const f of files) console.log(`marketplace-images: ${path.relative(ROOT, f)}`);
}

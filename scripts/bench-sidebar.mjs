// The sources panel in headless Chromium (Debian's chromium, driven by playwright-core): the
// size of dist/Sidebar.html, and the time from the start of navigation to the first card (an
// `article.source` in the document list), as the median of several fresh page loads. The
// panel needs no server call to show its cards (its data is in the page), so the stand-in for
// google.script.run answers none. Figures, not a pass/fail test. Run by scripts/bench.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, ROOT } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE_URL = 'https://sidebar.script.test/Sidebar.html';

/** Records, in the page, when the first card is in the document: performance.now() then. */
const WATCH_FIRST_CARD = `(() => {
  const seen = () => {
    if (globalThis.__firstCard === undefined && document.querySelector('article.source')) {
      globalThis.__firstCard = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => { if (seen()) observer.disconnect(); })
    .observe(document, { childList: true, subtree: true });
})();`;

function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** { bytes, firstCardMs, loadMs, rounds } for dist/Sidebar.html (or `file`). */
export async function benchSidebar(file = path.join(DIST, 'Sidebar.html'), rounds = 15) {
  const html = fs.readFileSync(file, 'utf8');
  const shim = fs.readFileSync(path.join(ROOT, 'emulator', 'script-run.js'), 'utf8');
  const page = html.replace('<head>', () => `<head><script>${shim}</script>`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const firstCard = [];
  const load = [];
  try {
    for (let i = 0; i < rounds + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
      const tab = await context.newPage();
      await tab.exposeFunction('__gasCall', async () =>
        JSON.stringify({ ok: false, error: 'no server in the benchmark' }),
      );
      await tab.addInitScript(WATCH_FIRST_CARD);
      await tab.route(PAGE_URL, (route) =>
        route.fulfill({ body: page, contentType: 'text/html; charset=utf-8' }),
      );
      await tab.goto(PAGE_URL, { waitUntil: 'load' });
      await tab.waitForFunction(() => globalThis.__firstCard !== undefined);
      const t = await tab.evaluate(() => ({
        card: globalThis.__firstCard,
        load: performance.getEntriesByType('navigation')[0].loadEventEnd,
      }));
      // The first round warms the browser up (its processes, the disk cache of its files).
      if (i > 0) {
        firstCard.push(t.card);
        load.push(t.load);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    bytes: Buffer.byteLength(html),
    firstCardMs: median(firstCard),
    loadMs: median(load),
    rounds,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchSidebar(process.argv[2]);
  console.log(`dist/Sidebar.html ${r.bytes} bytes (${(r.bytes / 1024).toFixed(1)} KB)`);
  console.log(`time to first card ${r.firstCardMs.toFixed(1)} ms, load event ${r.loadMs.toFixed(1)} ms (median of ${r.rounds})`);
}

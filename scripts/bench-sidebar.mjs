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

/**
 * For each page file (dist/Sidebar.html by default): { file, bytes, firstCardMs, loadMs, rounds }.
 * The files' loads alternate round by round, so that a busy machine slows each alike.
 */
export async function benchSidebar(files = [path.join(DIST, 'Sidebar.html')], rounds = 15) {
  const shim = fs.readFileSync(path.join(ROOT, 'emulator', 'script-run.js'), 'utf8');
  const pages = files.map((file) =>
    fs.readFileSync(file, 'utf8').replace('<head>', () => `<head><script>${shim}</script>`),
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const firstCard = files.map(() => []);
  const load = files.map(() => []);
  try {
    for (let i = 0; i < rounds + 1; i++) {
      for (let f = 0; f < files.length; f++) {
        const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
        const tab = await context.newPage();
        await tab.exposeFunction('__gasCall', async () =>
          JSON.stringify({ ok: false, error: 'no server in the benchmark' }),
        );
        await tab.addInitScript(WATCH_FIRST_CARD);
        await tab.route(PAGE_URL, (route) =>
          route.fulfill({ body: pages[f], contentType: 'text/html; charset=utf-8' }),
        );
        await tab.goto(PAGE_URL, { waitUntil: 'load' });
        await tab.waitForFunction(() => globalThis.__firstCard !== undefined);
        const t = await tab.evaluate(() => ({
          card: globalThis.__firstCard,
          load: performance.getEntriesByType('navigation')[0].loadEventEnd,
        }));
        // The first round warms the browser up (its processes, the disk cache of its files).
        if (i > 0) {
          firstCard[f].push(t.card);
          load[f].push(t.load);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return files.map((file, f) => ({
    file,
    bytes: Buffer.byteLength(fs.readFileSync(file)),
    firstCardMs: median(firstCard[f]),
    loadMs: median(load[f]),
    rounds,
  }));
}

//   node scripts/bench-sidebar.mjs [FILE...]   (default dist/Sidebar.html)
if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  for (const r of await benchSidebar(files.length ? files : undefined)) {
    console.log(
      `${path.relative(process.cwd(), r.file)}: ${r.bytes} bytes (${(r.bytes / 1024).toFixed(1)} KB); first card ${r.firstCardMs.toFixed(1)} ms, load event ${r.loadMs.toFixed(1)} ms (median of ${r.rounds})`,
    );
  }
}

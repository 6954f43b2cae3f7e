/**
 * The preview as `npm start` serves it, for the browser tests: the server started as a child
 * process (port 0, loopback), pages opened in headless Chromium, and helpers that act as a
 * user does (click a cell, type, press keys, choose a menu item) and look as a user does (is a
 * cell on screen?). A test file calls usePreview() once: one server and browser for its tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Locator, Page } from 'playwright-core';
import { ROOT, launch } from './browser';

export { ARTIFACTS, ROOT, screenshot } from './browser';

export interface Preview {
  url: string;
  browser: Browser;
  stop(): Promise<void>;
}

export async function startPreview(): Promise<Preview> {
  const server: ChildProcess = spawn(
    process.execPath,
    ['scripts/preview.mjs', '--port', '0', '--no-build'],
    { cwd: ROOT },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    server.stderr!.on('data', (chunk) => (out += String(chunk)));
    server.once('exit', (code) => reject(new Error(`preview exited with ${code}: ${out}`)));
  });
  const browser = await launch();
  return {
    url,
    browser,
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}

/**
 * Starts the preview before the file's tests (beforeAll) and stops it after them (afterAll);
 * `open` opens a fresh page of it, `url` is where it is served.
 */
export function usePreview(): {
  readonly url: string;
  open(viewport?: { width: number; height: number }): Promise<PreviewPage>;
} {
  let preview: Preview | undefined;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });
  return {
    get url() {
      return preview!.url;
    },
    open: (viewport) => openPreview(preview!, viewport),
  };
}

export interface PreviewPage {
  page: Page;
  requests: string[];
  dialogs: string[];
  errors: string[];
}

export async function openPreview(
  preview: Preview,
  viewport = { width: 1300, height: 900 },
): Promise<PreviewPage> {
  const page = await preview.browser.newPage({ viewport });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, requests, dialogs, errors };
}

export const cell = (page: Page, a1: string): Locator => page.locator(`td[data-cell="${a1}"]`);

/** Selects a cell with a click, types into the formula bar and presses Enter. */
export async function type(page: Page, a1: string, content: string): Promise<void> {
  await cell(page, a1).click();
  await page.fill('#formula', content);
  await page.press('#formula', 'Enter');
}

/** Go to a cell, as the user does with the Go to box. */
export async function goTo(page: Page, a1: string): Promise<void> {
  await page.fill('#go-cell', a1);
  await page.press('#go-cell', 'Enter');
}

/** Chooses an item of the add-on menu, as the user does. */
export async function chooseMenuItem(page: Page, item: string): Promise<void> {
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: item }).click();
}

export const selected = (page: Page) => page.textContent('#cell-name');

/**
 * Whether a cell can be seen: inside the grid's scrolled area, clear of the sticky row and
 * column headers, and the topmost thing at its centre (not covered by anything else).
 */
export async function isOnScreen(page: Page, a1: string): Promise<boolean> {
  return page.evaluate((a1) => {
    const td = document.querySelector<HTMLElement>(`td[data-cell="${a1}"]`);
    const wrap = document.getElementById('grid')!;
    if (!td) return false;
    const r = td.getBoundingClientRect();
    const w = wrap.getBoundingClientRect();
    const head = wrap.querySelector('thead')!.getBoundingClientRect();
    const rowHead = wrap.querySelector('tbody th')!.getBoundingClientRect();
    const inside =
      r.top >= head.bottom - 1 &&
      r.left >= rowHead.right - 1 &&
      r.bottom <= w.top + wrap.clientHeight + 1 &&
      r.right <= w.left + wrap.clientWidth + 1;
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inside && !!top && (top === td || td.contains(top));
  }, a1);
}

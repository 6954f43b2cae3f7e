/**
 * The sources sidebar from dist/ in headless Chromium. google.script.run is a stand-in that
 * calls the real dist/Code.js (in a bare V8 context, over the in-memory Sheets fake), so every
 * server call the panel makes is the add-on's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DATA_FILES } from '../../src/data';
import { createFakeSheets } from '../../emulator/sheets';
import { customFunctionEvaluator } from '../../emulator/formulas';
import { loadBundle, plain, type Sandbox } from '../../emulator/node-loader';
import { dataScript, unpackData } from '../../src/sidebar/embed';
import { ARTIFACTS, ROOT, launch, screenshot } from './browser';

jest.setTimeout(60_000);

const DIST = path.join(ROOT, 'dist');
const SHIM = path.join(ROOT, 'emulator', 'script-run.js');
const PAGE_URL = 'https://sidebar.script.test/Sidebar.html';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Harness {
  page: Page;
  context: BrowserContext;
  fake: ReturnType<typeof createFakeSheets>;
  sandbox: Sandbox;
  calls: { name: string; args: unknown[] }[];
  requests: string[];
  dialogs: string[];
  /** Server calls made before the panel was usable (its articles on screen). */
  callsBeforeUsable: number;
  /** Makes the next server call fail with this message. */
  failNext: { message: string | null };
  /** Delays every server call by this many ms. */
  delay: { ms: number };
}

async function open(
  tamper?: (sandbox: Sandbox) => void,
  options: { waitFor?: string; delayMs?: number; html?: (html: string) => string } = {},
): Promise<Harness> {
  const fake = createFakeSheets({
    readHtml: (name) => fs.readFileSync(path.join(DIST, `${name}.html`), 'utf8'),
  });
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  tamper?.(sandbox);
  // The menu item opens the sidebar: its HTML, with the data the build wrote in, is what the
  // page loads.
  sandbox.menuBrowseSources();
  const sidebar = fake.ui.sidebars[0];
  expect(sidebar.title).toBe('TIP Cambodia sources');

  const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  const h: Harness = {
    page,
    context,
    fake,
    sandbox,
    calls: [],
    requests: [],
    dialogs: [],
    callsBeforeUsable: -1,
    failNext: { message: null },
    delay: { ms: options.delayMs ?? 0 },
  };
  page.on('dialog', (d) => {
    h.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.exposeFunction('__gasCall', async (name: string, argsJson: string) => {
    const args = JSON.parse(argsJson) as unknown[];
    h.calls.push({ name, args });
    if (h.delay.ms) await new Promise((r) => setTimeout(r, h.delay.ms));
    if (h.failNext.message) {
      const error = h.failNext.message;
      h.failNext.message = null;
      return JSON.stringify({ ok: false, error });
    }
    try {
      return JSON.stringify({ ok: true, value: plain(sandbox[name](...args)) });
    } catch (err) {
      return JSON.stringify({ ok: false, error: (err as Error).message });
    }
  });
  // The stand-in goes first in <head>, as Apps Script's own script would be there before ours.
  const shim = fs.readFileSync(SHIM, 'utf8');
  page.on('pageerror', (e) => h.dialogs.push(`page error: ${e.message}`));
  // Served from an https origin (as Apps Script serves sidebars) so that the clipboard API is
  // available; page.route answers it here, and no request goes out.
  const html = (options.html ?? ((x: string) => x))(sidebar.html).replace(
    '<head>',
    () => `<head><script>${shim}</script>`,
  );
  await page.route(PAGE_URL, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
  page.on('request', (r) => {
    if (r.url() !== PAGE_URL) h.requests.push(r.url());
  });
  await page.goto(PAGE_URL);
  await page.waitForSelector(options.waitFor ?? 'article.source');
  h.callsBeforeUsable = h.calls.length;
  return h;
}

/** Retries an assertion until it passes or 5 s have gone (the page updates asynchronously). */
async function eventually(assertion: () => Promise<void>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (err) {
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const visibleFacts = (page: Page) => page.locator('li.fact').count();
const headlines = (page: Page) => page.locator('article.source h2').allTextContents();
const subjects = (page: Page) => page.locator('li.fact .subject').allTextContents();
/** A fact's card by its subject ("Cambodia, 2016 report", "Trafficking convictions, 2015"). */
const cardOf = (page: Page, subject: string) =>
  page.locator('li.fact', { has: page.locator('.subject', { hasText: subject }) });

// The documents of the two documents sources, and every fact the sidebar shows: the news
// articles' placements, negative facts and figures, and the report pages' placements and
// figures.
const DOCUMENTS = [...DATA_FILES.articles, ...DATA_FILES.reportPages];
const FACTS = [
  ...DATA_FILES.placements,
  ...DATA_FILES.reportPlacements,
  ...DATA_FILES.nonPlacements,
  ...DATA_FILES.figures,
];
const PLACEMENTS = [...DATA_FILES.placements, ...DATA_FILES.reportPlacements];
/** The documents with at least one fact: the three undated report pages have none. */
const withFacts = <T extends { id: string }>(documents: T[]) =>
  documents.filter((d) => FACTS.some((f) => f.document === d.id));
const WITH_FACTS = withFacts(DOCUMENTS);
/** The report's pages undated (no report year): they give no fact. */
const UNDATED = DATA_FILES.reportPages.filter((p) => p.reportYear === null);
/** As the panel lists them: by report year, the undated ones last, otherwise in file order. */
const byReportYear = <T extends { reportYear: number | null }>(documents: T[]) =>
  [...documents].sort((a, b) => (a.reportYear ?? Infinity) - (b.reportYear ?? Infinity));
const REPORT_PAGES = byReportYear(DATA_FILES.reportPages);
const REPORT_LABEL = DATA_FILES.sources.find((s) => s.key === 'report')!.label;

test('shows every document with its facts and quotes, and a timeline telling stated from inferred', async () => {
  const h = await open();
  const { page } = h;
  // With no filter, every document: the 14 articles and passages and the report's 27
  // pages, 38 of which give a fact; the three undated report pages give none and are listed
  // all the same.
  expect([DOCUMENTS.length, WITH_FACTS.length, UNDATED.length]).toEqual([41, 38, 3]);
  expect((await headlines(page)).sort()).toEqual(DOCUMENTS.map((a) => a.headline).sort());
  const total = FACTS.length;
  expect(total).toBe(77 + 27 + 13 + 48);
  expect(await visibleFacts(page)).toBe(total);
  await expect(page.locator('#count').textContent()).resolves.toBe(
    `${total} facts in ${DOCUMENTS.length} documents`,
  );
  // Each undated page: its year not fixed, why (the clue and its reasoning), its address as a
  // link, and no fact. They are listed last, after the dated documents.
  const cards = await page.locator('article.source').evaluateAll((articles) =>
    articles.map((a) => ({
      headline: a.querySelector('h2')!.textContent,
      meta: a.querySelector('.meta')!.textContent,
      link: a.querySelector('.address a')?.getAttribute('href') ?? null,
      why: a.querySelector('details p')!.textContent,
      facts: a.querySelectorAll('li.fact').length,
    })),
  );
  const undatedCards = cards.filter((c) => c.meta!.endsWith('report year not fixed'));
  expect(cards.slice(-UNDATED.length)).toEqual(undatedCards);
  expect(undatedCards).toEqual(
    UNDATED.map((p) => ({
      headline: p.headline,
      meta: `${REPORT_LABEL} · ${p.kind} · ${p.publisher} · report year not fixed`,
      link: p.url,
      why: `Report year (not fixed): “${p.reportYearClue.quote}”: ${p.reportYearClue.reasoning}`,
      facts: 0,
    })),
  );
  // Every other document gives a fact, and has a fixed report year.
  expect(cards.filter((c) => c.facts === 0)).toEqual(undatedCards);
  await page.locator('article.source').nth(-UNDATED.length).scrollIntoViewIfNeeded();
  await screenshot(page, 'sidebar-undated');
  await page.evaluate(() => window.scrollTo(0, 0));
  // Every quote is on the page, as text.
  const quotes = await page.locator('blockquote').allTextContents();
  for (const p of FACTS) expect(quotes).toContain(`“${p.quote}”`);
  // Source, kind, publisher (and byline), date where known, and report year, stated or inferred.
  const meta = await page.locator('.meta').allTextContents();
  expect(meta).toContain(
    'the news articles · news article · Phnom Penh Post · 2017 report, year stated',
  );
  expect(meta).toContain(
    'the news articles · news article · Khmer Times (Taing Vida) · 2019 report, year from an outside fact',
  );
  expect(meta).toContain(
    'the news articles · news article · publisher not known · 2003 report, year inferred',
  );
  expect(meta).toContain(
    'the news articles · news passage · VOA Khmer (Voice of America) · 2014 report, year from an outside fact',
  );
  expect(meta).toContain(
    "the report's own words · mirror of report text · UNHCR Refworld · 12 July 2001 · 2001 report, year stated",
  );
  expect(meta).toContain(
    "the report's own words · embassy press release · US Embassy Phnom Penh · 15 June 2010 · 2010 report, year stated",
  );
  // The timeline: one dot per Cambodian report year of either documents source, filled when a
  // source states it (the report's words state every year they cover, and the 2025 passages
  // their own year), hollow when it is only inferred (2012, 2014), dashed when it rests on an
  // outside fact alone (none now: 2019, once the articles' outside-fact year, is stated in the
  // report's words).
  const cambodia = PLACEMENTS.filter((p) => p.country === 'Cambodia');
  const years = new Set(cambodia.map((p) => p.year));
  const statedYears = new Set(cambodia.filter((p) => p.basis === 'stated').map((p) => p.year));
  const inferredYears = new Set(
    cambodia.filter((p) => p.basis === 'inferred' && !statedYears.has(p.year)).map((p) => p.year),
  );
  expect([years.size, statedYears.size, [...inferredYears].sort()]).toEqual([23, 21, [2012, 2014]]);
  await expect(page.locator('svg circle.dot').count()).resolves.toBe(years.size);
  // Each dot at TIP_TIER_NUMBER's number, up as in the tier chart (Tier 3 highest), in its
  // tier's colour: 2002 Tier 3 vermillion above 2001 Tier 2 blue.
  const dot = (year: number) =>
    page
      .locator(`svg circle.dot[data-year="${year}"]`)
      .evaluate((e) => [Number(e.getAttribute('cy')), getComputedStyle(e).stroke] as const);
  const [y2001, c2001] = await dot(2001);
  const [y2002, c2002] = await dot(2002);
  const [y2006] = await dot(2006);
  expect(y2002).toBeLessThan(y2006);
  expect(y2006).toBeLessThan(y2001);
  expect([c2001, c2002]).toEqual(['rgb(0, 114, 178)', 'rgb(213, 94, 0)']);
  await expect(page.locator('svg circle.dot.stated').count()).resolves.toBe(statedYears.size);
  await expect(page.locator('svg circle.dot.external').count()).resolves.toBe(0);
  await expect(
    page
      .locator('svg circle.dot.inferred')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-year')))),
  ).resolves.toEqual([...inferredYears].sort());
  // Every external fact shows the outside facts it rests on (one or more), with where to
  // check each; no other fact shows one.
  const external = page.locator('li.fact', { has: page.locator('.badge.external') });
  const externals = FACTS.filter((f) => f.basis === 'external');
  await expect(external.count()).resolves.toBe(externals.length);
  await expect(
    external.evaluateAll((cards) => cards.every((c) => c.querySelector('.outside'))),
  ).resolves.toBe(true);
  const outside = externals.reduce((n, f) => n + (f.outsideFacts?.length ?? 0), 0);
  expect(outside).toBeGreaterThan(externals.length);
  await expect(external.locator('.outside').count()).resolves.toBe(outside);
  await expect(page.locator('.outside').count()).resolves.toBe(outside);
  await expect(
    page.locator('li.fact', { hasText: 'Brunei, 2003 report' }).locator('.outside').textContent(),
  ).resolves.toMatch(/^Outside fact: In 2003 ASEAN had ten members.*Check: ASEAN Secretariat/);
  await screenshot(page, 'sidebar');
  expect(h.requests).toEqual([]);
  expect(h.calls).toEqual([]);
  await h.context.close();
});

test('filters by country, year and metric, and searches the text', async () => {
  const h = await open();
  const { page } = h;
  await page.selectOption('#f-year', '2019');
  // The documents with a 2019 fact, by report year: the 2019 report page, the Khmer Times
  // article, the 2020 report page (which gives the 2019 tier), the 2021 report's protection
  // section (its 2019 victims) and the 2021 VOA passage.
  expect(await headlines(page)).toEqual([
    '[Cambodia, 2019 Trafficking in Persons Report]',
    'NCCT slams US report on human trafficking',
    '2020 Trafficking in Persons Report: Cambodia',
    '[Cambodia, 2021 Trafficking in Persons Report: Protection]',
    'Cambodia Shows No Improvement in Latest US Trafficking Report',
  ]);
  expect(await visibleFacts(page)).toBe(
    PLACEMENTS.filter((p) => p.year === 2019).length +
      DATA_FILES.nonPlacements.filter((p) => p.year === 2019).length +
      DATA_FILES.figures.filter((f) => f.period.year === 2019).length,
  );
  await page.selectOption('#f-year', '');
  await page.selectOption('#f-country', 'Burma');
  expect(await visibleFacts(page)).toBe(
    [...PLACEMENTS, ...DATA_FILES.nonPlacements].filter((p) => p.country === 'Burma').length,
  );
  await page.selectOption('#f-country', '');
  await page.selectOption('#f-what', 'convictions');
  await expect(subjects(page)).resolves.toEqual([
    'Trafficking convictions, April 2008–March 2009',
    'Trafficking convictions, April 2007–March 2008',
    'Trafficking convictions, 2009',
    'Trafficking convictions, 2008',
    'Trafficking convictions, 2012',
    'Trafficking convictions, 2017 reporting period',
    'Trafficking convictions, 2015',
    'Trafficking convictions, 2014',
    'Trafficking convictions, 2015',
    'Trafficking convictions, 2016',
  ]);
  await page.selectOption('#f-what', '');
  // The article's misspelling is found: it is in the quote behind every 2003 Tier 3 listing.
  await page.fill('#f-query', 'herzegovinia');
  const listed = await page.locator('li.fact .subject').allTextContents();
  expect(listed).toHaveLength(13);
  expect(listed).toContain('Bosnia and Herzegovina, 2003 report');
  await page.fill('#f-query', 'at least');
  await expect(page.locator('li.fact .value').allTextContents()).resolves.toEqual([
    'at least 100 individuals, 2017 reporting period',
    '43 individuals, 2015',
    '29 individuals, 2014',
    '43 individuals, 2015',
    'at least 100 individuals, 2016',
  ]);
  await page.fill('#f-query', '');
  await page.selectOption('#f-what', 'cases_foiled');
  await expect(page.locator('li.fact .value').allTextContents()).resolves.toEqual([
    '78 cases, January–June 2019',
    '62 cases, January–June 2018',
  ]);
  await page.selectOption('#f-what', '');
  await page.click('#f-reset');
  expect(await page.inputValue('#f-query')).toBe('');
  expect(await headlines(page)).toHaveLength(DOCUMENTS.length);
  // Picking a year on the timeline filters to it, from the keyboard too: the 2005 report
  // page, and the three articles that speak of the 2005 report.
  await page.locator('svg circle.dot[data-year="2005"]').focus();
  await page.keyboard.press('Enter');
  expect(await page.inputValue('#f-year')).toBe('2005');
  await expect(subjects(page)).resolves.toEqual([
    'Cambodia, 2005 report',
    'Cambodia, 2005 report',
    'Cambodia, 2005 report',
    'Cambodia, 2005 report',
  ]);
  expect(await headlines(page)).toEqual([
    'U.S. Department of State 2005 Trafficking in Persons Report - Cambodia',
    'Cambodia Stays at Tier 2 of Human Trafficking List',
    'Anti-Trafficking Efforts Improving: US',
    'US Downgrades Cambodian Trafficking Efforts',
  ]);
  expect(h.requests).toEqual([]);
  await h.context.close();
});

test('inserts a value or a formula into the active cell through the server, asking before replacing', async () => {
  const h = await open();
  const { page, fake } = h;
  const sheet = fake.spreadsheet.sheet('Sheet1');
  fake.spreadsheet.activeRange = sheet.range(2, 2, 1, 1); // B2
  await page.fill('#f-query', 'ascended back');
  const y2016 = page.locator('li.fact', { hasText: 'Cambodia, 2016 report' });
  // The article's card names its source: the default would answer from the report.
  const articles2016 = '=TIP_TIER(2016, "Cambodia", "articles")';
  await y2016.getByRole('button', { name: `Insert the formula ${articles2016}` }).click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe(
      `Inserted ${articles2016} into Sheet1!B2.`,
    ),
  );
  expect(sheet.cell(2, 2)!.formula).toBe(articles2016);
  // The outcome is shown in the card acted on, not only at the top of the panel.
  expect(await y2016.locator('.card-status').textContent()).toBe(
    `Inserted ${articles2016} into Sheet1!B2.`,
  );
  expect(await y2016.locator('.card-status').isVisible()).toBe(true);
  expect(await page.locator('li.fact .card-status:visible').count()).toBe(1);
  expect(h.calls.at(-1)).toEqual({
    name: 'sidebarInsert',
    args: [
      {
        what: 'tier',
        when: 2016,
        country: 'Cambodia',
        source: 'articles',
        mode: 'formula',
        replace: false,
      },
    ],
  });

  // B2 is taken now: the panel asks, and Cancel leaves it.
  await y2016.getByRole('button', { name: /Insert the value/ }).click();
  const confirm = page.locator('.confirm');
  await eventually(async () =>
    expect(await confirm.textContent()).toContain(
      `Sheet1!B2 holds a formula (${articles2016}). Replace it?`,
    ),
  );
  // A warning, styled as one (bold brown with a sign), not in the success green.
  const status = y2016.locator('.card-status');
  expect(await status.textContent()).toBe('Sheet1!B2 is not empty.');
  expect(await status.getAttribute('data-kind')).toBe('warning');
  expect(await status.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(138, 75, 0)');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe('Nothing was inserted.'),
  );
  expect(sheet.cell(2, 2)!.formula).toBe(articles2016);
  await y2016.getByRole('button', { name: /Insert the value/ }).click();
  await page.locator('.confirm').getByRole('button', { name: 'Replace' }).click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe('Inserted Tier 2 into Sheet1!B2.'),
  );
  expect([sheet.cell(2, 2)!.value, sheet.cell(2, 2)!.formula]).toEqual(['Tier 2', '']);
  expect(h.calls.at(-1)!.args).toEqual([
    {
      what: 'tier',
      when: 2016,
      country: 'Cambodia',
      source: 'articles',
      mode: 'value',
      replace: true,
    },
  ]);

  // A figure, as a value: the number, computed by the server.
  fake.spreadsheet.activeRange = sheet.range(3, 2, 1, 1);
  await page.fill('#f-query', '');
  await page.selectOption('#f-what', 'ncct_funding');
  await page
    .locator('li.fact', { hasText: 'Funding of the national anti-trafficking committee, 2015' })
    .getByRole('button', { name: /Insert the value/ })
    .click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe('Inserted 877407 into Sheet1!B3.'),
  );
  expect(sheet.cell(3, 2)!.value).toBe(877407);

  // "At least" and a part-year period show in the cell, which stays a number.
  fake.spreadsheet.activeRange = sheet.range(4, 2, 1, 1);
  await page.selectOption('#f-what', 'convictions');
  await page
    .locator('li.fact', { hasText: 'Trafficking convictions, 2016' })
    .getByRole('button', { name: /Insert the value/ })
    .click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe(
      'Inserted at least 100 into Sheet1!B4.',
    ),
  );
  expect(sheet.cell(4, 2)!.value).toBe(100);
  expect(sheet.range(4, 2, 1, 1).getDisplayValue()).toBe('at least 100');
  fake.spreadsheet.activeRange = sheet.range(5, 2, 1, 1);
  await page.selectOption('#f-what', 'cases_foiled');
  const foiled = page.locator('li.fact', { hasText: 'police (NCCT count), January–June 2019' });
  await foiled.getByRole('button', { name: /Insert the value/ }).click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe(
      'Inserted 78 (January–June 2019) into Sheet1!B5.',
    ),
  );
  expect(sheet.range(5, 2, 1, 1).getDisplayValue()).toBe('78 (January–June 2019)');
  expect(sheet.cell(5, 2)!.value).toBe(78);
  fake.spreadsheet.activeRange = sheet.range(6, 2, 1, 1);
  await foiled.getByRole('button', { name: /Insert the formula/ }).click();
  await eventually(async () =>
    expect(sheet.cell(6, 2)?.formula).toBe(
      '=TIP_STAT("cases_foiled", "Jan-Jun 2019", "Cambodia", "articles")',
    ),
  );
  expect(h.requests).toEqual([]);
  await h.context.close();
});

test('a report page’s card inserts the report’s tier: the default formula, which answers from the report, and a value with the report’s citation as its note', async () => {
  const h = await open();
  const { page, fake, sandbox } = h;
  // The formula is computed as Sheets would, by the bundle's own custom functions.
  fake.spreadsheet.compute = customFunctionEvaluator(
    sandbox as unknown as Record<string, (...a: unknown[]) => unknown>,
  );
  const sheet = fake.spreadsheet.sheet('Sheet1');
  // The 2018 placement is the report's alone: its 2018 page states it (and no other page of
  // the report gives 2018), no article gives 2018.
  const page2018 = DATA_FILES.reportPages.find((p) => p.id === 'report-2018')!;
  const placed = DATA_FILES.reportPlacements.filter(
    (p) => p.country === 'Cambodia' && p.year === 2018,
  );
  expect(placed.map((p) => [p.document, p.tier, p.basis])).toEqual([
    [page2018.id, 'Tier 2', 'stated'],
  ]);
  const [p2018] = placed;
  expect(DATA_FILES.placements.some((p) => p.country === 'Cambodia' && p.year === 2018)).toBe(
    false,
  );
  // The report's line: the quote and what it says of the move, the short citation with the
  // page's address, and the basis.
  const note = `“${p2018.quote}” (${p2018.movement}) — (U.S. Department of State, 2018) ${page2018.url}; stated.`;
  expect(note).toBe(
    '“therefore Cambodia remained on Tier 2” (remained) — (U.S. Department of State, 2018) https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/; stated.',
  );

  await page.selectOption('#f-source', 'report');
  const card = page
    .locator('article.source', { has: page.locator('h2', { hasText: page2018.headline }) })
    .locator('li.fact', { has: page.locator('.subject', { hasText: 'Cambodia, 2018 report' }) });
  expect(await card.count()).toBe(1);
  // The default ("any") answers 2018 from the report, so the formula needs no source.
  const formula = '=TIP_TIER(2018)';
  fake.spreadsheet.activeRange = sheet.range(2, 2, 1, 1); // B2
  await card.getByRole('button', { name: `Insert the formula ${formula}` }).click();
  await eventually(async () =>
    expect(await card.locator('.card-status').textContent()).toBe(
      `Inserted ${formula} into Sheet1!B2.`,
    ),
  );
  expect(h.calls.at(-1)).toEqual({
    name: 'sidebarInsert',
    args: [
      {
        what: 'tier',
        when: 2018,
        country: 'Cambodia',
        mode: 'formula',
        replace: false,
      },
    ],
  });
  expect(sheet.cell(2, 2)!.formula).toBe(formula);
  expect(sheet.getRange('B2').getDisplayValue()).toBe('Tier 2');
  expect(sheet.cell(2, 2)!.note).toBe(note);

  // Insert value: the same tier, from the source the default takes, with the same note.
  fake.spreadsheet.activeRange = sheet.range(3, 2, 1, 1); // B3
  await card.getByRole('button', { name: 'Insert the value of Cambodia, 2018 report' }).click();
  await eventually(async () =>
    expect(await card.locator('.card-status').textContent()).toBe(
      'Inserted Tier 2 into Sheet1!B3.',
    ),
  );
  expect(h.calls.at(-1)!.args).toEqual([
    {
      what: 'tier',
      when: 2018,
      country: 'Cambodia',
      mode: 'value',
      replace: false,
    },
  ]);
  const b3 = sheet.cell(3, 2)!;
  expect([b3.value, b3.formula, b3.note]).toEqual(['Tier 2', '', note]);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'sidebar-report-insert');

  // The default answers from the report (TIP_BASIS says so); the articles, asked by name,
  // have no 2018 tier.
  expect(sandbox.TIP_BASIS('tier', 2018)).toBe('stated (report)');
  expect(() => sandbox.TIP_TIER(2018, 'Cambodia', 'articles')).toThrow(
    /No tier for Cambodia in the 2018 report in the news articles/,
  );
  sheet.getRange('B4').setFormula('=TIP_TIER(2018, "Cambodia", "articles")');
  expect(sheet.getRange('B4').getDisplayValue()).toBe('#ERROR!');
  expect(h.requests).toEqual([]);
  expect(h.dialogs).toEqual([]);
  await h.context.close();
});

test('copies a citation in the style chosen: exactly the string =TIP_CITE gives for the value', async () => {
  const h = await open();
  const { page, sandbox } = h;
  const styles = await page.locator('#cite-style option').allTextContents();
  expect(styles).toEqual([
    'APA 7th edition (author–date)',
    'Chicago 17th edition (notes and bibliography)',
  ]);
  const copyOf = async (card: ReturnType<typeof cardOf>) => {
    await page.evaluate(() => (document.getElementById('status')!.textContent = ''));
    await card.getByRole('button', { name: /Copy the citation/ }).click();
    await eventually(async () =>
      expect(await card.locator('.card-status').textContent()).toBe('Citation copied.'),
    );
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const cite = (...args: unknown[]) => plain(sandbox.TIP_CITE(...args)) as string;
  // The 2018 page's card, the Embassy's 2009 release (the 2008 and 2009 placements), the VOA
  // article's 2008 card, a figure, and a 2025 passage.
  const inDocument = (headline: string, subject: string) =>
    page
      .locator('article.source', { has: page.locator('h2', { hasText: headline }) })
      .locator('li.fact', { has: page.locator('.subject', { hasText: subject }) })
      .first();
  const cases: [ReturnType<typeof cardOf>, unknown[]][] = [
    [
      inDocument('[Cambodia, 2018 Trafficking', 'Cambodia, 2018 report'),
      ['tier', 2018, '', 'report'],
    ],
    [
      inDocument('Cambodia Placed on Tier 2 Watch List', 'Cambodia, 2009 report'),
      ['tier', 2009, '', 'report'],
    ],
    [
      inDocument('US Downgrades Cambodian', 'Cambodia, 2009 report'),
      ['tier', 2009, '', 'articles'],
    ],
    [cardOf(page, 'Trafficking convictions, 2016'), ['convictions', 2016]],
    [inDocument('[CamboJA News report', 'Cambodia, 2025 report'), ['tier', 2025, '', 'articles']],
  ];
  // APA, the default; then Chicago's bibliography entry.
  for (const [card, args] of cases) expect(await copyOf(card)).toBe(cite(...args));
  await page.selectOption('#cite-style', 'chicago');
  for (const [card, args] of cases)
    expect(await copyOf(card)).toBe(cite(...[...args, '', ''].slice(0, 4), 'chicago'));
  expect(await copyOf(cases[0][0])).toBe(
    'U.S. Department of State. “2018 Trafficking in Persons Report: Cambodia.” U.S. Department of State, June 28, 2018. https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/.',
  );

  // The choice holds while the panel is open, through filtering, and when it is opened again.
  await page.selectOption('#f-year', '2016');
  expect(await copyOf(cardOf(page, 'Trafficking convictions, 2016'))).toBe(
    cite('convictions', 2016, '', '', 'chicago'),
  );
  await page.reload();
  await page.waitForSelector('article.source');
  expect(await page.locator('#cite-style').inputValue()).toBe('chicago');
  expect(h.requests).toEqual([]);
  expect(h.dialogs).toEqual([]);
  await h.context.close();
});

test('a blank cell of a formula’s array result is asked about as a filled one is, one server call each', async () => {
  const h = await open();
  const { page, fake, sandbox } = h;
  fake.spreadsheet.compute = customFunctionEvaluator(
    sandbox as unknown as Record<string, (...a: unknown[]) => unknown>,
  );
  const sheet = fake.spreadsheet.sheet('Sheet1');
  sheet.getRange('A1').setFormula('=TIP_TIER(B3:C3)'); // a row result: A1:B1, both blank
  sheet.getRange('A5').setFormula('=TIP_TIER(B5:B6)'); // a column result: A5:A6
  fake.spreadsheet.activeRange = sheet.range(1, 2, 1, 1); // B1
  await page.fill('#f-query', 'ascended back');
  const y2016 = page.locator('li.fact', { hasText: 'Cambodia, 2016 report' });
  await y2016.getByRole('button', { name: /Insert the value/ }).click();
  const confirm = page.locator('.confirm');
  await eventually(async () =>
    expect(await confirm.textContent()).toContain(
      'Sheet1!B1 may be part of the result of the formula in A1 (=TIP_TIER(B3:C3)): inserting there would turn that formula into #REF!. Insert anyway?',
    ),
  );
  expect(await y2016.locator('.card-status').textContent()).toBe(
    'Sheet1!B1 may be part of a formula’s result.',
  );
  expect(h.calls).toHaveLength(1);
  expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['', '']]);
  expect(sheet.cell(1, 2)?.value ?? '').toBe('');
  await screenshot(page, 'sidebar-formula-result');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe('Nothing was inserted.'),
  );
  expect(h.calls).toHaveLength(1);
  expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['', '']]);

  // The column result, as a formula: asked, then written once the user agrees.
  fake.spreadsheet.activeRange = sheet.range(6, 1, 1, 1); // A6
  await y2016.getByRole('button', { name: /^Insert the formula/ }).click();
  await eventually(async () =>
    expect(await confirm.textContent()).toContain(
      'Sheet1!A6 may be part of the result of the formula in A5 (=TIP_TIER(B5:B6))',
    ),
  );
  expect(sheet.getRange('A5:A6').getDisplayValues()).toEqual([[''], ['']]);
  await confirm.getByRole('button', { name: 'Insert anyway' }).click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe(
      'Inserted =TIP_TIER(2016, "Cambodia", "articles") into Sheet1!A6.',
    ),
  );
  expect(h.calls.map((c) => (c.args[0] as { replace: boolean }).replace)).toEqual([
    false,
    false,
    true,
  ]);
  expect(sheet.getRange('A5:A6').getDisplayValues()).toEqual([['#REF!'], ['Tier 2']]);
  expect(h.requests).toEqual([]);
  await h.context.close();
});

test('copies a citation without the clipboard API, with the copy command', async () => {
  const h = await open();
  const { page } = h;
  await page.selectOption('#f-what', 'convictions');
  const copy = cardOf(page, 'Trafficking convictions, 2015')
    .last()
    .getByRole('button', {
      name: /Copy the citation/,
    });
  // Where the clipboard API is blocked (a sidebar iframe may block it), the copy command is used.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
    document.addEventListener('copy', () => {
      const area = document.activeElement as HTMLTextAreaElement;
      (window as unknown as { __copied: string }).__copied = area.value.slice(
        area.selectionStart,
        area.selectionEnd,
      );
    });
  });
  await copy.click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toBe('Citation copied.'),
  );
  expect(await page.evaluate(() => (window as unknown as { __copied: string }).__copied)).toBe(
    plain(h.sandbox.TIP_CITE('convictions', 2015, '', 'articles')),
  );
  expect(h.requests).toEqual([]);
  await h.context.close();
});

test('shows a loading state, and a server failure in the panel', async () => {
  const h = await open();
  const { page } = h;
  h.delay.ms = 400;
  await page.selectOption('#f-what', 'convictions');
  const card = cardOf(page, 'Trafficking convictions, 2015').last();
  const button = card.getByRole('button', { name: /Insert the value/ });
  h.failNext.message = 'Service Spreadsheets failed while accessing document.';
  await button.click();
  await eventually(async () =>
    expect(await page.locator('#status').textContent()).toMatch(/^Inserting 43 individuals, 2015…/),
  );
  await eventually(async () =>
    expect(await page.locator('#status').getAttribute('class')).toMatch(/busy/),
  );
  expect(await button.isDisabled()).toBe(true);
  await eventually(async () => expect(await page.locator('#error').isVisible()).toBe(true));
  await eventually(async () =>
    expect(await page.locator('#error').textContent()).toContain(
      'Could not insert: Service Spreadsheets failed while accessing document.',
    ),
  );
  expect(await button.isDisabled()).toBe(false);
  const status = card.locator('.card-status');
  expect(await status.textContent()).toBe(
    'Could not insert: Service Spreadsheets failed while accessing document.',
  );
  expect(await status.getAttribute('data-kind')).toBe('failed');
  await page.locator('#error').getByRole('button', { name: 'Dismiss the error' }).click();
  await eventually(async () => expect(await page.locator('#error').isHidden()).toBe(true));
  await h.context.close();
});

test('the panel is usable with no server call: its data is in the page', async () => {
  const h = await open(undefined, { delayMs: 500 });
  // Opening it from the menu is the one round trip; measured when the articles are on screen,
  // the panel has made no server call.
  expect(h.callsBeforeUsable).toBe(0);
  expect(await h.page.locator('#status').textContent()).toBe('');
  // The panel's script runs at the end of the page and draws the articles before the page's
  // DOMContentLoaded ends: its time (from navigation) is the time to a usable panel. No
  // citation processor is in the page: the citations were formatted when it was built.
  const usableMs = await h.page.evaluate(() =>
    Math.round(
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .domContentLoadedEventEnd,
    ),
  );
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(
    path.join(ARTIFACTS, 'sidebar-load.txt'),
    `Sidebar.html ${fs.statSync(path.join(DIST, 'Sidebar.html')).size} bytes; usable ${usableMs} ms after navigation\n`,
  );
  expect(usableMs).toBeLessThan(2000);
  await h.page.fill('#f-query', 'ascended back');
  expect(await visibleFacts(h.page)).toBeGreaterThan(0);
  expect(h.calls).toEqual([]);
  // The one-call-per-action budget: an insert is one round trip.
  await h.page
    .locator('li.fact')
    .first()
    .getByRole('button', { name: /Insert the value/ })
    .click();
  await eventually(async () => expect(h.calls.map((c) => c.name)).toEqual(['sidebarInsert']));
  await h.context.close();

  // A page without its data says so in the panel.
  const broken = await open(undefined, {
    waitFor: '#error:not([hidden])',
    html: (html) => html.replace(/<script type="application\/json"[^]*?<\/script>/, ''),
  });
  await eventually(async () =>
    expect(await broken.page.locator('#error').textContent()).toContain(
      'Could not load the sources: the page carries no sources data',
    ),
  );
  expect(broken.calls).toEqual([]);
  await broken.context.close();
});

test('text from the data and from the user is shown as text, never run as HTML', async () => {
  const payload = '<img src=x onerror="window.__pwned=1;alert(1)">';
  // The data goes into the page as the build writes it, with hostile text that tries to close
  // the script element it travels in.
  const h = await open(undefined, {
    html: (html) =>
      html.replace(/<script type="application\/json"[^]*?<\/script>/, (script) => {
        const json = script.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
        // The page's data is packed (packData); unpacked, changed, and packed again as built.
        const data = unpackData(JSON.parse(json)) as {
          articles: { headline: string; facts: { quote: string }[] }[];
        };
        data.articles[0].headline = `<b>${payload}</b></script><script>window.__pwned=2</script>`;
        data.articles[0].facts[0].quote = payload;
        return dataScript(data);
      }),
  });
  const { page } = h;
  await eventually(async () =>
    expect(await page.locator('blockquote').first().textContent()).toBe(`“${payload}”`),
  );
  await eventually(async () =>
    expect(await page.locator('article.source h2').first().textContent()).toBe(
      `<b>${payload}</b></script><script>window.__pwned=2</script>`,
    ),
  );
  await page.fill('#f-query', '<img src=x onerror=alert(1)>');
  await eventually(async () =>
    expect(await page.locator('.empty').textContent()).toBe(
      'No fact matches “<img src=x onerror=alert(1)>” with these filters.',
    ),
  );
  expect(await page.locator('img, b').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(h.dialogs).toEqual([]);
  expect(h.requests).toEqual([]);
  await h.context.close();
});

test('every control has a label and the panel works from the keyboard', async () => {
  const h = await open();
  const { page } = h;
  const unlabeled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select')]
      .filter((c) => !document.querySelector(`label[for="${c.id}"]`))
      .map((c) => c.id),
  );
  expect(unlabeled).toEqual([]);
  const nameless = await page.evaluate(
    () =>
      [...document.querySelectorAll('button')].filter(
        (b) => !(b.getAttribute('aria-label') || b.textContent?.trim()),
      ).length,
  );
  expect(nameless).toBe(0);
  // Tab from the search box to the country filter, and choose with the keyboard.
  await page.focus('#f-query');
  await page.keyboard.type('Tier 3');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-country');
  expect(await visibleFacts(page)).toBeGreaterThan(0);
  await h.context.close();
});

test('each placement is compared across the three sources, and the comparison can be filtered', async () => {
  const h = await open();
  const { page } = h;
  const compared = (subject: string) => cardOf(page, subject).locator('.compared');
  // In the report's page and in the articles alike, the same line for the same placement (the
  // fourth card on the 2005 report is a negative fact, with no line).
  await expect(compared('Cambodia, 2005 report').allTextContents()).resolves.toEqual(
    Array(3).fill('Across the sources: agrees: 3 sources give Tier 3 (report, dataset, articles).'),
  );
  expect(await compared('Cambodia, 2005 report').first().getAttribute('class')).toBe(
    'compared agrees',
  );
  // 2010: the embassy's release, the dataset and the 2010 Cambodia Daily passage.
  await expect(compared('Cambodia, 2010 report').allTextContents()).resolves.toEqual(
    Array(2).fill('Across the sources: agrees: 3 sources give Tier 2 (report, dataset, articles).'),
  );
  // A press card adds TIP_CHECK's verdict, and every card offers the other sources' tiers.
  const card2012 = cardOf(page, 'Cambodia, 2012 report');
  await expect(card2012.locator('.press-check').textContent()).resolves.toBe(
    'Press check: agrees with the record; no report text; press correction.',
  );
  await expect(card2012.locator('.others').textContent()).resolves.toBe(
    'Also from: Dataset (Tier 2)',
  );
  expect(await cardOf(page, 'Cambodia, 2018 report').locator('.press-check').count()).toBe(0);
  await expect(compared('Cambodia, 2016 report').first().textContent()).resolves.toBe(
    'Across the sources: agrees: 2 sources give Tier 2 (report, articles).',
  );
  // One source alone: Kelley and Heiss have no tier for Cuba in 2003 (NA), the articles have
  // none for 2018, and no other source reaches 2025.
  await expect(compared('Cuba, 2003 report').textContent()).resolves.toBe(
    'Across the sources: articles only: Tier 3.',
  );
  expect(await compared('Cuba, 2003 report').getAttribute('class')).toBe('compared only');
  // A placement one source alone gives is told apart from one the sources agree on: grey, not
  // the agreeing green.
  const colour = (subject: string) =>
    compared(subject)
      .first()
      .evaluate((e) => getComputedStyle(e).color);
  expect(await colour('Cambodia, 2005 report')).toBe('rgb(19, 115, 51)');
  expect(await colour('Cuba, 2003 report')).toBe('rgb(102, 102, 102)');
  await expect(compared('Cambodia, 2018 report').allTextContents()).resolves.toEqual([
    'Across the sources: report only: Tier 2.',
  ]);
  // Every placement and every figure carries the line (a figure's is TIP_STAT_CHECK's);
  // negative facts carry none.
  expect(await page.locator('li.fact.tier .compared').count()).toBe(PLACEMENTS.length);
  expect(await page.locator('li.fact.figure .compared').count()).toBe(DATA_FILES.figures.length);
  await expect(compared('Trafficking convictions, 2015').allTextContents()).resolves.toEqual([
    'Across the sources: agrees: 2 sources give 43 individuals in 2015 (report, articles).',
    'Across the sources: agrees: 2 sources give 43 individuals in 2015 (report, articles).',
  ]);
  await expect(compared('Trafficking convictions, 2016').textContent()).resolves.toBe(
    'Across the sources: period differs: the news articles give at least 100 individuals in 2016; the report\'s own words give the same count with no period stated (recorded for the 2017 reporting period) (=TIP_STAT("convictions", "2017 reporting period", "Cambodia", "report")).',
  );
  expect(await page.locator('li.fact.not-listed .compared').count()).toBe(0);

  // No placement differs: the filter says so.
  await page.selectOption('#f-check', 'differs');
  await expect(page.locator('.empty').textContent()).resolves.toBe(
    'No placement differs between the sources: where two or more give a tier, it is the same.',
  );
  expect(await visibleFacts(page)).toBe(0);
  // The placements one source alone gives, by document: Brunei and Cuba in 2003 (the
  // articles), Cambodia in 2018 (the report's page), Cambodia in 2025 (two news passages).
  await page.selectOption('#f-check', 'only');
  const only = [
    'Brunei, 2003 report',
    'Cuba, 2003 report',
    'Cambodia, 2018 report',
    'Cambodia, 2025 report',
    'Cambodia, 2025 report',
  ];
  await expect(subjects(page)).resolves.toEqual(only);
  await expect(
    page.locator('li.fact .compared').evaluateAll((els) => els.map((e) => e.className)),
  ).resolves.toEqual(Array(only.length).fill('compared only'));
  await expect(page.locator('#count').textContent()).resolves.toBe('5 facts in 4 documents');
  // Two or more agree: every other placement (none differs, and each has a source).
  await page.selectOption('#f-check', 'agrees');
  expect(await visibleFacts(page)).toBe(PLACEMENTS.length - only.length);
  expect(await page.locator('li.fact:not(.tier)').count()).toBe(0);
  await expect(
    page
      .locator('li.fact .compared')
      .evaluateAll((els) =>
        els.every(
          (e) =>
            e.className === 'compared agrees' &&
            /^Across the sources: agrees: [23] sources give /.test(e.textContent ?? ''),
        ),
      ),
  ).resolves.toBe(true);
  await page.click('#f-reset');
  expect(await page.inputValue('#f-check')).toBe('');
  expect(await visibleFacts(page)).toBe(FACTS.length);
  expect(h.requests).toEqual([]);
  await h.context.close();
});

test('the Source filter narrows to the report’s pages or to the articles, with the check filter too', async () => {
  const h = await open();
  const { page } = h;
  // The documents sources are offered (the dataset has no documents to list).
  await expect(
    page
      .locator('#f-source option')
      .evaluateAll((els) => els.map((e) => [(e as HTMLOptionElement).value, e.textContent])),
  ).resolves.toEqual([
    ['', 'All sources'],
    ['report', 'Report'],
    ['articles', 'Articles'],
  ]);

  // The report's own words, the Source filter alone: every page of the report, its dated
  // pages and the embassy's two releases by report year, each with its placements and
  // figures, then the three undated pages, which give none.
  await page.selectOption('#f-source', 'report');
  expect(REPORT_PAGES).toHaveLength(27);
  const pageIds = new Set(REPORT_PAGES.map((p) => p.id));
  const reportFigures = DATA_FILES.figures.filter((f) => pageIds.has(f.document)).length;
  expect(reportFigures).toBe(18);
  expect(await headlines(page)).toEqual(REPORT_PAGES.map((d) => d.headline));
  expect(await visibleFacts(page)).toBe(DATA_FILES.reportPlacements.length + reportFigures);
  await expect(page.locator('#count').textContent()).resolves.toBe(
    `${DATA_FILES.reportPlacements.length + reportFigures} facts in 27 documents`,
  );
  const metas = await page.locator('.meta').allTextContents();
  expect(metas.every((m) => m.startsWith("the report's own words · "))).toBe(true);
  expect(await page.locator('li.fact:not(.tier):not(.figure)').count()).toBe(0);
  // Only the report's placement one source alone gives: 2018.
  await page.selectOption('#f-check', 'only');
  await expect(subjects(page)).resolves.toEqual(['Cambodia, 2018 report']);
  expect(await headlines(page)).toEqual(['[Cambodia, 2018 Trafficking in Persons Report]']);
  await page.selectOption('#f-check', '');
  // The report's figures: its convictions, with their units, periods and whose count.
  await page.selectOption('#f-what', 'convictions');
  await expect(page.locator('li.fact .value').allTextContents()).resolves.toEqual([
    'at least 100 individuals, 2017 reporting period',
    '43 individuals, 2015',
    '29 individuals, 2014',
  ]);
  await expect(page.locator('li.fact .counted').first().textContent()).resolves.toBe(
    'Unit: individuals; counted by National Committee for Counter Trafficking (NCCT).',
  );
  await page.locator('li.fact.figure').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'sidebar-report-figures');
  await page.selectOption('#f-source', 'articles');
  await cardOf(page, 'Trafficking convictions, 2016').scrollIntoViewIfNeeded();
  await screenshot(page, 'sidebar-period-differs');
  await page.selectOption('#f-source', 'report');
  await page.selectOption('#f-what', 'ncct_funding');
  await expect(page.locator('.empty').textContent()).resolves.toBe(
    'No fact matches these filters.',
  );
  await page.selectOption('#f-what', '');

  // Any other filter narrows to the documents with a matching fact: the undated pages go.
  await page.selectOption('#f-what', 'tier');
  expect(await headlines(page)).toEqual(
    REPORT_PAGES.filter((d) => PLACEMENTS.some((p) => p.document === d.id)).map((d) => d.headline),
  );
  await expect(page.locator('#count').textContent()).resolves.toBe(
    `${DATA_FILES.reportPlacements.length} facts in 19 documents`,
  );
  await page.selectOption('#f-what', 'prosecutions');
  await expect(subjects(page)).resolves.toEqual([
    'Trafficking prosecutions, 2016',
    'Trafficking prosecutions, 2015',
    'Trafficking prosecutions, 2021',
  ]);
  await page.selectOption('#f-what', '');

  // The news articles: the five founding articles and the nine passages, with every
  // placement, negative fact and figure; the one without an address says so.
  await page.selectOption('#f-source', 'articles');
  expect((await headlines(page)).sort()).toEqual(DATA_FILES.articles.map((a) => a.headline).sort());
  expect(await headlines(page)).toHaveLength(14);
  const articleFacts =
    DATA_FILES.placements.length + DATA_FILES.nonPlacements.length + DATA_FILES.figures.length - 18;
  expect(await visibleFacts(page)).toBe(articleFacts);
  await expect(page.locator('#count').textContent()).resolves.toBe(
    `${articleFacts} facts in 14 documents`,
  );
  expect(
    (await page.locator('.meta').allTextContents()).every((m) =>
      m.startsWith('the news articles · '),
    ),
  ).toBe(true);
  const noAddress = DATA_FILES.articles.filter((a) => !a.url).map((a) => a.headline);
  expect(noAddress).toEqual(['Cambodia Moves Up on US Trafficking List']);
  const movesUp = page.locator('article.source', {
    has: page.locator('h2', { hasText: noAddress[0] }),
  });
  await expect(movesUp.locator('.address').textContent()).resolves.toBe('Address not known');
  expect(await movesUp.locator('a').count()).toBe(0);
  await page.selectOption('#f-check', 'only');
  await expect(subjects(page)).resolves.toEqual([
    'Brunei, 2003 report',
    'Cuba, 2003 report',
    'Cambodia, 2025 report',
    'Cambodia, 2025 report',
  ]);
  await page.click('#f-reset');
  expect(await page.inputValue('#f-source')).toBe('');
  expect(await headlines(page)).toHaveLength(DOCUMENTS.length);
  expect(h.requests).toEqual([]);
  await h.context.close();
});

test('each report page links to its address in a new tab, without opener or referrer; the panel requests nothing', async () => {
  const h = await open();
  const { page, context } = h;
  // Nothing leaves the machine: a page the test opens gets a stand-in answer.
  const opened: string[] = [];
  await context.route(
    (url) => url.href !== PAGE_URL,
    (route) => {
      opened.push(route.request().url());
      return route.fulfill({ body: '<p>stand-in</p>', contentType: 'text/html' });
    },
  );
  await page.selectOption('#f-source', 'report');
  const links = await page.locator('article.source').evaluateAll((articles) =>
    articles.map((a) => {
      const link = a.querySelector('.address a');
      return {
        headline: a.querySelector('h2')?.textContent,
        href: link?.getAttribute('href'),
        text: link?.textContent,
        target: link?.getAttribute('target'),
        rel: link?.getAttribute('rel'),
      };
    }),
  );
  // Every page, the three undated ones too (they share a headline; each has its own address).
  // The 2018 narrative's opening and its protection section are one state.gov page: one address.
  const pages = REPORT_PAGES;
  expect(links).toHaveLength(27);
  expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length - 1);
  expect(links).toEqual(
    pages.map((p) => {
      expect(p.url).toMatch(/^https?:\/\//);
      return {
        headline: p.headline,
        href: p.url,
        text: p.url,
        target: '_blank',
        rel: 'noopener noreferrer',
      };
    }),
  );
  const page2018 = DATA_FILES.reportPages.find((p) => p.id === 'report-2018')!;
  expect(page2018.url).toBe(
    'https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/',
  );
  // Following a link opens a new tab at the address, with no way back to the panel
  // (window.opener is null) and no referrer; the panel itself stays as it was.
  const article = page.locator('article.source', {
    has: page.locator('h2', { hasText: page2018.headline }),
  });
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    article.getByRole('link', { name: page2018.url! }).click(),
  ]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(page2018.url);
  expect(await tab.evaluate(() => [window.opener === null, document.referrer])).toEqual([true, '']);
  expect(opened).toEqual([page2018.url]);
  // Each address wraps inside its card at the panel's 300 pixels: none runs past the card's
  // edge, and the panel never scrolls sideways (the Refworld addresses are long and unbroken).
  await page.selectOption('#f-source', '');
  const overflow = await page.evaluate(() => ({
    links: [...document.querySelectorAll('article.source')]
      .filter((a) => {
        const link = a.querySelector('.address a');
        return link && link.getBoundingClientRect().right > a.getBoundingClientRect().right + 0.5;
      })
      .map((a) => a.querySelector('h2')!.textContent),
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect(overflow).toEqual({ links: [], sideways: 0 });
  await page.selectOption('#f-source', 'report');
  expect(page.url()).toBe(PAGE_URL);
  expect(await headlines(page)).toHaveLength(pages.length);
  await tab.close();
  await article.scrollIntoViewIfNeeded();
  await screenshot(page, 'sidebar-report-page');
  // The panel made no request of its own, and called the server for nothing.
  expect(h.requests).toEqual([]);
  expect(h.calls).toEqual([]);
  expect(h.dialogs).toEqual([]);
  await h.context.close();
});

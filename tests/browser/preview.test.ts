/**
 * npm start in headless Chromium: the preview server as `npm start` runs it, a formula typed
 * into the grid, a menu item's table and chart, a fact inserted from the sidebar, the
 * timeline's citations as notes on hover, and the source list.
 */
import { DATA_FILES } from '../../src/data';
import { cell, chooseMenuItem, screenshot, type, usePreview } from './preview-page';
import { SOURCE_LIST_HEADER } from '../../src/core/tables/tables';

jest.setTimeout(90_000);

const preview = usePreview();

const openPreview = () => preview.open();

test('formulas typed in the grid are computed by the bundle, spills included', async () => {
  const { page, requests } = await openPreview();
  await type(page, 'A1', '=TIP_TIER(2016)');
  await type(page, 'B1', '=TIP_STAT("convictions", 2015)');
  await type(page, 'A3', '2009');
  await type(page, 'A4', '2026');
  await type(page, 'A5', '2016');
  await type(page, 'B3', '=TIP_TIER(A3:A5)');
  await type(page, 'C1', '=TIP_TIER(2016.5)');
  expect(await cell(page, 'A1').textContent()).toBe('Tier 2');
  expect(await cell(page, 'B1').textContent()).toBe('43');
  expect(await cell(page, 'B3').textContent()).toBe('Tier 2 Watch List');
  expect(await cell(page, 'B4').textContent()).toMatch(
    /^N\/A: No tier for Cambodia in the 2026 report in any source/,
  );
  expect(await cell(page, 'B5').textContent()).toBe('Tier 2');
  expect(await cell(page, 'C1').textContent()).toBe('#ERROR!');
  expect(await cell(page, 'C1').getAttribute('title')).toBe(
    'year 2016.5 is not a year: give a four-digit year such as 2016.',
  );
  // Editing a referenced cell recomputes the spill.
  await type(page, 'A4', '2005');
  expect(await cell(page, 'B4').textContent()).toBe('Tier 3');
  expect(requests.every((r) => r.startsWith(preview.url))).toBe(true);
  await page.close();
});

test('a menu item writes its table into the grid and its chart is drawn', async () => {
  const { page, dialogs } = await openPreview();
  await cell(page, 'B2').click();
  await chooseMenuItem(page, 'Chart tier timeline');
  expect(dialogs).toEqual([]);
  // The menu's timeline: a column per source, and a row for every report year from the first
  // any source gives to the last (2001–2025), the tier from the first source that has one.
  const row = async (r: number) => {
    const out: string[] = [];
    for (const col of 'BCDEFGHI') out.push((await cell(page, `${col}${r}`).textContent()) ?? '');
    return out;
  };
  expect(await row(2)).toEqual([
    'Report year',
    'Tier',
    'From',
    'Basis',
    'Report',
    'Dataset',
    'Articles',
    'Check',
  ]);
  expect(await cell(page, 'J2').textContent()).toBe('Sources');
  expect(await row(3)).toEqual([
    '2001',
    'Tier 2',
    'report',
    'stated',
    'Tier 2',
    'Tier 2',
    'Tier 2',
    'agrees with the report',
  ]);
  // 2011: the dataset alone; 2018: the report alone; 2025: the articles alone.
  expect(await row(13)).toEqual([
    '2011',
    'Tier 2',
    'dataset',
    'coded',
    '',
    'Tier 2',
    '',
    'record only',
  ]);
  expect(await row(20)).toEqual([
    '2018',
    'Tier 2',
    'report',
    'stated',
    'Tier 2',
    '',
    '',
    'report only',
  ]);
  expect(await row(27)).toEqual([
    '2025',
    'Tier 3',
    'articles',
    'stated',
    '',
    '',
    'Tier 3',
    'press only',
  ]);
  expect(await cell(page, 'B28').textContent()).toBe('');
  const chart = page.locator('figure.chart');
  expect(await chart.count()).toBe(1);
  expect(await chart.getAttribute('data-type')).toBe('COLUMN');
  // One column per report year with a tier, stacked by tier: each in its tier's colour, as
  // many of each colour as the timeline's Tier column (C3:C27) has of that tier.
  expect(await cell(page, 'H17').textContent()).toBe('not in Tier 2');
  const count = async (tier: string) => {
    let n = 0;
    for (let r = 3; r <= 27; r++) if ((await cell(page, `C${r}`).textContent()) === tier) n++;
    return n;
  };
  const bars = (fill: string) => chart.locator(`rect.chart-bar[fill="${fill}"]`).count();
  const perTier = [
    await count('Tier 1'),
    await count('Tier 2'),
    await count('Tier 2 Watch List'),
    await count('Tier 3'),
  ];
  expect(perTier).toEqual([0, 10, 9, 6]);
  expect([
    await bars('#009E73'),
    await bars('#0072B2'),
    await bars('#E69F00'),
    await bars('#D55E00'),
  ]).toEqual(perTier);
  expect(await chart.locator('rect.chart-bar').count()).toBe(25);
  expect(await chart.locator('circle, polyline').count()).toBe(0);
  // Every report year 2001–2025 is labelled on the axis, and the legend names the tiers.
  const labels = await chart.locator('text.chart-axis').allTextContents();
  for (let y = 2001; y <= 2025; y++) expect(labels).toContain(String(y));
  for (const t of ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3']) expect(labels).toContain(t);
  // The title wraps onto lines (tspans) that fit the chart; the SVG's label holds it whole.
  expect(await chart.locator('svg').getAttribute('aria-label')).toBe(
    'Cambodia: TIP report tier by report year, 2001–2025',
  );
  expect(await chart.locator('text[data-role="y-title"]').getAttribute('data-full')).toBe(
    'TIP_TIER_NUMBER (1 = Tier 1, 3 = Tier 3)',
  );
  // The chart floats over the cells beside the table, as Sheets anchors it.
  expect(await chart.getAttribute('class')).toContain('floating');
  await screenshot(page, 'preview-tier-chart');
  // Run it again where the cells are taken: the add-on asks, and Yes makes a new sheet.
  await cell(page, 'B2').click();
  await chooseMenuItem(page, 'Insert figures table');
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0]).toContain('Put it on a new sheet, "TIP figures", instead?');
  expect(await page.locator('.tab').allTextContents()).toEqual(['Sheet1', 'TIP figures']);
  expect(await cell(page, 'A1').textContent()).toBe('Metric');
  // The number formats the add-on sets show as in Sheets: the qualifier, thousands separators;
  // periods written into text-formatted cells stay text.
  // (the Phnom Penh Post's 2016 and the report's reporting period: two rows, two periods)
  expect(await page.locator('td', { hasText: /^at least 100$/ }).count()).toBe(2);
  expect(await page.locator('td', { hasText: /^877,407$/ }).count()).toBe(1);
  // The first row: traffickers convicted in 2008, the earliest calendar year of the first
  // metric's main unit.
  expect(await cell(page, 'A2').textContent()).toBe('Trafficking convictions');
  expect(await cell(page, 'C2').textContent()).toBe('11');
  expect(await cell(page, 'B2').textContent()).toBe('2008');
  expect(await cell(page, 'B2').getAttribute('class')).not.toMatch(/\bnumber\b/);
  await screenshot(page, 'preview');
  await page.close();
});

test('the sidebar opens from the menu and inserts a fact into the selected cell', async () => {
  const { page, requests } = await openPreview();
  await chooseMenuItem(page, 'Browse sources');
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('article.source').first().waitFor();
  expect(await page.locator('#sidebar-title').textContent()).toBe('TIP Cambodia sources');
  // With no filter, every document: the 14 articles and passages and the report's 27
  // pages, the three undated ones (which give no fact) included.
  const documents = DATA_FILES.articles.length + DATA_FILES.reportPages.length;
  expect(documents).toBe(41);
  expect(await frame.locator('article.source').count()).toBe(documents);
  await cell(page, 'D4').click();
  await frame.locator('#f-what').selectOption('convictions');
  await frame
    .locator('li.fact', { hasText: 'Trafficking convictions, 2016' })
    .getByRole('button', { name: /Insert the formula/ })
    .click();
  await frame
    .locator('#status', {
      hasText: 'Inserted =TIP_STAT("convictions", 2016, "Cambodia", "articles") into Sheet1!D4.',
    })
    .waitFor();
  // The formula gets its value's number format, so it shows "at least 100" as the value does.
  expect(await cell(page, 'D4').textContent()).toBe('at least 100');
  await cell(page, 'D4').click();
  expect(await page.inputValue('#formula')).toBe(
    '=TIP_STAT("convictions", 2016, "Cambodia", "articles")',
  );
  expect(requests.every((r) => r.startsWith(preview.url))).toBe(true);
  await page.close();
});

test('the inserted timeline: every tier carries its citation as a note, shown on hover', async () => {
  const { page, dialogs, errors } = await openPreview();
  await cell(page, 'A1').click();
  await chooseMenuItem(page, 'Insert tier timeline');
  expect(dialogs).toEqual([]);
  expect(await cell(page, 'A26').textContent()).toBe('2025');
  const noted = (a1: string) =>
    cell(page, a1).evaluate((td) => td.classList.contains('note') && !!td.dataset.note);
  // Every Tier cell (B2:B26) has a note; the header has none, nor a source's empty cell.
  for (let r = 2; r <= 26; r++) expect(await noted(`B${r}`)).toBe(true);
  for (const a1 of ['A1', 'B1', 'A2', 'E12', 'G12', 'F17']) expect(await noted(a1)).toBe(false);
  // Each source's tier cell carries that source's own citation.
  for (const a1 of ['E2', 'F2', 'G2', 'F12', 'E19', 'G26']) expect(await noted(a1)).toBe(true);

  const popup = page.locator('.note-popup');
  const hover = async (a1: string) => {
    // Away first: rows are one line high now, so the last note shown may cover the next cell.
    await page.mouse.move(0, 0);
    await cell(page, a1).hover();
    expect(await popup.isVisible()).toBe(true);
    return popup.textContent();
  };
  // 2001: the tier from the report's 2001 page: its quote, short citation, address and basis.
  const page2001 = DATA_FILES.reportPages.find((p) => p.id === 'report-2001')!;
  const placed2001 = DATA_FILES.reportPlacements.find((p) => p.document === 'report-2001')!;
  const cited2001 = `“${placed2001.quote}” — (U.S. Department of State, 2001) ${page2001.url}; stated.`;
  expect(cited2001).toContain('“Cambodia (Tier 2)” — (U.S. Department of State, 2001) http');
  expect(await hover('B2')).toBe(cited2001);
  expect(await hover('E2')).toBe(cited2001);
  // Kelley and Heiss's record: what the row gives, file and row, the short citation.
  const record = DATA_FILES.referenceTiers;
  const coded = (row: number, year: number, tier: string, code: number) =>
    `Cambodia, ${year} report: ${tier} (code ${code}) — ${record.file} row ${row}, (Kelley & Heiss, 2017); coded.`;
  expect(await hover('F2')).toBe(coded(480, 2001, 'Tier 2', 2));
  // 2011: the record alone gives the tier, and the Tier cell cites it.
  expect(await cell(page, 'C12').textContent()).toBe('dataset');
  expect(await hover('B12')).toBe(coded(490, 2011, 'Tier 2', 2));
  // 2025: the articles alone, two passages, one citation a line.
  const lines = (await hover('B26'))!.split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(
    / — \(“\[CamboJA News Report on the 2025 Trafficking in Persons Report\],” 2025\) https:\/\/cambojanews\.com\//,
  );
  expect(lines[1]).toMatch(
    / — \(“\[The Nation Report on the 2025 Trafficking in Persons Report\],” 2025\) https:\/\/www\.nationthailand\.com\//,
  );
  // The note shows beside its cell, whole, inside the window.
  await hover('F2');
  const box = (await popup.boundingBox())!;
  const g2 = (await cell(page, 'F2').boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(g2.x + g2.width);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
  // A long address wraps inside the note's box rather than running over the cells beside it.
  await hover('B2');
  const overflow = await popup.evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'preview-timeline-note');
  // Away from a noted cell, the note goes.
  await cell(page, 'A30').hover();
  expect(await popup.isVisible()).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
});

test('the source list: report year first, in report-year order, dates kept as text, licences as notes', async () => {
  const { page, dialogs, errors } = await openPreview();
  await cell(page, 'A1').click();
  await chooseMenuItem(page, 'Insert source list');
  expect(dialogs).toEqual([]);
  const row = async (r: number) => {
    const out: string[] = [];
    for (const col of 'ABCDEFGHI') out.push((await cell(page, `${col}${r}`).textContent()) ?? '');
    return out;
  };
  expect(await row(1)).toEqual(SOURCE_LIST_HEADER);
  // Every document and Kelley and Heiss's record: 27 + 14 + 1 rows, the record last.
  const documents = [...DATA_FILES.reportPages, ...DATA_FILES.articles];
  const last = 1 + documents.length + 1;
  expect(last).toBe(43);
  expect(await cell(page, `I${last}`).textContent()).toBe('Dataset');
  expect(await cell(page, `A${last + 1}`).textContent()).toBe('');
  const years: string[] = [];
  for (let r = 2; r <= last; r++) years.push((await cell(page, `A${r}`).textContent()) ?? '');
  const fixed = years.filter((y) => /^\d{4}$/.test(y)).map(Number);
  expect(fixed).toEqual([...fixed].sort((a, b) => a - b));
  expect(years.slice(fixed.length)).toEqual(['not fixed', 'not fixed', 'not fixed', '2001–2015']);
  // A dated document: its ISO date shows as written, as text (not a date or a number).
  const rows2009: { r: number; cells: string[] }[] = [];
  for (let r = 2; r <= last; r++)
    if (years[r - 2] === '2009') rows2009.push({ r, cells: await row(r) });
  const voaRow = rows2009.find(
    (x) => x.cells[2] === 'US Downgrades Cambodian Trafficking Efforts',
  )!.cells;
  const voa = rows2009.find((x) => x.cells === voaRow)!.r;
  expect(voaRow).toEqual([
    '2009',
    '2009-06-17',
    'US Downgrades Cambodian Trafficking Efforts',
    '',
    'VOA Khmer',
    'https://www.voacambodia.com/a/a-40-2009-06-17-voa2-90172402/1353490.html',
    'news article',
    'tier 2005; tier 2006; tier 2007; tier 2008; tier 2009',
    'Articles',
  ]);
  expect(await cell(page, `B${voa}`).getAttribute('class')).toMatch(/^text\b/);
  // The record's year is text too, so that the column sorts as one kind.
  expect(await cell(page, `B${last}`).textContent()).toBe('2017');
  expect(await cell(page, `B${last}`).getAttribute('class')).toMatch(/^text\b/);
  await screenshot(page, 'preview-source-list');
  expect(errors).toEqual([]);
  await page.close();
});

/**
 * The preview's grid, tried as a new user tries a spreadsheet: long text next to numbers,
 * inserts far from A1, the keyboard, typed dates and booleans, errors of range formulas, the
 * menu, column widths. Each test saves a screenshot to tests/artifacts/.
 */
import type { Page } from 'playwright-core';
import {
  cell,
  chooseMenuItem,
  goTo,
  isOnScreen,
  screenshot,
  selected,
  type,
  usePreview,
} from './preview-page';

jest.setTimeout(90_000);

const preview = usePreview();

const width = async (page: Page, a1: string) => (await cell(page, a1).boundingBox())!.width;
const align = (page: Page, a1: string) =>
  cell(page, a1).evaluate((td) => getComputedStyle(td).textAlign);
/** The width of a cell's text box: more than the cell when it runs on over its neighbours. */
const textWidth = (page: Page, a1: string) =>
  cell(page, a1).evaluate((td) => td.querySelector('.v')?.getBoundingClientRect().width ?? 0);

test('a long text keeps its column width: it runs over empty cells, is clipped by filled ones, and numbers stay in view', async () => {
  const { page, errors } = await preview.open();
  await type(page, 'B1', '=TIP_SOURCE("tier", 2016)');
  await type(page, 'C1', '2016');
  await type(page, 'B3', '=TIP_SOURCE("convictions", 2015)');
  await type(page, 'C5', '=TIP_STAT("convictions", 2015)');
  const citation = (await cell(page, 'B1').textContent())!;
  expect(citation.length).toBeGreaterThan(100);
  // Column B is as wide as every other column.
  expect(await width(page, 'B1')).toBe(await width(page, 'D1'));
  // B1 is clipped at C1, which holds a number; B3 runs on over the empty cells to its right.
  expect(await textWidth(page, 'B1')).toBe(await width(page, 'B1'));
  expect(await textWidth(page, 'B3')).toBeGreaterThan(5 * (await width(page, 'B3')));
  // The numbers are on screen and right-aligned.
  for (const a1 of ['C1', 'C5']) {
    expect(await isOnScreen(page, a1)).toBe(true);
    expect(await align(page, a1)).toBe('right');
  }
  expect(await cell(page, 'C5').textContent()).toBe('43');
  expect(await align(page, 'B1')).toBe('left');
  await screenshot(page, 'grid-long-text');
  expect(errors).toEqual([]);
  await page.close();
});

test('a menu insert far down or far right is scrolled into view, and so is a sidebar insert', async () => {
  const { page, dialogs } = await preview.open({ width: 1000, height: 600 });
  await goTo(page, 'A40');
  expect(await selected(page)).toBe('Sheet1!A40');
  expect(await isOnScreen(page, 'A40')).toBe(true);
  await chooseMenuItem(page, 'Insert tier timeline');
  expect(dialogs).toEqual([]);
  expect(await cell(page, 'A40').textContent()).toBe('Report year');
  for (const a1 of ['A40', 'A41', 'B41']) expect(await isOnScreen(page, a1)).toBe(true);
  await screenshot(page, 'grid-insert-a40');

  // J1: the figures table (ten columns, 47 rows) keeps clear of the timeline's A40:I65.
  await goTo(page, 'J1');
  await chooseMenuItem(page, 'Insert figures table');
  expect(await cell(page, 'J1').textContent()).toBe('Metric');
  for (const a1 of ['J1', 'J2', 'K2']) expect(await isOnScreen(page, a1)).toBe(true);
  await screenshot(page, 'grid-insert-h1');

  // The sidebar writes into the selected cell; scrolled away from it, the grid comes back.
  await goTo(page, 'B70');
  await chooseMenuItem(page, 'Browse sources');
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('article.source').first().waitFor();
  await page.locator('#grid').evaluate((g) => g.scrollTo(0, 0));
  expect(await isOnScreen(page, 'B70')).toBe(false);
  await frame.locator('#f-what').selectOption('convictions');
  await frame
    .locator('li.fact', { hasText: 'Trafficking convictions, 2016' })
    .getByRole('button', { name: /Insert the formula/ })
    .click();
  await frame.locator('#status', { hasText: 'Inserted' }).waitFor();
  // The formula gets its value's number format: "at least 100", as the value would show.
  expect(await cell(page, 'B70').textContent()).toBe('at least 100');
  expect(await isOnScreen(page, 'B70')).toBe(true);
  await screenshot(page, 'grid-sidebar-insert');
  await page.close();
});

test('the keyboard moves, edits and clears as in a spreadsheet', async () => {
  const { page } = await preview.open({ width: 1000, height: 600 });
  await cell(page, 'A1').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  expect(await selected(page)).toBe('Sheet1!B3');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft'); // stays in column A
  expect(await selected(page)).toBe('Sheet1!A2');
  // Typing replaces the cell; Enter commits and moves down, Tab commits and moves right.
  await page.keyboard.type('2016');
  await page.keyboard.press('Enter');
  expect(await selected(page)).toBe('Sheet1!A3');
  await page.keyboard.type('=TIP_TIER(A2)');
  await page.keyboard.press('Tab');
  expect(await selected(page)).toBe('Sheet1!B3');
  expect(await cell(page, 'A2').textContent()).toBe('2016');
  expect(await cell(page, 'A3').textContent()).toBe('Tier 2');
  // Escape leaves the cell as it was.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('oops');
  await page.keyboard.press('Escape');
  expect(await cell(page, 'A3').textContent()).toBe('Tier 2');
  expect(await page.inputValue('#formula')).toBe('=TIP_TIER(A2)');
  // Enter edits the cell's content, Enter again commits it.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('formula');
  await page.keyboard.press('End');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');
  expect(await cell(page, 'A2').textContent()).toBe('20160');
  expect(await cell(page, 'A3').textContent()).toMatch(/^#ERROR!$/);
  // Delete clears.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Delete');
  expect(await cell(page, 'A2').textContent()).toBe('');
  expect(await page.inputValue('#formula')).toBe('');
  // Moving far away scrolls: down a page at a time, and to the sheet's last column.
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  const far = (await selected(page))!.replace('Sheet1!', '');
  expect(Number(far.slice(1))).toBeGreaterThan(50);
  expect(await isOnScreen(page, far)).toBe(true);
  // Ctrl+arrow: to the end of the filled run, the next filled cell, or the sheet's edge.
  await goTo(page, 'A1');
  await page.keyboard.type('x');
  await page.keyboard.press('Tab');
  await page.keyboard.type('y');
  await page.keyboard.press('Tab');
  await goTo(page, 'E1');
  await page.keyboard.type('z');
  await page.keyboard.press('Enter');
  await goTo(page, 'A1');
  await page.keyboard.press('Control+ArrowRight');
  expect(await selected(page)).toBe('Sheet1!B1');
  await page.keyboard.press('Control+ArrowRight');
  expect(await selected(page)).toBe('Sheet1!E1');
  await goTo(page, far);
  await page.keyboard.press('Control+ArrowRight');
  const right = (await selected(page))!.replace('Sheet1!', '');
  expect(right.startsWith('Z')).toBe(true);
  expect(await isOnScreen(page, right)).toBe(true);
  // Scrolled sideways, the row numbers do not cover the selected cell.
  await page.keyboard.press('Home');
  expect(await isOnScreen(page, `A${far.slice(1)}`)).toBe(true);
  await page.keyboard.press('Control+Home');
  expect(await selected(page)).toBe('Sheet1!A1');
  expect(await isOnScreen(page, 'A1')).toBe(true);
  await screenshot(page, 'grid-keyboard');
  await page.close();
});

test('typed dates and booleans are values as in Sheets, and a date gives its year to TIP_TIER', async () => {
  const { page } = await preview.open();
  await type(page, 'A1', '1/5/2016');
  await type(page, 'A2', '2016-05-01');
  await type(page, 'A3', 'TRUE');
  await type(page, 'A4', 'false');
  await type(page, 'A5', '12/31/2009');
  await type(page, 'B1', '=TIP_TIER(A1)');
  await type(page, 'B2', '=TIP_TIER(A2)');
  await type(page, 'B3', '=TIP_TIER(A3)');
  await type(page, 'B5', '=TIP_TIER(A5)');
  await type(page, 'C1', '=YEAR(A1)');
  await type(page, 'C2', '=MONTH(A2)');
  await type(page, 'C3', '=AND(A3, NOT(A4))');
  expect(await cell(page, 'A1').textContent()).toBe('1/5/2016');
  expect(await cell(page, 'A2').textContent()).toBe('2016-05-01');
  expect(await align(page, 'A1')).toBe('right');
  expect(await cell(page, 'A3').textContent()).toBe('TRUE');
  expect(await cell(page, 'A4').textContent()).toBe('FALSE');
  expect(await align(page, 'A3')).toBe('center');
  expect(await cell(page, 'B1').getAttribute('title')).toBeNull();
  expect(await cell(page, 'B1').textContent()).toBe('Tier 2');
  expect(await cell(page, 'B2').textContent()).toBe('Tier 2');
  expect(await cell(page, 'B5').textContent()).toBe('Tier 2 Watch List');
  expect(await cell(page, 'C1').textContent()).toBe('2016');
  expect(await cell(page, 'C2').textContent()).toBe('5');
  expect(await cell(page, 'C3').textContent()).toBe('TRUE');
  // TRUE reaches the function as a boolean, which it refuses by name.
  expect(await cell(page, 'B3').textContent()).toBe('#ERROR!');
  expect(await cell(page, 'B3').getAttribute('title')).toMatch(/^year TRUE is not a year/);
  // The formula bar shows what was typed.
  await cell(page, 'A1').click();
  expect(await page.inputValue('#formula')).toBe('1/5/2016');
  await screenshot(page, 'grid-dates');
  await page.close();
});

test('a range formula that fails is one error cell, and a blocked spill is #REF! naming the cell in the way', async () => {
  const { page } = await preview.open();
  await type(page, 'A1', '2009');
  await type(page, 'A2', '2016');
  await type(page, 'A3', '2005');
  await type(page, 'D1', 'Laos');
  await type(page, 'D2', 'Thailand');
  // Ranges of different heights do not fit together: the function throws.
  await type(page, 'B1', '=TIP_TIER(A1:A3, D1:D2)');
  expect(await cell(page, 'B1').textContent()).toBe('#ERROR!');
  expect(await cell(page, 'B1').getAttribute('title')).toMatch(/year has 3, country has 2 rows/);
  expect(await cell(page, 'B2').textContent()).toBe('');
  expect(await cell(page, 'B3').textContent()).toBe('');
  // A result that would overwrite C2.
  await type(page, 'C2', 'mine');
  await type(page, 'C1', '=TIP_TIER(A1:A3)');
  expect(await cell(page, 'C1').textContent()).toBe('#REF!');
  expect(await cell(page, 'C1').getAttribute('title')).toBe(
    'Array result was not expanded because it would overwrite data in C2.',
  );
  expect(await cell(page, 'C2').textContent()).toBe('mine');
  // Clearing C2 lets it spill.
  await cell(page, 'C2').click();
  await page.keyboard.press('Delete');
  expect(await cell(page, 'C1').textContent()).toBe('Tier 2 Watch List');
  expect(await cell(page, 'C3').textContent()).toBe('Tier 3');
  await screenshot(page, 'grid-errors');
  await page.close();
});

test('the Extensions menu closes on Escape, on a click in the grid and on a second click', async () => {
  const { page } = await preview.open();
  const menu = page.locator('#menu');
  await page.click('#menu-button');
  expect(await menu.isVisible()).toBe(true);
  expect(await page.getAttribute('#menu-button', 'aria-expanded')).toBe('true');
  await page.keyboard.press('Escape');
  expect(await menu.isVisible()).toBe(false);
  expect(await page.getAttribute('#menu-button', 'aria-expanded')).toBe('false');
  await page.click('#menu-button');
  await cell(page, 'C4').click();
  expect(await menu.isVisible()).toBe(false);
  expect(await selected(page)).toBe('Sheet1!C4');
  await page.click('#menu-button');
  await page.click('#menu-button');
  expect(await menu.isVisible()).toBe(false);
  // Keyboard: the menu opens on its first item; arrows move; Enter runs the item.
  await page.click('#menu-button');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
    'Insert figures table',
  );
  await page.keyboard.press('Enter');
  expect(await menu.isVisible()).toBe(false);
  expect(await cell(page, 'C4').textContent()).toBe('Metric');
  await page.close();
});

test('dragging a column header edge resizes the column and what overflows follows', async () => {
  const { page } = await preview.open();
  await type(page, 'A1', 'A heading longer than one column');
  await type(page, 'B2', '1072385.6');
  expect(await cell(page, 'B2').textContent()).toBe('1072385.6');
  const before = await width(page, 'A1');
  const textBefore = await textWidth(page, 'A1');
  const handle = page.locator('th[data-col="1"] .resize');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const after = await width(page, 'A1');
  expect(after).toBeGreaterThan(before + 100);
  expect(await width(page, 'A2')).toBe(after);
  expect(await width(page, 'B1')).toBe(before);
  // The heading still runs on over the empty cells to its right, as far as it needs: from A's
  // new edge, whole columns, and no text cut off.
  const textAfter = await textWidth(page, 'A1');
  expect(textAfter).toBeGreaterThanOrEqual(after);
  expect((textAfter - after) % before).toBe(0);
  expect(textBefore).toBeGreaterThan(before);
  const cut = await page
    .locator('td[data-cell="A1"] .v')
    .evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut).toBe(false);
  await screenshot(page, 'grid-resize');
  await page.close();
});

/**
 * Refresh TIP formulas in the preview (`npm start`), as a user chooses it: the TIP_ formulas are
 * written back and recomputed by the preview's formula engine, other cells keep what they
 * showed, and the toast says how many were recomputed. Screenshot: tests/artifacts/refresh.png.
 */
import { cell, openPreview, screenshot, startPreview, type, type Preview } from './preview-page';

jest.setTimeout(90_000);

let preview: Preview;
beforeAll(async () => {
  preview = await startPreview();
});
afterAll(async () => {
  await preview?.stop();
});

test('recomputes the TIP_ formulas and leaves the other cells as they were', async () => {
  const { page, errors, requests } = await openPreview(preview);
  await type(page, 'A1', '=TIP_TIER(2016)');
  await type(page, 'A2', '=TIP_TIER_NUMBER(2016)');
  await type(page, 'B1', 'my note');
  await type(page, 'B2', '=A2*2');
  const before = await Promise.all(['A1', 'A2', 'B1', 'B2'].map((a) => cell(page, a).innerText()));
  expect(before).toEqual(['Tier 2', '2', 'my note', '4']);
  await page.click('#menu-button');
  await page.getByRole('menuitem', { name: 'Refresh TIP formulas' }).click();
  await page.waitForSelector('#toast:not([hidden])');
  expect(await page.textContent('#toast')).toMatch(
    /Recomputed 2 TIP_ formulas on 1 sheet\. Version \d+\.\d+\.\d+, data last changed \d{4}-\d{2}-\d{2}\./,
  );
  const after = await Promise.all(['A1', 'A2', 'B1', 'B2'].map((a) => cell(page, a).innerText()));
  expect(after).toEqual(before);
  await cell(page, 'A1').click();
  expect(await page.inputValue('#formula')).toBe('=TIP_TIER(2016)');
  expect(errors).toEqual([]);
  expect(requests.every((u) => u.startsWith(preview.url))).toBe(true);
  await screenshot(page, 'refresh');
  await page.close();
});

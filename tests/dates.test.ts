/**
 * Date cells read in the spreadsheet's time zone, not the script's (Asia/Phnom_Penh, UTC+7):
 * dist/Code.js over the fake, with sheets set far east (UTC+14) and far west (UTC-10).
 */
import { createFakeSheets, formatDate } from '../emulator/sheets';
import { inSandbox, loadBundle, plain } from '../emulator/node-loader';
import { parseYear } from '../src/core/arguments/args';
import { sheetDates } from '../src/functions/sheet-dates';

function setup(timeZone: string) {
  const fake = createFakeSheets();
  fake.spreadsheet.timeZone = timeZone;
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  /** The instant Sheets passes for a date cell showing this wall-clock time in the sheet. */
  const cell = (utcMs: number) => inSandbox<Date>(sandbox, `new Date(${utcMs})`);
  const zoneReads = () =>
    fake.rec.calls.filter((c) => c === 'Spreadsheet.getSpreadsheetTimeZone').length;
  return { fake, sandbox, cell, zoneReads };
}

// 1 January 2016, 00:00 in Kiritimati (UTC+14) is 31 December 2015, 17:00 in Phnom Penh.
const KIRITIMATI_NEW_YEAR_2016 = Date.UTC(2015, 11, 31, 10);
// 31 December 2015, 23:00 in Honolulu (UTC-10) is 1 January 2016, 16:00 in Phnom Penh.
const HONOLULU_NEW_YEARS_EVE_2015 = Date.UTC(2016, 0, 1, 9);

test('a date cell gives its year as the sheet shows it, east of the script’s zone', () => {
  const { sandbox, cell } = setup('Pacific/Kiritimati');
  expect(sandbox.TIP_TIER(cell(KIRITIMATI_NEW_YEAR_2016))).toBe('Tier 2'); // the 2016 report
  expect(sandbox.TIP_TIER(2015, '', 'any')).toBe('Tier 2 Watch List'); // what the script's zone would give
  expect(sandbox.TIP_TIER_NUMBER(cell(KIRITIMATI_NEW_YEAR_2016))).toBe(2);
  expect(sandbox.TIP_STAT('convictions', cell(KIRITIMATI_NEW_YEAR_2016))).toBe(100);
});

test('a date cell gives its year as the sheet shows it, west of the script’s zone', () => {
  const { sandbox, cell } = setup('Pacific/Honolulu');
  expect(sandbox.TIP_TIER(cell(HONOLULU_NEW_YEARS_EVE_2015), '', 'any')).toBe('Tier 2 Watch List');
  expect(sandbox.TIP_STAT('convictions', cell(HONOLULU_NEW_YEARS_EVE_2015))).toBe(43);
  expect(sandbox.TIP_BASIS('convictions', cell(HONOLULU_NEW_YEARS_EVE_2015))).toBe(
    'stated (report)',
  );
});

test('error messages show the date as the sheet shows it', () => {
  const { sandbox, cell } = setup('Pacific/Kiritimati');
  // 1 January 10000 in the sheet is still 9999 in UTC and in Phnom Penh.
  const far = cell(Date.UTC(9999, 11, 31, 10));
  expect(() => sandbox.TIP_TIER(far)).toThrow(
    'year the date 10000-01-01 is not a year: give a four-digit year such as 2016.',
  );
});

test('the zone is read once per call, and only when a date is passed', () => {
  const { sandbox, cell, zoneReads } = setup('Pacific/Kiritimati');
  sandbox.TIP_TIER([[2015], [2016], [2017]]);
  expect(zoneReads()).toBe(0);
  const column = inSandbox<unknown[][]>(sandbox, '[]');
  for (let y = 2012; y <= 2017; y++) column.push([cell(Date.UTC(y - 1, 11, 31, 10))]);
  expect(plain(sandbox.TIP_TIER(column, '', 'any'))).toEqual([
    ['Tier 2'],
    ['Tier 2 Watch List'],
    ['Tier 2 Watch List'],
    ['Tier 2 Watch List'],
    ['Tier 2'],
    ['Tier 2'],
  ]);
  expect(zoneReads()).toBe(1);
});

test('custom functions only read the spreadsheet (get methods), never write to it', () => {
  const { fake, sandbox, cell } = setup('Pacific/Kiritimati');
  sandbox.TIP_TIER(cell(KIRITIMATI_NEW_YEAR_2016));
  expect(fake.rec.calls).toEqual([
    'SpreadsheetApp.getActiveSpreadsheet',
    'Spreadsheet.getSpreadsheetTimeZone',
  ]);
});

test('the core takes the reader it is given', () => {
  const dates = sheetDates(() => 'Pacific/Kiritimati', formatDate);
  expect(parseYear(new Date(KIRITIMATI_NEW_YEAR_2016), 'year', dates)).toBe(2016);
  expect(
    parseYear(
      new Date(HONOLULU_NEW_YEARS_EVE_2015),
      'year',
      sheetDates(() => 'Pacific/Honolulu', formatDate),
    ),
  ).toBe(2015);
  let reads = 0;
  const counted = sheetDates(() => (reads++, 'UTC'), formatDate);
  parseYear(2016, 'year', counted);
  expect(reads).toBe(0);
  parseYear(new Date(0), 'year', counted);
  parseYear(new Date(0), 'year', counted);
  expect(reads).toBe(1);
});

test('5,000 cells with equal dates make one date conversion, not one per cell', () => {
  let conversions = 0;
  const fake = createFakeSheets();
  fake.spreadsheet.timeZone = 'Pacific/Kiritimati';
  const counting = (d: Date, zone: string, pattern: string) => {
    conversions++;
    return formatDate(d, zone, pattern);
  };
  const sandbox = loadBundle({
    ...fake.services,
    Utilities: { formatDate: counting },
  } as unknown as Record<string, unknown>);
  // 5,000 Date objects of one instant, as Sheets passes a column of equal date cells.
  const column = inSandbox<unknown[][]>(
    sandbox,
    `Array.from({ length: 5000 }, () => [new Date(${KIRITIMATI_NEW_YEAR_2016})])`,
  );
  const out = plain(sandbox.TIP_TIER(column)) as string[][];
  expect(out).toHaveLength(5000);
  expect(out.every((row) => row.length === 1 && row[0] === 'Tier 2')).toBe(true);
  expect(conversions).toBe(1);
  // Two distinct instants: two conversions; an error message reuses the one made.
  conversions = 0;
  const two = inSandbox<unknown[][]>(
    sandbox,
    `[[new Date(${KIRITIMATI_NEW_YEAR_2016})], [new Date(${HONOLULU_NEW_YEARS_EVE_2015})], [new Date(${KIRITIMATI_NEW_YEAR_2016})]]`,
  );
  expect(plain(sandbox.TIP_TIER(two))).toEqual([['Tier 2'], ['Tier 2'], ['Tier 2']]);
  expect(conversions).toBe(2);
});

test('one reader converts an instant once, for its year and for its day', () => {
  let conversions = 0;
  const dates = sheetDates(
    () => 'Pacific/Kiritimati',
    (d, z, p) => (conversions++, formatDate(d, z, p)),
  );
  const d = new Date(KIRITIMATI_NEW_YEAR_2016);
  expect([dates.year(d), dates.day(d), dates.year(new Date(d.getTime()))]).toEqual([
    2016,
    '2016-01-01',
    2016,
  ]);
  expect(conversions).toBe(1);
});

/**
 * Inserted tables a reader can read (issue 21): tiers coloured by conditional formatting, one
 * rule per tier in the chart's colours, the user's own rules kept; values top-aligned; the
 * header frozen; the collision question naming the cell in the way. Run on the built
 * dist/Code.js over the emulator.
 */
import { createFakeSheets } from '../emulator/sheets';
import { conditionalFormat, FakeConditionalFormatRule } from '../emulator/formatting';
import { loadBundle } from '../emulator/node-loader';
import { TIER_COLOURS } from '../src/core/tiers/tiers';

function setup() {
  const fake = createFakeSheets();
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  const sheet1 = fake.spreadsheet.sheet('Sheet1');
  return { ...fake, sandbox, sheet1 };
}

const rulesOf = (sheet: { conditionalRules: FakeConditionalFormatRule[] }) =>
  sheet.conditionalRules.map((r) => ({
    text: r.state.values[0],
    background: r.state.background,
    font: r.state.fontColor,
    ranges: r.state.ranges.map((x) => x.getA1Notation()),
  }));

/** The fill a cell shows, as the preview draws it from the sheet's rules. */
const fill = (sheet: ReturnType<typeof setup>['sheet1'], row: number, col: number) =>
  conditionalFormat(sheet.conditionalRules, sheet.name, row, col, sheet.displayAt(row, col))
    ?.background ?? null;

describe('tiers coloured by conditional formatting', () => {
  test('one rule per tier, in the chart’s Okabe–Ito colours, over the Tier column and each source’s', () => {
    const { sandbox, sheet1 } = setup();
    sandbox.menuInsertTimeline();
    // The timeline is A1:I26: Tier in B, the three sources in E:G.
    expect(rulesOf(sheet1)).toEqual(
      (['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'] as const).map((t) => ({
        text: t,
        background: TIER_COLOURS[t].fill,
        font: TIER_COLOURS[t].text,
        ranges: ['B2:B26', 'E2:E26', 'F2:F26', 'G2:G26'],
      })),
    );
    expect(TIER_COLOURS['Tier 2 Watch List'].fill).toBe('#E69F00');
    // 2002 (row 3) is Tier 3 in every source; 2006 (row 7) the Watch List; 2015's articles
    // cell ("not in Tier 2") matches no rule; the year column is not coloured.
    expect(fill(sheet1, 3, 2)).toBe('#D55E00');
    expect(fill(sheet1, 3, 5)).toBe('#D55E00');
    expect(fill(sheet1, 7, 2)).toBe('#E69F00');
    expect(sheet1.cell(16, 7)!.value).toBe('not in Tier 2');
    expect(fill(sheet1, 16, 7)).toBeNull();
    expect(fill(sheet1, 3, 1)).toBeNull();
    // The colour follows the cell: a user who edits a tier sees the new tier's colour.
    sheet1.range(3, 2, 1, 1).setValue('Tier 1');
    expect(fill(sheet1, 3, 2)).toBe('#009E73');
  });

  test('the user’s rules are kept, ahead of the add-on’s, and charting again does not stack rules', () => {
    const { sandbox, sheet1, services } = setup();
    const mine = services.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Tier 3')
      .setBackground('#000000')
      .setRanges([sheet1.getRange('B3')])
      .build();
    sheet1.setConditionalFormatRules([mine]);
    sandbox.menuInsertTimeline();
    sandbox.menuChartTimeline();
    sandbox.menuChartTimeline();
    expect(sheet1.conditionalRules).toHaveLength(5);
    expect(sheet1.conditionalRules[0]).toBe(mine);
    // The first rule that matches wins: the user's black on B3, the add-on's elsewhere.
    expect(fill(sheet1, 3, 2)).toBe('#000000');
    expect(fill(sheet1, 3, 5)).toBe('#D55E00');
  });
});

describe('tidy tables', () => {
  test('values top-aligned, the header row frozen when the table starts in row 1', () => {
    const { sandbox, sheet1 } = setup();
    sandbox.menuInsertTimeline();
    expect(sheet1.cell(2, 9)!.valign).toBe('top');
    expect(sheet1.cell(26, 1)!.valign).toBe('top');
    expect(sheet1.getFrozenRows()).toBe(1);
  });

  test('a table lower down freezes nothing of the user’s, and frozen rows the user set stay', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    spreadsheet.activeRange = sheet1.range(5, 1, 1, 1);
    sandbox.menuInsertTimeline();
    expect(sheet1.getFrozenRows()).toBe(0);
    const other = setup();
    other.sheet1.setFrozenRows(3);
    other.sandbox.menuInsertTimeline();
    expect(other.sheet1.getFrozenRows()).toBe(3);
  });

  test('the collision question names the cell in the way, and how many more', () => {
    const { sandbox, sheet1, ui } = setup();
    sheet1.getRange('C4').setValue('mine');
    sheet1.getRange('D9').setValue('also mine');
    ui.answers.push('NO');
    sandbox.menuInsertTimeline();
    expect(ui.alerts[0].prompt).toBe(
      'The tier timeline needs 26 rows and 9 columns from Sheet1!A1, but Sheet1!C4 holds “mine” (and 1 more cell in the way). Put it on a new sheet, "TIP timeline", instead? (No leaves your sheet as it is.)',
    );
  });
});

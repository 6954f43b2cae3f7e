/**
 * Refresh TIP formulas, run from the built dist/Code.js over the emulator with keepResults on:
 * formulas keep their results, as Sheets keeps a custom function's, until they are written again.
 * After an "update" (a new compute) only the TIP_ formulas show new results; every other cell,
 * formula, value, note and format is as it was, and no cell of an array result is written.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { a1, blocksOf, callsTipFunction, planCalls, refreshPlan } from '../src/core/sheets/refresh';
import { customFunctionEvaluator } from '../emulator/formulas';
import { FakeConditionalFormatRuleBuilder } from '../emulator/formatting';
import { createFakeSheets, type FakeSheet } from '../emulator/sheets';
import { loadBundle, plain, type Sandbox } from '../emulator/node-loader';

const ROOT = path.resolve(__dirname, '..');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const DATA_DATE = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'src', 'data', 'data-date.json'), 'utf8'),
).lastChanged;

describe('callsTipFunction', () => {
  test.each([
    ['=TIP_TIER(2016)', true],
    ['=tip_tier(2016)', true],
    ['=IFERROR(TIP_STAT("convictions", A2), "")', true],
    ['=TIP_YEARS()', true],
    ['= TIP_TIER (2016)', true],
    ['=A1&TIP_BASIS("tier", 2016)', true],
    ['="TIP_TIER(2016)"', false],
    ['=SUM(A1:A3)', false],
    ["='TIP_notes (2016)'!A1", false],
    ['=TIPCambodia_TimelineTable', false],
    ['=MY_TIP_TIER(2016)', false],
    ['=X.TIP_TIER(2016)', false],
    ['TIP_TIER(2016)', false],
    ['', false],
  ])('%s -> %s', (formula, expected) => {
    expect(callsTipFunction(formula)).toBe(expected);
  });
});

describe('blocksOf', () => {
  const pick = (cell: string) => cell === 'x';
  test('a column is one block, a table one block, single cells their own', () => {
    const grid = [
      ['x', '', 'x', 'x'],
      ['x', '', 'x', 'x'],
      ['x', 'o', 'x', 'x'],
      ['', 'x', '', 'o'],
    ];
    expect(blocksOf(grid, pick)).toEqual([
      { row: 0, col: 0, numRows: 3, numCols: 1 },
      { row: 0, col: 2, numRows: 3, numCols: 2 },
      { row: 3, col: 1, numRows: 1, numCols: 1 },
    ]);
  });
  test('never covers a cell that is not picked', () => {
    const grid = [
      ['x', 'x', 'x'],
      ['x', 'o', 'x'],
      ['x', 'x', 'x'],
    ];
    const blocks = blocksOf(grid, pick);
    const covered = new Set<string>();
    for (const b of blocks)
      for (let i = 0; i < b.numRows; i++)
        for (let j = 0; j < b.numCols; j++) {
          expect(grid[b.row + i][b.col + j]).toBe('x');
          expect(covered.has(`${b.row + i},${b.col + j}`)).toBe(false);
          covered.add(`${b.row + i},${b.col + j}`);
        }
    expect(covered.size).toBe(8);
  });
});

describe('refreshPlan', () => {
  const isTip = callsTipFunction;
  const covered = (grid: string[][], plan: ReturnType<typeof refreshPlan>) => {
    const cells: string[] = [];
    for (const b of plan.blocks)
      for (let i = 0; i < b.numRows; i++)
        for (let j = 0; j < b.numCols; j++) cells.push(`${b.row + i},${b.col + j}`);
    for (const g of plan.groups) {
      for (const [r, c] of g.cells) {
        expect(grid[r][c]).toBe(g.formula);
        cells.push(`${r},${c}`);
      }
    }
    return cells.sort();
  };
  const tipCells = (grid: string[][]) =>
    grid.flatMap((line, r) => line.flatMap((f, c) => (isTip(f) ? [`${r},${c}`] : []))).sort();

  test('a column of formulas with relative references: one block', () => {
    const grid = Array.from({ length: 50 }, (_, i) => ['', `=TIP_TIER(A${i + 1})`]);
    const plan = refreshPlan(grid, isTip);
    expect(plan).toEqual({ blocks: [{ row: 0, col: 1, numRows: 50, numCols: 1 }], groups: [] });
  });

  test('the same formula scattered among values: one group', () => {
    const grid = Array.from({ length: 20 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => ((r * 10 + c) % 7 === 0 ? '=TIP_TIER(2016)' : '')),
    );
    const plan = refreshPlan(grid, isTip);
    expect(planCalls(plan)).toBe(1);
    expect(plan.groups[0].formula).toBe('=TIP_TIER(2016)');
    expect(covered(grid, plan)).toEqual(tipCells(grid));
  });

  test('shared texts and a block of distinct ones: both kinds, every TIP_ cell once, no other', () => {
    const grid = [
      ['=TIP_TIER(2016)', '', '=TIP_TIER(2016)', '=SUM(1)', '=TIP_TIER(2016)'],
      ['=TIP_TIER(A1)', '=TIP_TIER(B1)', '=TIP_TIER(C1)', '=TIP_TIER(D1)', 'x'],
      ['=TIP_TIER(A2)', '=TIP_TIER(B2)', '=TIP_TIER(C2)', '=TIP_TIER(D2)', '=SUM(2)'],
    ];
    const plan = refreshPlan(grid, isTip);
    expect(plan.groups.map((g) => g.formula)).toEqual(['=TIP_TIER(2016)']);
    expect(plan.blocks).toEqual([{ row: 1, col: 0, numRows: 2, numCols: 4 }]);
    expect(covered(grid, plan)).toEqual(tipCells(grid));
  });

  test('a1 names cells as Sheets does', () => {
    expect([a1(0, 0), a1(11, 1), a1(0, 25), a1(0, 26), a1(4, 701), a1(0, 702)]).toEqual([
      'A1',
      'B12',
      'Z1',
      'AA1',
      'ZZ5',
      'AAA1',
    ]);
  });
});

type Fn = (...args: unknown[]) => unknown;

/** The spreadsheet of a user who typed formulas with version 1 of the add-on. */
function setup() {
  const fake = createFakeSheets();
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  const ss = fake.spreadsheet;
  const tip = (sb: Sandbox) =>
    Object.fromEntries(
      ['TIP_TIER', 'TIP_TIER_NUMBER', 'TIP_YEARS'].map((n) => [n, sb[n] as Fn]),
    ) as Record<string, Fn>;
  ss.keepResults = true;
  ss.compute = customFunctionEvaluator({ ...tip(sandbox), DOUBLE: (x) => Number(x) * 2 });
  const sheet1 = ss.sheet('Sheet1');
  const sheet2 = ss.insertSheet('Notes') as unknown as FakeSheet;
  sheet1
    .range(1, 1, 3, 1)
    .setFormulas([['=TIP_TIER(2016)'], ['=TIP_TIER(B5)'], ['=tip_tier_number(2016)']]);
  sheet1.range(5, 2, 1, 1).setValue(2017);
  sheet1.range(1, 2, 1, 1).setValue('my note column');
  sheet1.range(1, 3, 1, 1).setFormula('=DOUBLE(21)');
  sheet1.range(1, 4, 1, 1).setFormula('="TIP_TIER(2016)"');
  sheet1.range(1, 6, 1, 1).setFormula('=TIP_YEARS()');
  sheet1.range(1, 1, 1, 1).setNote('checked against the 2016 report');
  sheet1.range(3, 1, 1, 1).setNumberFormat('#,##0');
  sheet1.range(1, 1, 3, 1).setVerticalAlignment('top');
  sheet1.setConditionalFormatRules([
    new FakeConditionalFormatRuleBuilder()
      .whenTextEqualTo('Tier 3')
      .setBackground('#f4cccc')
      .setRanges([sheet1.getRange('A1:A3')])
      .build(),
  ]);
  sheet2.range(2, 2, 1, 1).setFormula('=TIP_TIER(2014)');
  sheet2.range(2, 3, 1, 1).setValue('kept');
  return { ...fake, sandbox, ss, sheet1, sheet2, tip };
}

/**
 * Every stored cell with all it holds (value, formula, note, number format, wrap, alignment, …)
 * but `entered`, the emulator's count of writes of its formula, and the sheet's conditional
 * format rules.
 */
const stored = (sheet: FakeSheet) => ({
  cells: [...sheet.cells.entries()]
    .map(([k, c]) => [k, JSON.stringify({ ...c, entered: undefined })])
    .sort(),
  rules: sheet.conditionalRules.map((r) =>
    JSON.stringify({ ...r.state, ranges: r.state.ranges.map((x) => x.getA1Notation()) }),
  ),
});

describe('Refresh TIP formulas', () => {
  test('recomputes every TIP_ formula after an update, and nothing else', () => {
    const { sandbox, ss, sheet1, sheet2, rec, tip } = setup();
    const before1 = plain(sheet1.range(1, 1, 12, 6).getValues());
    expect(before1[0][0]).toBe(sandbox.TIP_TIER(2016));
    expect(before1[0][2]).toBe(42);
    expect(before1[0][3]).toBe('TIP_TIER(2016)');
    expect(before1[1][5]).not.toBe('');
    const cells1 = stored(sheet1);
    const cells2 = stored(sheet2);

    // Version 2 of the add-on answers differently; Sheets keeps showing version 1's results.
    const v2 = Object.fromEntries(
      Object.entries(tip(sandbox)).map(([n, f]) => [
        n,
        (...a: unknown[]) => {
          const r = f(...a);
          return Array.isArray(r)
            ? r.map((line) => line.map((v: unknown) => `v2 ${v}`))
            : `v2 ${r}`;
        },
      ]),
    );
    ss.compute = customFunctionEvaluator({ ...v2, DOUBLE: (x) => Number(x) * 3 });
    expect(plain(sheet1.range(1, 1, 12, 6).getValues())).toEqual(before1);

    rec.calls.length = 0;
    sandbox.menuRefreshFormulas();
    const after1 = plain(sheet1.range(1, 1, 12, 6).getValues());
    expect(after1[0][0]).toBe(`v2 ${sandbox.TIP_TIER(2016)}`);
    expect(after1[1][0]).toBe(`v2 ${sandbox.TIP_TIER(2017)}`);
    expect(after1[2][0]).toBe(`v2 ${sandbox.TIP_TIER_NUMBER(2016)}`);
    expect(after1[0][5]).toBe(`v2 ${before1[0][5]}`);
    expect(after1[4][5]).toBe(`v2 ${before1[4][5]}`);
    // Not a TIP_ formula: still version 1's result, never recomputed.
    expect(after1[0][2]).toBe(42);
    expect(after1[0][3]).toBe('TIP_TIER(2016)');
    expect(after1[0][1]).toBe('my note column');
    expect(plain(sheet2.range(2, 2, 1, 1).getValue())).toBe(`v2 ${sandbox.TIP_TIER(2014)}`);
    // Every stored cell (values, formulas, notes, formats) is as it was: nothing written
    // where an array result goes, no formula changed.
    expect(stored(sheet1)).toEqual(cells1);
    expect(stored(sheet2)).toEqual(cells2);
    // One read per sheet, one write per block: A1:A3, F1 on Sheet1; B2 on Notes.
    expect(rec.calls.filter((c) => c === 'Range.getFormulas')).toHaveLength(2);
    expect(rec.calls.filter((c) => c === 'Range.setFormulas')).toHaveLength(3);
    expect(ss.toasts.at(-1)!.msg).toBe(
      `Recomputed 5 TIP_ formulas on 2 sheets. Version ${VERSION}, data last changed ${DATA_DATE}.`,
    );
  });

  test('calls only documented methods, a few per sheet', () => {
    const { sandbox, rec, sheet2 } = setup();
    // The same formula in scattered cells: one RangeList call for all three.
    for (const at of ['E5', 'G9', 'J2']) sheet2.getRange(at).setFormula('=TIP_TIER(2016)');
    rec.calls.length = 0;
    sandbox.menuRefreshFormulas();
    const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';
    const DOCUMENTED: Record<string, string> = {
      'SpreadsheetApp.getActiveSpreadsheet': `${REF}/spreadsheet-app`,
      'Sheet.getRange': `${REF}/sheet`,
      'Sheet.getRangeList': `${REF}/sheet`,
      'Range.getFormulas': `${REF}/range`,
      'Range.setFormulas': `${REF}/range`,
      'RangeList.setFormula': `${REF}/range-list`,
      'Spreadsheet.toast': `${REF}/spreadsheet`,
    };
    expect([...new Set(rec.calls)].sort()).toEqual(Object.keys(DOCUMENTED).sort());
    // Sheet1: A1:A3 and F1 as blocks. Notes: E5, G9 and J2 share one text (one call), and B2
    // has its own (one more).
    expect(rec.calls.filter((c) => c === 'Range.setFormulas')).toHaveLength(2);
    expect(rec.calls.filter((c) => c === 'RangeList.setFormula')).toHaveLength(2);
    expect(sheet2.getRange('J2').getFormula()).toBe('=TIP_TIER(2016)');
  });

  test('a block that cannot be written is named, and the others are still refreshed', () => {
    const { sandbox, sheet2, ui, ss } = setup();
    // Notes!B2 protected by someone else: the user may not edit it.
    (sheet2.range(2, 2, 1, 1).protect() as unknown as { editable: boolean }).editable = false;
    ss.compute = customFunctionEvaluator({
      TIP_TIER: () => 'new',
      TIP_TIER_NUMBER: () => 9,
      TIP_YEARS: () => [['y']],
    });
    sandbox.menuRefreshFormulas();
    expect(ui.alerts.at(-1)!.prompt).toBe(
      `Recomputed 4 TIP_ formulas. These cells could not be written (protected?), so their formulas keep their old results: Notes!B2. Version ${VERSION}, data last changed ${DATA_DATE}.`,
    );
    expect(plain(ss.sheet('Sheet1').range(1, 1, 1, 1).getValue())).toBe('new');
  });

  test('with no TIP_ formula it says so and writes nothing', () => {
    const fake = createFakeSheets();
    const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
    fake.spreadsheet.sheet('Sheet1').range(1, 1, 1, 1).setFormula('=SUM(B1:B2)');
    sandbox.menuRefreshFormulas();
    expect(fake.rec.calls).not.toContain('Range.setFormulas');
    expect(fake.spreadsheet.toasts.at(-1)!.msg).toMatch(/^No TIP_ formula in this spreadsheet/);
  });

  test('is on the menu before Help, and Help says when to use it, with version and data date', () => {
    const fake = createFakeSheets();
    const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
    sandbox.onOpen({ authMode: 'FULL' });
    const items = fake.ui.menus[0].items.map((i) => (i === 'separator' ? null : i.label));
    expect(items.slice(-2)).toEqual(['Refresh TIP formulas', 'Help']);
    sandbox.menuHelp();
    const help = fake.ui.alerts[0].prompt;
    expect(help).toContain('Refresh TIP formulas: after the add-on is updated');
    expect(help).toContain(`Version ${VERSION}, data last changed ${DATA_DATE}.`);
  });
});

describe('the data date', () => {
  test('is a real day, not after today', () => {
    expect(DATA_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${DATA_DATE}T00:00:00Z`).toISOString().slice(0, 10)).toBe(DATA_DATE);
    expect(DATA_DATE <= new Date().toISOString().slice(0, 10)).toBe(true);
  });

  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC' },
      }).trim();
    } catch {
      return null;
    }
  };
  const last = git([
    'log',
    '-1',
    '--date=format-local:%Y-%m-%d',
    '--format=%cd',
    '--',
    'src/data',
    ':!src/data/data-date.json',
  ]);
  (last ? test : test.skip)('is not before the last commit that changed src/data', () => {
    expect(DATA_DATE >= last!).toBe(true);
  });
});

/**
 * Issue 22's hostile sheet: the user's data, a note-only cell, a value hidden by ";;;", data
 * validation, the user's named ranges (some that look like the add-on's), a protected range, a
 * formula still loading and one already blocked (#REF!). Every menu item runs twice from each
 * of those cells, answering No and then Yes, and the sidebar inserts into each: no cell, note,
 * format, validation or name of the user's changes without consent. dist/Code.js runs over the
 * emulator, with formulas computed by the bundle's own functions.
 */
import { createFakeSheets, LOADING, type FakeSheet } from '../emulator/sheets';
import { customFunctionEvaluator } from '../emulator/formulas';
import { loadBundle, plain } from '../emulator/node-loader';

function setup() {
  const fake = createFakeSheets();
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  fake.spreadsheet.compute = customFunctionEvaluator(
    sandbox as unknown as Record<string, (...a: unknown[]) => unknown>,
  );
  const sheet1 = fake.spreadsheet.sheet('Sheet1');
  const select = (sheet: FakeSheet, a1: string) => {
    fake.spreadsheet.activeSheet = sheet;
    fake.spreadsheet.activeRange = sheet.getRange(a1) as never;
  };
  return { ...fake, sandbox, sheet1, select };
}

/** Everything of the user's in a sheet: each cell's value, formula, format, note, validation. */
function kept(sheet: FakeSheet) {
  return JSON.stringify({
    cells: [...sheet.cells]
      .map(([key, c]) => ({ ...c, key, numberFormat: c.numberFormat ?? 'General' }))
      .filter(
        (c) =>
          c.value !== '' || c.formula || c.numberFormat !== 'General' || c.note || c.validation,
      )
      .map((c) => [c.key, c.value, c.formula, c.numberFormat, c.note, c.validation]),
    charts: sheet.charts.length,
  });
}

/** The user's names, with what they mark. */
function names(h: ReturnType<typeof setup>) {
  return [...h.spreadsheet.named]
    .filter(([n]) => !/^TIPCambodia_[A-Za-z]+(_\d{13})?$/i.test(n) || USER_NAMES.includes(n))
    .map(([n, r]) => `${n}=${r.sheet.name}!${r.getA1Notation()}`)
    .sort();
}
const USER_NAMES = [
  'TIPCambodia_TimelineTable_backup',
  'tipcambodia_figurestable_2024',
  'TIPCambodia_TierChartData_old',
  'MyData',
];

/**
 * The hostile Sheet1. Each obstacle is where a menu item or the sidebar might write:
 * A1 data, B3 a note only, C5 a value hidden by ";;;", D7 data validation, E9 a protected
 * range (E9:F10), G1 a formula still loading (its result would reach G2:G3), H1 a formula
 * already #REF! (H3 blocks it; the table would start at I2), and names that look like the add-on's.
 */
function hostile(only?: string) {
  const h = setup();
  const { sheet1, spreadsheet } = h;
  const has = (at: string) => !only || only === at;
  // The years the formulas read, and the user's names, are out of every table's way.
  sheet1.getRange('A100').setValue(2016);
  sheet1.getRange('A101').setValue(2016);
  sheet1.getRange('A102').setValue(2017);
  if (has('A1')) sheet1.getRange('A1').setValue('my data');
  if (has('B3')) sheet1.getRange('B3').setNote('checked by hand');
  if (has('C5')) {
    sheet1.getRange('C5').setNumberFormat(';;;');
    sheet1.getRange('C5').setValue(1234);
  }
  if (has('D7')) sheet1.getRange('D7').setDataValidation({ list: ['yes', 'no'] } as never);
  if (has('G2')) {
    sheet1.getRange('G1').setFormula('=TIP_TIER(A100:A102)');
    spreadsheet.loading.add('Sheet1!G1');
  }
  if (has('I2')) {
    sheet1.getRange('H1').setFormula('=TIP_TIER(A100:A102)');
    sheet1.getRange('H3').setValue('in the way');
  }
  for (const [name, a1] of [
    ['TIPCambodia_TimelineTable_backup', 'A1:A2'],
    ['tipcambodia_figurestable_2024', 'B3'],
    ['TIPCambodia_TierChartData_old', 'C5'],
    ['MyData', 'A100:A102'],
  ])
    spreadsheet.setNamedRange(name, sheet1.getRange(a1) as never);
  if (has('E9')) {
    const protection = sheet1.getRange('E9:F10').protect() as unknown as { editable: boolean };
    protection.editable = false;
  }
  return h;
}

const ITEMS = [
  'menuInsertTimeline',
  'menuInsertFigures',
  'menuInsertSourceList',
  'menuChartTimeline',
  'menuChartFigures',
];
const OBSTACLES: [string, RegExp][] = [
  ['A1', /Sheet1!A1 holds “my data”/],
  ['B3', /Sheet1!B3 holds a note \(“checked by hand”\)/],
  ['C5', /Sheet1!C5 holds a value its number format hides \(“1234”\)/],
  ['D7', /Sheet1!D7 has data validation/],
  ['E9', /Sheet1!E9 is in a protected range/],
  ['G2', /the formula in G1 \(=TIP_TIER\(A100:A102\)\), still loading, may lay its result/],
  ['I2', /the formula in H1 \(=TIP_TIER\(A100:A102\)\) may lay its result/],
];

describe('the emulator shows what the hostile sheet holds', () => {
  test('Loading... until the custom function finishes; #REF! where a value blocks a result; ;;; shows nothing', () => {
    const { sheet1, spreadsheet } = hostile();
    expect(sheet1.getRange('G1:H3').getDisplayValues()).toEqual([
      [LOADING, '#REF!'],
      ['', ''],
      ['', 'in the way'],
    ]);
    expect(sheet1.getRange('C5').getDisplayValue()).toBe('');
    expect(sheet1.getRange('C5').getValue()).toBe(1234);
    spreadsheet.loading.delete('Sheet1!G1');
    sheet1.recalculate();
    expect(sheet1.getRange('G1:G3').getDisplayValues()).toEqual([
      ['Tier 2'],
      ['Tier 2'],
      ['Tier 2'],
    ]);
    expect(() => sheet1.getRange('E9').setValue('x')).toThrow(
      'You are trying to edit a protected cell or object.',
    );
  });
});

describe('a hostile sheet loses nothing without consent', () => {
  test('all obstacles at once: every menu item twice from each, No then Yes, and the sidebar: nothing of the user’s changes', () => {
    const h = hostile();
    const { sandbox, sheet1, ui, spreadsheet, select } = h;
    const before = kept(sheet1);
    const namesBefore = names(h);
    for (const [at] of OBSTACLES) {
      for (const item of ITEMS) {
        for (const answer of ['NO', 'YES'] as const) {
          select(sheet1, at);
          ui.answers.push(answer);
          sandbox[item]();
          ui.answers.length = 0;
          expect([at, item, answer, kept(sheet1)]).toEqual([at, item, answer, before]);
        }
      }
      select(sheet1, at);
      for (const mode of ['value', 'formula']) {
        const request = { what: 'convictions', when: 2015, country: 'Cambodia', mode };
        try {
          sandbox.sidebarInsert({ ...request, replace: false });
        } catch (err) {
          expect((err as Error).name).toBe('TipError');
        }
      }
      expect(kept(sheet1)).toEqual(before);
    }
    expect(names(h)).toEqual(namesBefore);
    expect(ui.alerts.every((a) => !a.prompt.startsWith('Something went wrong'))).toBe(true);
    // Each Yes made a sheet of the add-on's own (7 places × 3 tables).
    expect(
      spreadsheet.sheets.slice(1).every((s) => /^TIP (timeline|figures|sources)/.test(s.name)),
    ).toBe(true);
    expect(spreadsheet.sheets).toHaveLength(1 + 7 * 3);
  });

  test.each(OBSTACLES)(
    'from %s: every menu item asks, naming what is in the way; No changes nothing, Yes uses a new sheet',
    (at, reason) => {
      const h = hostile(at);
      const { sandbox, sheet1, ui, spreadsheet, select } = h;
      const before = kept(sheet1);
      const namesBefore = names(h);
      for (const item of ITEMS) {
        for (const answer of ['NO', 'YES'] as const) {
          select(sheet1, at);
          const asked = ui.alerts.length;
          const sheets = spreadsheet.sheets.length;
          ui.answers.push(answer);
          sandbox[item]();
          const alerts = ui.alerts.slice(asked);
          // Charting a table that is already there asks nothing.
          if (alerts.length) {
            expect(alerts[0].prompt).toMatch(reason);
            expect(alerts[0].prompt).toMatch(
              /Put it on a new sheet, "TIP [a-z ]+( \d)?", instead\?/,
            );
          }
          if (answer === 'NO' && alerts.length) {
            expect(spreadsheet.sheets.length).toBe(sheets);
          }
          ui.answers.length = 0;
          expect([item, answer, kept(sheet1)]).toEqual([item, answer, before]);
          expect(names(h)).toEqual(namesBefore);
        }
      }
      // Every item put its table on a sheet of its own; the user's sheet has no chart.
      expect(spreadsheet.sheets.map((s) => s.name)).toEqual([
        'Sheet1',
        'TIP timeline',
        'TIP figures',
        'TIP sources',
      ]);
      expect(spreadsheet.sheet('TIP timeline').charts).toHaveLength(1);
      expect(spreadsheet.sheet('TIP figures').charts).toHaveLength(6);
      // The loading formula, once finished, lays out its result: nothing was written there.
      if (at === 'G2') {
        spreadsheet.loading.delete('Sheet1!G1');
        sheet1.recalculate();
        expect(sheet1.getRange('G1:G3').getDisplayValues()).toEqual([
          ['Tier 2'],
          ['Tier 2'],
          ['Tier 2'],
        ]);
      }
      expect(kept(sheet1)).toEqual(before);
    },
  );

  test('the sidebar writes nothing into any of those cells until the user agrees, and never into a protected one', () => {
    for (const [at, reason] of OBSTACLES) {
      const h = hostile(at);
      const { sandbox, sheet1, select } = h;
      const before = kept(sheet1);
      const namesBefore = names(h);
      for (const mode of ['value', 'formula']) {
        select(sheet1, at);
        const request = { what: 'tier', when: 2016, country: 'Cambodia', mode, replace: false };
        if (at === 'E9') {
          expect(() => sandbox.sidebarInsert(request)).toThrow(
            'Sheet1!E9 is in a protected range, which you cannot edit: select another cell, and insert again.',
          );
          expect(() => sandbox.sidebarInsert({ ...request, replace: true })).toThrow(
            /protected range/,
          );
          continue;
        }
        const answer = plain(sandbox.sidebarInsert(request)) as Record<string, string>;
        expect(answer.status).toBe('occupied');
        expect(answer.cell).toBe(`Sheet1!${at}`);
        expect(answer.reason).toMatch(reason);
        expect(kept(sheet1)).toEqual(before);
      }
      expect(names(h)).toEqual(namesBefore);
    }
    const { sandbox, sheet1, select } = hostile();
    // With consent: the note-only cell gets the value and the citation as its note.
    select(sheet1, 'B3');
    const agreed = { what: 'tier', when: 2016, country: 'Cambodia', mode: 'value', replace: true };
    expect(plain(sandbox.sidebarInsert(agreed))).toEqual({
      status: 'inserted',
      cell: 'Sheet1!B3',
      content: 'Tier 2',
    });
    expect(sheet1.getRange('B3').getValue()).toBe('Tier 2');
    // The hidden value, with consent, is replaced too.
    select(sheet1, 'C5');
    expect(plain(sandbox.sidebarInsert(agreed))).toMatchObject({ status: 'inserted' });
    expect(sheet1.getRange('C5').getValue()).toBe('Tier 2');
  });
});

describe('only the add-on’s own names are removed', () => {
  test('its exact name in any case and its fallback name_<13 digits>, nothing else', () => {
    const h = hostile();
    const { sandbox, sheet1, spreadsheet, select } = h;
    const other = spreadsheet.insertSheet('Clean') as unknown as FakeSheet;
    // A fallback name the add-on made earlier, and its exact name in another case.
    spreadsheet.setNamedRange(
      'TIPCambodia_TimelineTable_1733550000000',
      other.getRange('Z1') as never,
    );
    select(other, 'A1');
    sandbox.menuInsertTimeline();
    expect([...spreadsheet.named.keys()].sort()).toEqual(
      [...USER_NAMES, 'TIPCambodia_TimelineTable'].sort(),
    );
    select(other, 'A40');
    sandbox.menuInsertTimeline();
    expect(spreadsheet.named.get('TIPCambodia_TimelineTable')!.getA1Notation()).toBe('A40:I65');
    expect(names(h)).toEqual(
      [
        'MyData=Sheet1!A100:A102',
        'TIPCambodia_TierChartData_old=Sheet1!C5',
        'TIPCambodia_TimelineTable_backup=Sheet1!A1:A2',
        'tipcambodia_figurestable_2024=Sheet1!B3',
      ].sort(),
    );
    expect(sheet1.getRange('A1').getValue()).toBe('my data');
  });
});

describe('protected ranges', () => {
  test('a table whose chart cannot be made is not left behind', () => {
    const h = setup();
    const { sandbox, sheet1, spreadsheet, ui } = h;
    // The chart data beside the table is free, but the sheet refuses charts: this fake
    // refuses the insertChart call the guard cannot foresee.
    const original = sheet1.insertChart.bind(sheet1);
    sheet1.insertChart = () => {
      throw new Error('Service error: Spreadsheets');
    };
    sandbox.menuChartTimeline();
    sheet1.insertChart = original;
    expect(ui.alerts.map((a) => a.prompt)).toEqual([
      'Something went wrong: Service error: Spreadsheets.',
    ]);
    expect(kept(sheet1)).toBe(kept(setup().sheet1));
    expect([...spreadsheet.named.keys()]).toEqual([]);
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('a protected sheet: the table and its chart go to a new sheet when the user agrees', () => {
    const h = setup();
    const { sandbox, sheet1, spreadsheet, ui } = h;
    (sheet1.protect() as unknown as { editable: boolean }).editable = false;
    ui.answers.push('YES');
    sandbox.menuChartTimeline();
    expect(ui.alerts[0].prompt).toMatch(
      /but the sheet Sheet1 is protected\. Put it on a new sheet/,
    );
    expect(spreadsheet.sheet('TIP timeline').charts).toHaveLength(1);
    expect(sheet1.cells.size).toBe(0);
  });

  test('a warning-only protection counts as protected', () => {
    const h = setup();
    const { sandbox, sheet1, ui } = h;
    sheet1.getRange('B2:C3').protect().setWarningOnly(true);
    ui.answers.push('NO');
    sandbox.menuInsertTimeline();
    expect(ui.alerts[0].prompt).toMatch(/but Sheet1!B2 is in a protected range\./);
    expect(sheet1.cells.size).toBe(0);
  });
});

describe('charts', () => {
  test('the next Insert after a chart, from the chart’s selected cells, asks instead of writing under it', () => {
    const { sandbox, sheet1, spreadsheet, ui, select } = setup();
    sandbox.menuChartTimeline();
    expect(spreadsheet.activeRange.getA1Notation()).toBe('U1:Z19');
    const before = kept(sheet1);
    ui.answers.push('NO');
    sandbox.menuInsertFigures();
    expect(ui.alerts.map((a) => a.prompt)).toEqual([
      'The figures table needs 47 rows and 10 columns from Sheet1!U1, but a chart covers Sheet1!U1. Put it on a new sheet, "TIP figures", instead? (No leaves your sheet as it is.)',
    ]);
    expect(kept(sheet1)).toBe(before);
    // A table that would reach under the chart from its left asks too.
    select(sheet1, 'R5');
    ui.answers.push('NO');
    sandbox.menuInsertSourceList();
    expect(ui.alerts[1].prompt).toContain('but a chart covers Sheet1!U5.');
  });
});

describe('round trips', () => {
  test('the guard reads a block in 9 calls (2 for protections, 6 for the cells, 1 for charts), and writes nothing to find out', () => {
    const h = setup();
    const { sandbox, rec } = h;
    rec.calls.length = 0;
    sandbox.menuInsertTimeline();
    const reads = rec.calls.filter((c) =>
      /^(Range\.get(Values|Notes|DataValidations|NumberFormats|Formulas|DisplayValues)|Sheet\.get(Protections|Charts))$/.test(
        c,
      ),
    );
    expect(reads).toEqual([
      'Sheet.getProtections',
      'Sheet.getProtections',
      'Range.getValues',
      'Range.getNotes',
      'Range.getDataValidations',
      'Range.getNumberFormats',
      'Range.getFormulas',
      'Range.getDisplayValues',
      'Sheet.getCharts',
    ]);
    // The first write is the table itself.
    const firstWrite = rec.calls.findIndex((c) => /^Range\.set/.test(c));
    expect(rec.calls.indexOf('Range.getDisplayValues')).toBeLessThan(firstWrite);
  });
});

describe('crafted sidebar requests get the add-on’s messages', () => {
  const valid = { what: 'tier', when: 2016, country: 'Cambodia', mode: 'value', replace: false };
  test.each([
    [null, 'The sidebar sent an empty value, not an insert request'],
    ['tier', 'The sidebar sent "tier", not an insert request'],
    [[1, 2], 'The sidebar sent a range, not an insert request'],
    [{ ...valid, what: null }, 'what an empty value is not "tier" or a metric'],
    [{ ...valid, what: 'convictons' }, 'Unknown metric "convictons"'],
    [{ ...valid, when: { year: 2016 } }, 'year [object Object] is not a year or a period'],
    [{ ...valid, when: 2016.5 }, 'year 2016.5 is not a year'],
    [{ ...valid, when: 'to'.repeat(25000) }, 'year "tototo'],
    [{ ...valid, country: 42 }, 'country 42 is not a country name'],
    [{ ...valid, country: 'Atlantis' }, 'No country "Atlantis"'],
    [{ ...valid, country: 'Cambodia"), 1, ("' }, 'No country "Cambodia'],
    [{ ...valid, source: 'nope' }, 'source "nope" is not a source'],
    [{ ...valid, what: 'convictions', when: 2016, source: 'dataset' }, 'gives tiers only'],
    [{ ...valid, mode: 'html' }, 'mode "html" is not "value" or "formula"'],
    [{ ...valid, replace: 'yes' }, 'replace "yes" is not TRUE or FALSE'],
  ])('%j', (request, message) => {
    const { sandbox, sheet1 } = setup();
    let thrown: Error | undefined;
    try {
      sandbox.sidebarInsert(request);
    } catch (err) {
      thrown = err as Error;
    }
    expect(thrown?.name).toBe('TipError');
    expect(thrown?.message).toContain(message);
    expect(sheet1.cells.size).toBe(0);
  });
});

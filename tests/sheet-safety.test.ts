/**
 * Never break what is already in the sheet, and always show what was done: dist/Code.js over
 * the emulator, with formulas computed by the bundle's own functions (emulator/formulas.ts) so
 * that array results fill their cells, and a blocked one shows #REF!, as in Sheets.
 */
import { getDataIndex } from '../src/data';
import { tierChartData } from '../src/core/tables/charts';
import { figuresReportTable, timelineTable } from '../src/core/tables/tables';
import { createFakeSheets, type FakeSheet } from '../emulator/sheets';
import { customFunctionEvaluator } from '../emulator/formulas';
import { loadBundle, plain } from '../emulator/node-loader';

const ds = getDataIndex();
const TIMELINE = timelineTable(ds, ds.findCountry('Cambodia')!, 'any');
const TIER_BLOCK = tierChartData(ds, ds.findCountry('Cambodia')!).block;

function setup() {
  const fake = createFakeSheets();
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  fake.spreadsheet.compute = customFunctionEvaluator(
    sandbox as unknown as Record<string, (...a: unknown[]) => unknown>,
  );
  const sheet1 = fake.spreadsheet.sheet('Sheet1');
  const select = (sheet: FakeSheet, row: number, col: number) => {
    fake.spreadsheet.activeSheet = sheet;
    fake.spreadsheet.activeRange = sheet.range(row, col, 1, 1);
  };
  return { ...fake, sandbox, sheet1, select };
}

/** All a user keeps in a sheet: every cell holding anything, its format and note, the widths. */
function kept(sheet: FakeSheet) {
  const cells = [...sheet.cells]
    .filter(([, c]) => c.value !== '' || c.formula || c.numberFormat || c.note || c.bold || c.wrap)
    .map(([key, c]) => [key, c.value, c.formula, c.numberFormat, c.note, c.bold, c.wrap]);
  return {
    cells,
    widths: [...sheet.widths],
    size: [sheet.maxRows, sheet.maxColumns],
    charts: sheet.charts.length,
  };
}

const shown = (sheet: FakeSheet, a1: string) => sheet.getRange(a1).getDisplayValues();

describe('the emulator lays out array results as Sheets does', () => {
  test('a column and a row result fill their cells, blank ones included; a filled cell in the way gives #REF!', () => {
    const { sheet1 } = setup();
    sheet1.getRange('A1').setFormula('=TIP_TIER(B1:B2)');
    sheet1.getRange('D1').setFormula('=TIP_TIER(E5:G5)');
    expect(shown(sheet1, 'A1:A2')).toEqual([[''], ['']]);
    sheet1.getRange('B1').setValue(2016);
    expect(shown(sheet1, 'A1:A3')).toEqual([['Tier 2'], [''], ['']]);
    // A2 holds nothing but is the result's: a value there blocks it.
    sheet1.getRange('A2').setValue('x');
    expect(shown(sheet1, 'A1:A2')).toEqual([['#REF!'], ['x']]);
    expect(sheet1.layout().blocked.get('1,1')).toBe('A2');
    sheet1.getRange('A2').clearContent();
    expect(shown(sheet1, 'A1')).toEqual([['Tier 2']]);
    // The row result D1:F1.
    sheet1.getRange('F1').setValue('y');
    expect(shown(sheet1, 'D1:F1')).toEqual([['#REF!', '', 'y']]);
    expect(sheet1.layout().blocked.get('1,4')).toBe('F1');
  });
});

describe('a blank cell of a formula’s array result counts as taken', () => {
  const cases: [string, string, string, [string, unknown][]][] = [
    ['a column result', '=TIP_TIER(B1:B2)', 'A2', []],
    ['a row result', '=TIP_TIER(B3:C3)', 'B1', []],
    [
      'a column result whose blank cell comes after a filled one',
      '=TIP_TIER(B1:B3)',
      'A3',
      [['B2', 2016]],
    ],
  ];

  test.each(cases)(
    'menu, %s: it asks first, and No leaves the sheet and the formula as they were',
    (_label, formula, at, values) => {
      const { sandbox, sheet1, ui, spreadsheet, select } = setup();
      sheet1.getRange('A1').setFormula(formula);
      for (const [a1, v] of values) sheet1.getRange(a1).setValue(v);
      const before = kept(sheet1);
      const shownBefore = shown(sheet1, 'A1:C3');
      const [row, col] = [sheet1.getRange(at).getRow(), sheet1.getRange(at).getColumn()];
      select(sheet1, row, col);
      ui.answers.push('NO');
      sandbox.menuInsertTimeline();
      expect(ui.alerts).toEqual([
        {
          title: 'TIP Cambodia',
          prompt: `The tier timeline needs 26 rows and 9 columns from Sheet1!${at}, but the formula in A1 (${formula}) may lay its result over those cells: writing there would turn it into #REF!. Put it on a new sheet, "TIP timeline", instead? (No leaves your sheet as it is.)`,
          buttons: 'YES_NO',
        },
      ]);
      expect(kept(sheet1)).toEqual(before);
      expect(shown(sheet1, 'A1:C3')).toEqual(shownBefore);
      expect(shown(sheet1, 'A1')).not.toEqual([['#REF!']]);
      expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
      expect(spreadsheet.toasts).toEqual([]);
    },
  );

  test('menu: Yes puts the table on a new sheet, shows it, and says where; the formula keeps its result', () => {
    const { sandbox, sheet1, ui, spreadsheet, select } = setup();
    sheet1.getRange('A1').setFormula('=TIP_TIER(B1:B2)');
    sheet1.getRange('B1').setValue(2009);
    const before = kept(sheet1);
    select(sheet1, 2, 1);
    ui.answers.push('YES');
    sandbox.menuInsertTimeline();
    expect(kept(sheet1)).toEqual(before);
    expect(shown(sheet1, 'A1:A2')).toEqual([['Tier 2 Watch List'], ['']]);
    const created = spreadsheet.sheet('TIP timeline');
    expect(created.dump()).toEqual(TIMELINE);
    expect(spreadsheet.activeSheet).toBe(created);
    expect(spreadsheet.activeRange.getA1Notation()).toBe('A1:I26');
    expect(spreadsheet.toasts).toEqual([
      {
        msg: 'The tier timeline is in TIP timeline!A1:I26.',
        title: 'TIP Cambodia',
        timeoutSeconds: null,
      },
    ]);
  });

  test('menu: a formula with a single value above the cell does not block it', () => {
    const { sandbox, sheet1, ui, select } = setup();
    sheet1.getRange('A1').setFormula('=TIP_TIER(2016)');
    select(sheet1, 2, 1);
    sandbox.menuInsertTimeline();
    expect(ui.alerts).toEqual([]);
    expect(sheet1.range(2, 1, 26, 9).getValues()).toEqual(TIMELINE);
    expect(shown(sheet1, 'A1')).toEqual([['Tier 2']]);
  });

  test.each([
    ['a row result beside the table', 'J1', '=TIP_TIER(L40:M40)', 1],
    ['a column result above the block', 'K1', '=TIP_TIER(M40:M45)', 3],
  ])(
    'chart data, %s: the block goes to a new sheet and the formula keeps its result',
    (_l, at, formula, tableRow) => {
      const { sandbox, sheet1, ui, spreadsheet, select } = setup();
      select(sheet1, tableRow, 1);
      sandbox.menuInsertTimeline();
      sheet1.getRange(at).setFormula(formula);
      const before = kept(sheet1);
      sandbox.menuChartTimeline();
      expect(ui.alerts).toEqual([]);
      expect(kept(sheet1)).toEqual(before);
      expect(shown(sheet1, at)).toEqual([['']]);
      const data = spreadsheet.sheet('TIP chart data');
      expect(data.range(1, 1, 26, 9).getValues()).toEqual(TIER_BLOCK);
      expect(TIER_BLOCK[2]).toEqual([
        '2002',
        '',
        '',
        '',
        3,
        3,
        3,
        3,
        'agrees: 3 sources give Tier 3 (report, dataset, articles)',
      ]);
      expect(data.charts).toHaveLength(1);
      expect(spreadsheet.activeSheet).toBe(data);
    },
  );

  test.each([
    ['a column result', '=TIP_TIER(B1:B2)', 'A2'],
    ['a row result', '=TIP_TIER(B3:C3)', 'B1'],
  ])(
    'sidebar, %s: nothing is written until the user agrees, in one call each',
    (_l, formula, at) => {
      const { sandbox, sheet1, spreadsheet } = setup();
      sheet1.getRange('A1').setFormula(formula);
      spreadsheet.activeRange = sheet1.getRange(at) as never;
      const before = kept(sheet1);
      for (const mode of ['value', 'formula']) {
        const request = { what: 'tier', when: 2016, country: 'Cambodia', mode, replace: false };
        expect(plain(sandbox.sidebarInsert(request))).toEqual({
          status: 'occupied',
          cell: `Sheet1!${at}`,
          current: '',
          inside: `A1 (${formula})`,
          reason: `the formula in A1 (${formula}) may lay its result over those cells: writing there would turn it into #REF!.`,
        });
        expect(kept(sheet1)).toEqual(before);
        expect(shown(sheet1, 'A1')).toEqual([['']]);
      }
      // With the user's consent the value goes in, and the formula shows #REF!, as Sheets does.
      const agreed = {
        what: 'tier',
        when: 2016,
        country: 'Cambodia',
        mode: 'value',
        replace: true,
      };
      expect(plain(sandbox.sidebarInsert(agreed))).toEqual({
        status: 'inserted',
        cell: `Sheet1!${at}`,
        content: 'Tier 2',
      });
      expect(shown(sheet1, 'A1')).toEqual([['#REF!']]);
    },
  );
});

describe('named ranges', () => {
  test('a name kept by a deleted sheet never blocks a menu item twice', () => {
    const { sandbox, sheet1, ui, spreadsheet, select } = setup();
    spreadsheet.namesOutliveSheets = true;
    sheet1.getRange('A1').setValue('mine');
    ui.answers.push('YES');
    sandbox.menuInsertTimeline();
    spreadsheet.deleteSheet(spreadsheet.sheet('TIP timeline') as never);
    // The name is no longer listed, yet Sheets refuses it.
    expect(spreadsheet.getNamedRanges()).toEqual([]);
    expect(() =>
      spreadsheet.setNamedRange('TIPCambodia_TimelineTable', sheet1.getRange('A1')),
    ).toThrow('A named range with the name TIPCambodia_TimelineTable already exists.');
    select(sheet1, 1, 1);
    ui.answers.push('YES');
    sandbox.menuChartTimeline();
    expect(ui.alerts.map((a) => a.buttons)).toEqual(['YES_NO', 'YES_NO']);
    const names = [...spreadsheet.named.keys()];
    const table = names.find((n) => n.startsWith('TIPCambodia_TimelineTable_'))!;
    expect(spreadsheet.named.get(table)!.getA1Notation()).toBe('A1:I26');
    expect(spreadsheet.named.get(table)!.sheet.name).toBe('TIP timeline');
    // Again: the table is found by its new name; nothing is asked, inserted or refused.
    select(sheet1, 1, 1);
    sandbox.menuChartTimeline();
    sandbox.menuChartTimeline();
    expect(ui.alerts).toHaveLength(2);
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1', 'TIP timeline']);
    expect(spreadsheet.sheet('TIP timeline').charts).toHaveLength(1);
  });

  test('the chart data’s stale name is recovered the same way', () => {
    const { sandbox, sheet1, ui, spreadsheet, select } = setup();
    spreadsheet.namesOutliveSheets = true;
    sandbox.menuInsertTimeline();
    sheet1.getRange('K1').setValue('mine'); // the block goes to its own sheet
    sandbox.menuChartTimeline();
    spreadsheet.deleteSheet(spreadsheet.sheet('TIP chart data') as never);
    select(sheet1, 1, 1);
    sandbox.menuChartTimeline();
    sandbox.menuChartTimeline();
    expect(ui.alerts).toEqual([]);
    const block = [...spreadsheet.named].find(([n]) => n.startsWith('TIPCambodia_TierChartData_'));
    expect(block![1].sheet.name).toBe('TIP chart data');
    // Charting again rewrites its block where it is: no "TIP chart data 2", one chart.
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1', 'TIP chart data']);
    expect(spreadsheet.sheet('TIP chart data').charts).toHaveLength(1);
  });
});

describe('what the menu does is visible', () => {
  test('Chart tier timeline run from Sheet1 shows the timeline’s sheet with the chart’s cells selected, and says where', () => {
    const { sandbox, sheet1, ui, spreadsheet, select } = setup();
    sheet1.getRange('A1').setValue('mine');
    ui.answers.push('YES');
    sandbox.menuInsertTimeline();
    select(sheet1, 5, 5);
    sandbox.menuChartTimeline();
    const timeline = spreadsheet.sheet('TIP timeline');
    expect(spreadsheet.activeSheet).toBe(timeline);
    expect(spreadsheet.activeRange.getA1Notation()).toBe('U1:Z19');
    expect(timeline.charts[0].position).toEqual({ row: 1, column: 21, offsetX: 0, offsetY: 0 });
    expect(spreadsheet.toasts.at(-1)).toEqual({
      msg: 'Chart at TIP timeline!U1, beside its data (K1:S26).',
      title: 'TIP Cambodia',
      timeoutSeconds: null,
    });
  });

  test('Chart figures selects the first chart’s cells and names the six charts', () => {
    const { sandbox, spreadsheet } = setup();
    sandbox.menuChartFigures();
    expect(spreadsheet.activeRange.getA1Notation()).toBe('P1:U19');
    expect(spreadsheet.toasts.map((t) => t.msg)).toEqual([
      '6 charts at Sheet1!P1, beside their data (L1:N27).',
    ]);
  });

  test('no empty chart is left: as the issue tells it, the first chart keeps its data', () => {
    const { sandbox, sheet1, ui, spreadsheet, select } = setup();
    sheet1.getRange('A1').setValue('mine');
    // Insert the timeline (to "TIP timeline"), chart it, insert it again ("TIP timeline 2"),
    // chart again.
    ui.answers.push('YES');
    sandbox.menuInsertTimeline();
    sandbox.menuChartTimeline();
    const first = spreadsheet.sheet('TIP timeline').charts[0];
    const firstData = first.ranges[0].getValues();
    select(sheet1, 1, 1);
    ui.answers.push('YES');
    sandbox.menuInsertTimeline();
    sandbox.menuChartTimeline();
    const charts = spreadsheet.sheets.flatMap((s) => s.charts);
    expect(charts.map((c) => `${c.sheet.name}!${c.ranges[0].getA1Notation()}`)).toEqual([
      'TIP timeline!K1:O26',
      'TIP timeline 2!K1:O26',
    ]);
    expect(spreadsheet.sheet('TIP timeline').charts[0]).toBe(first);
    expect(first.ranges[0].getValues()).toEqual(firstData);
    expect(firstData.slice(0, 3)).toEqual([
      ['Report year', 'Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'],
      ['2001', '', 2, '', ''],
      ['2002', '', '', '', 3],
    ]);
    // Every chart reads a header and the 25 report years 2001–2025, each with a tier somewhere.
    for (const chart of charts) {
      const values = chart.ranges[0].getValues().slice(1);
      expect(values).toHaveLength(25);
      expect(values.filter((r) => r.slice(1).some((v) => v !== ''))).toHaveLength(25);
    }
    expect(spreadsheet.sheet('TIP timeline').range(1, 1, 26, 9).getValues()).toEqual(TIMELINE);
    expect(spreadsheet.toasts.at(-1)!.msg).toBe(
      'Chart at TIP timeline 2!U1, beside its data (K1:S26).',
    );
  });
});

describe('inserted tables are readable without resizing', () => {
  test('each column fits its longest text up to 400 px, longer text is clipped to one line with the whole text in a note, and no column is narrowed', () => {
    const { sandbox, sheet1 } = setup();
    sheet1.setColumnWidth(2, 500);
    sandbox.menuInsertFigures();
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => sheet1.getColumnWidth(c))).toEqual([
      400, 500, 100, 104, 100, 104, 100, 400, 132, 400,
    ]);
    // The metric labels and the sources are longer than 400 px: clipped to one line a row (no
    // tall rows), each whole in its cell's note unless the cell has a note of its own.
    const rows = figuresReportTable(ds, ds.findCountry('Cambodia')!).length;
    expect(rows).toBe(47);
    expect(
      sheet1
        .range(1, 8, rows, 1)
        .getValues()
        .every((r) => String(r[0]).length > 0),
    ).toBe(true);
    expect([...Array(rows)].map((_, i) => sheet1.cell(i + 1, 8)?.wrap)).toEqual(
      Array(rows).fill('CLIP'),
    );
    const source = String(sheet1.cell(2, 8)!.value);
    expect(source.length).toBeGreaterThan(60);
    expect(sheet1.cell(2, 8)!.note).toBe(source);
    // A short cell has no note; a value keeps its citation, not its text.
    expect(sheet1.cell(2, 4)!.note ?? '').toBe('');
    expect(sheet1.cell(2, 3)!.note).toMatch(/“/);
    expect(sheet1.cell(1, 3)?.wrap).toBeUndefined();
    expect(sheet1.cell(rows + 1, 8)?.wrap).toBeUndefined();
  });
});

describe('the sidebar’s formula', () => {
  test('gets the number format of its value, so that "at least 100" shows for a formula too', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    spreadsheet.activeRange = sheet1.getRange('C3') as never;
    const request = {
      what: 'convictions',
      when: 2016,
      country: 'Cambodia',
      mode: 'formula',
      replace: false,
    };
    expect(plain(sandbox.sidebarInsert(request))).toEqual({
      status: 'inserted',
      cell: 'Sheet1!C3',
      content: '=TIP_STAT("convictions", 2016)',
    });
    expect(sheet1.getRange('C3').getNumberFormat()).toBe('"at least "#,##0');
    expect(sheet1.getRange('C3').getDisplayValue()).toBe('at least 100');
  });
});

describe('notes', () => {
  // The source modules, run with the emulator's services as Apps Script's globals.
  let restore: () => void;
  beforeEach(() => {
    const fake = setup();
    const g = globalThis as Record<string, unknown>;
    g.SpreadsheetApp = fake.services.SpreadsheetApp;
    g.fake = fake;
    restore = () => {
      delete g.SpreadsheetApp;
      delete g.fake;
    };
  });
  afterEach(() => restore());
  const fake = () => (globalThis as unknown as { fake: ReturnType<typeof setup> }).fake;

  test('placeTable writes one note per cell where one is given, "" for none', async () => {
    const { placeTable } = await import('../src/menu/placement');
    const kind = { what: 'test table', sheetName: 'Test', rangeName: 'TIPCambodia_Test' };
    const notes = [
      ['', 'The header’s note'],
      ['“from 43 in 2015” — Phnom Penh Post', ''],
    ];
    const range = placeTable(
      [
        ['Year', 'Convictions'],
        ['2015', 43],
      ],
      kind,
      [],
      notes,
    );
    expect(range!.getA1Notation()).toBe('A1:B2');
    expect(fake().sheet1.range(1, 1, 2, 2).getNotes()).toEqual(notes);
    expect(fake().sheet1.range(1, 1, 2, 2).getValues()).toEqual([
      ['Year', 'Convictions'],
      [2015, 43],
    ]);
  });

  test('the sidebar’s insert takes a note for its cell', async () => {
    const { insertFact } = await import('../src/sidebar/server');
    const { sheet1, spreadsheet } = fake();
    spreadsheet.activeRange = sheet1.range(2, 2, 1, 1);
    const request = {
      what: 'tier',
      when: 2016,
      country: 'Cambodia',
      mode: 'value',
      replace: false,
    } as const;
    expect(insertFact(request, 'From the 2017 report')).toEqual({
      status: 'inserted',
      cell: 'Sheet1!B2',
      content: 'Tier 2',
    });
    expect(sheet1.range(2, 2, 1, 1).getNote()).toBe('From the 2017 report');
    expect(sheet1.range(2, 2, 1, 1).getValue()).toBe('Tier 2');
  });
});

describe('documented means only', () => {
  const REF = 'https://developers.google.com/apps-script/reference';
  /** Every Apps Script method the menu and the sidebar call, by class, with its page. */
  const DOCUMENTED: Record<string, [page: string, methods: string[]]> = {
    SpreadsheetApp: [
      `${REF}/spreadsheet/spreadsheet-app`,
      ['getActiveSpreadsheet', 'getUi', 'newConditionalFormatRule'],
    ],
    Spreadsheet: [
      `${REF}/spreadsheet/spreadsheet`,
      ['getActiveRange', 'getNamedRanges', 'insertSheet', 'setNamedRange', 'toast'],
    ],
    Sheet: [
      `${REF}/spreadsheet/sheet`,
      [
        'activate',
        'getRange',
        'getCharts',
        'getColumnWidth',
        'getConditionalFormatRules',
        'insertChart',
        'insertColumnsAfter',
        'insertRowsAfter',
        'getProtections',
        'newChart',
        'removeChart',
        'setActiveRange',
        'setColumnWidth',
        'setConditionalFormatRules',
        'setFrozenRows',
      ],
    ],
    Range: [
      `${REF}/spreadsheet/range`,
      [
        'clearContent',
        'clearNote',
        'getDataValidations',
        'getDisplayValue',
        'getDisplayValues',
        'getFormula',
        'getFormulas',
        'getNotes',
        'getNumberFormats',
        'getValues',
        'setFontWeight',
        'setFormula',
        'setNote',
        'setNotes',
        'setNumberFormat',
        'setNumberFormats',
        'setValue',
        'setValues',
        'setVerticalAlignment',
        'setWrapStrategy',
      ],
    ],
    NamedRange: [`${REF}/spreadsheet/named-range`, ['getRange', 'remove']],
    Protection: [`${REF}/spreadsheet/protection`, ['canEdit', 'isWarningOnly', 'getRange']],
    EmbeddedChart: [`${REF}/spreadsheet/embedded-chart`, ['getRanges', 'getContainerInfo']],
    // The builder's methods are checked one by one in tests/charts.test.ts.
    EmbeddedChartBuilder: [`${REF}/spreadsheet/embedded-chart-builder`, []],
    Ui: [`${REF}/base/ui`, ['alert', 'createAddonMenu', 'showSidebar']],
    Menu: [`${REF}/base/menu`, ['addItem', 'addSeparator', 'addToUi']],
    HtmlService: [`${REF}/html/html-service`, ['createHtmlOutputFromFile']],
  };

  test('every call the menu and the sidebar make is a method listed with its reference page', () => {
    const calls = new Set<string>();
    const session = (act: (h: ReturnType<typeof setup>) => void) => {
      const h = setup();
      act(h);
      h.rec.calls.forEach((c) => calls.add(c));
    };
    session(({ sandbox, ui }) => {
      sandbox.onOpen({ authMode: 'FULL' });
      sandbox.menuInsertTimeline();
      sandbox.menuChartTimeline();
      sandbox.menuChartTimeline();
      ui.answers.push('YES');
      sandbox.menuInsertFigures();
      sandbox.menuChartFigures();
      sandbox.menuHelp();
    });
    session(({ sandbox, sheet1, spreadsheet, ui }) => {
      sheet1.getRange('A1').setFormula('=TIP_TIER(B1:B2)');
      spreadsheet.activeRange = sheet1.getRange('A2') as never;
      const request = { what: 'tier', when: 2016, country: 'Cambodia', mode: 'value' };
      sandbox.sidebarInsert({ ...request, replace: false });
      sandbox.sidebarInsert({ ...request, replace: true });
      spreadsheet.activeRange = sheet1.getRange('C5') as never;
      sandbox.sidebarInsert({ ...request, mode: 'formula', replace: false });
      spreadsheet.activeRange = sheet1.getRange('A2') as never;
      ui.answers.push('YES');
      sandbox.menuInsertTimeline();
      spreadsheet.activeRange = sheet1.range(990, 25, 1, 1);
      sandbox.menuInsertFigures();
    });
    const undocumented = [...calls].filter((call) => {
      const [cls, method] = call.split('.');
      return (
        !(cls in DOCUMENTED) ||
        (cls !== 'EmbeddedChartBuilder' && !DOCUMENTED[cls][1].includes(method))
      );
    });
    expect(undocumented).toEqual([]);
    // The calls this issue added are among those made.
    for (const call of [
      'Spreadsheet.toast',
      'Sheet.activate',
      'Sheet.setActiveRange',
      'Sheet.getColumnWidth',
      'Sheet.setColumnWidth',
      'Range.setWrapStrategy',
      'Range.getDisplayValues',
      'Range.getNotes',
      'Range.getDataValidations',
      'Sheet.getProtections',
    ])
      expect([call, calls.has(call)]).toEqual([call, true]);
  });
});

/**
 * The add-on menu, run from the built dist/Code.js in a bare V8 context against the in-memory
 * Sheets fake: on an empty and on a busy spreadsheet, no user cell changes without consent.
 */
import { DATA_FILES, getDataIndex } from '../src/data';
import {
  FIGURES_REPORT_HEADER,
  SOURCE_LIST_HEADER,
  figuresReportTable,
  timelineTable,
} from '../src/core/tables/tables';
import { createFakeSheets, type FakeSheet, type Value } from '../emulator/sheets';
import { loadBundle, readBundle, type Sandbox } from '../emulator/node-loader';

const ds = getDataIndex();
const cambodia = ds.findCountry('Cambodia')!;
// The menu's timeline: every year either the articles or Kelley and Heiss's record covers.
const TIMELINE = timelineTable(ds, cambodia, 'any');
const FIGURES = figuresReportTable(ds, cambodia);

function setup() {
  const fake = createFakeSheets();
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  const sheet1 = fake.spreadsheet.sheet('Sheet1');
  return { ...fake, sandbox, sheet1 };
}

/** A sheet with the user's own work in A1:C4 (a formula in C4 whose value is ""). */
function busy(sheet: FakeSheet) {
  sheet.range(1, 1, 3, 3).setValues([
    ['Name', 'Score', 'Note'],
    ['a', 1, 'keep'],
    ['b', 2, new Date(2020, 0, 1)],
  ]);
  sheet.range(4, 3, 1, 1).setFormula('=IF(B3>5,"big","")');
}

function snapshot(sheet: FakeSheet) {
  return [...sheet.cells.entries()].map(([k, c]) => [k, c.value, c.formula]);
}

function run(sandbox: Sandbox, name: string) {
  return sandbox[name]();
}

describe('onOpen and onInstall', () => {
  test('in AuthMode.NONE, onOpen builds the add-on menu and calls nothing else', () => {
    const { sandbox, rec, ui } = setup();
    rec.authMode = 'NONE';
    sandbox.onOpen({ authMode: 'NONE' });
    expect(new Set(rec.calls)).toEqual(
      new Set([
        'SpreadsheetApp.getUi',
        'Ui.createAddonMenu',
        'Menu.addItem',
        'Menu.addSeparator',
        'Menu.addToUi',
      ]),
    );
    expect(ui.menus).toHaveLength(1);
  });

  test('menu items start with a verb, in sentence case, and name top-level functions of Code.js', () => {
    const { sandbox, ui } = setup();
    sandbox.onOpen({ authMode: 'LIMITED' });
    const items = ui.menu!.items.filter((i) => i !== 'separator') as {
      label: string;
      functionName: string;
    }[];
    expect(items.map((i) => i.label)).toEqual([
      'Browse sources',
      'Insert tier timeline',
      'Insert figures table',
      'Insert source list',
      'Chart tier timeline',
      'Chart figures',
      'Refresh TIP formulas',
      'Help',
    ]);
    const code = readBundle();
    for (const { label, functionName } of items) {
      expect(label).toMatch(/^(Insert|Chart|Browse|Refresh|Help)\b/);
      // Sentence case; "TIP" is the report's name, as in the functions' TIP_ prefix.
      const rest = label.slice(1).replace(/\bTIP\b/, 'tip');
      expect(rest).toBe(rest.toLowerCase());
      expect(typeof sandbox[functionName]).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${functionName}\\(\\) \\{$`, 'm'));
    }
  });

  test('onInstall builds the same menu', () => {
    const { sandbox, ui } = setup();
    sandbox.onInstall({ authMode: 'FULL' });
    expect(ui.menu!.items.length).toBe(11);
  });
});

describe('Insert tier timeline', () => {
  test('on an empty spreadsheet: at the active cell, equal to the dataset, header bold, named', () => {
    const { sandbox, sheet1, ui, spreadsheet } = setup();
    run(sandbox, 'menuInsertTimeline');
    expect(ui.alerts).toEqual([]);
    expect(sheet1.dump()).toEqual(TIMELINE);
    expect(sheet1.cell(1, 1)!.bold).toBe(true);
    expect(spreadsheet.named.get('TIPCambodia_TimelineTable')!.getA1Notation()).toBe('A1:I26');
    // A row per report year from 2001 to 2025, a column per source, and the tier from the
    // first source that gives one (the report's words, then the record, then the press).
    const rows = sheet1.dump().slice(1);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 25 }, (_, i) => 2001 + i));
    const from = Object.fromEntries(rows.map((r) => [r[0], r[2]]));
    expect([from[2001], from[2011], from[2012], from[2015], from[2018], from[2025]]).toEqual([
      'report',
      'dataset',
      'dataset',
      'dataset',
      'report',
      'articles',
    ]);
    for (const row of rows) {
      const [report, record, articles] = row.slice(4, 7);
      const given = [report, record, articles].filter((t) => String(t).startsWith('Tier'));
      expect(given).toContain(row[1]);
      expect(new Set(given).size).toBe(1);
    }
    // Every tier carries its citation as the cell's note: hovering shows where it comes from.
    const note = (r: number, c: number) => sheet1.cell(r, c)?.note ?? '';
    expect(note(1, 2)).toBe('');
    expect(note(2, 2)).toMatch(
      /^“Cambodia \(Tier 2\)” — \(U\.S\. Department of State, 2001\) http:\/\/www\.refworld\.org\//,
    );
    expect(note(2, 6)).toMatch(
      /^Cambodia, 2001 report: Tier 2 \(code 2\) — map_tiers\.csv row 480, \(Kelley & Heiss, 2017\); coded\.$/,
    );
    expect(note(26, 7)).toContain('https://cambojanews.com/');
    for (let r = 2; r <= 26; r++) expect(note(r, 2)).not.toBe('');
  });

  test('at an empty active cell of a busy sheet, without asking', () => {
    const { sandbox, sheet1, ui, spreadsheet } = setup();
    busy(sheet1);
    const before = snapshot(sheet1);
    spreadsheet.activeRange = sheet1.range(2, 8, 1, 1); // H2
    run(sandbox, 'menuInsertTimeline');
    expect(ui.alerts).toEqual([]);
    expect(sheet1.range(2, 8, 26, 9).getValues()).toEqual(TIMELINE);
    expect(snapshot(sheet1).slice(0, before.length)).toEqual(before);
  });

  test('where cells are taken it asks; No changes nothing', () => {
    const { sandbox, sheet1, ui, spreadsheet } = setup();
    busy(sheet1);
    const before = snapshot(sheet1);
    spreadsheet.activeRange = sheet1.range(2, 2, 1, 1); // B2: overlaps the user's cells
    ui.answers.push('NO');
    run(sandbox, 'menuInsertTimeline');
    expect(ui.alerts).toHaveLength(1);
    expect(ui.alerts[0].buttons).toBe('YES_NO');
    expect(ui.alerts[0].prompt).toContain('Sheet1!B2');
    expect(ui.alerts[0].prompt).toContain('"TIP timeline"');
    expect(snapshot(sheet1)).toEqual(before);
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('a formula showing "" counts as taken', () => {
    const { sandbox, sheet1, ui, spreadsheet } = setup();
    busy(sheet1);
    spreadsheet.activeRange = sheet1.range(4, 3, 1, 1); // C4 holds a formula whose value is ""
    run(sandbox, 'menuInsertTimeline');
    expect(ui.alerts).toHaveLength(1);
    expect(sheet1.cell(4, 3)!.formula).toBe('=IF(B3>5,"big","")');
  });

  test('Yes puts it on a new sheet with a unique name, every time, and leaves the user’s cells', () => {
    const { sandbox, sheet1, ui, spreadsheet } = setup();
    busy(sheet1);
    const before = snapshot(sheet1);
    spreadsheet.insertSheet('TIP timeline'); // the user already has a sheet by that name
    spreadsheet.sheet('TIP timeline').range(1, 1, 1, 1).setValue('mine');
    for (let i = 0; i < 2; i++) {
      spreadsheet.activeSheet = sheet1;
      spreadsheet.activeRange = sheet1.range(1, 1, 1, 1);
      ui.answers.push('YES');
      run(sandbox, 'menuInsertTimeline');
    }
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'TIP timeline',
      'TIP timeline 2',
      'TIP timeline 3',
    ]);
    expect(spreadsheet.sheet('TIP timeline').dump()).toEqual([['mine']]);
    expect(spreadsheet.sheet('TIP timeline 2').dump()).toEqual(TIMELINE);
    expect(spreadsheet.sheet('TIP timeline 3').dump()).toEqual(TIMELINE);
    expect(spreadsheet.sheet('TIP timeline 3').frozenRows).toBe(1);
    expect(spreadsheet.named.get('TIPCambodia_TimelineTable')!.sheet.name).toBe('TIP timeline 3');
    expect(snapshot(sheet1)).toEqual(before);
  });

  test('near the end of a sheet it grows the sheet rather than fail or overwrite', () => {
    const { sandbox, sheet1, ui, spreadsheet } = setup();
    spreadsheet.activeRange = sheet1.range(995, 24, 1, 1); // X995: needs rows to 1020, columns to AF
    run(sandbox, 'menuInsertTimeline');
    expect(ui.alerts).toEqual([]);
    expect(TIMELINE).toHaveLength(26);
    expect(sheet1.maxRows).toBe(994 + 26);
    expect(sheet1.maxColumns).toBe(23 + 9);
    expect(sheet1.range(995, 24, 26, 9).getValues()).toEqual(TIMELINE);
  });
});

describe('Insert source list', () => {
  test('one row per document and record, report year first and in report-year order, with what each supports; the licence a note', () => {
    const { sandbox, sheet1, ui, spreadsheet } = setup();
    run(sandbox, 'menuInsertSourceList');
    expect(ui.alerts).toEqual([]);
    const rows = sheet1.dump();
    expect(rows[0]).toEqual(SOURCE_LIST_HEADER);
    const documents = DATA_FILES.reportPages.length + DATA_FILES.articles.length;
    expect(rows).toHaveLength(1 + documents + 1);
    expect(rows.filter((r) => r[8] === 'Report')).toHaveLength(DATA_FILES.reportPages.length);
    expect(rows.filter((r) => r[8] === 'Articles')).toHaveLength(DATA_FILES.articles.length);
    // Report-year order, then by date; the pages with no report year, then the record, last.
    const years = rows.slice(1).map((r) => r[0]);
    const fixed = years.filter((y) => /^\d{4}$/.test(String(y))).map(Number);
    expect(fixed).toEqual([...fixed].sort((a, b) => a - b));
    expect(years.slice(fixed.length)).toEqual(['not fixed', 'not fixed', 'not fixed', '2001–2015']);
    const y2009 = rows.filter((r) => r[0] === 2009).map((r) => r[1]);
    expect(y2009).toEqual([...y2009].sort());
    expect(rows.find((r) => r[2] === 'NCCT slams US report on human trafficking')).toEqual([
      2019,
      '2019',
      'NCCT slams US report on human trafficking',
      'Taing Vida',
      'Khmer Times',
      'https://www.khmertimeskh.com/626677/ncct-slams-us-report-on-human-trafficking/',
      'news article',
      expect.stringMatching(/^tier 2019; /),
      'Articles',
    ]);
    expect(rows.find((r) => r[0] === 2018 && r[8] === 'Report')).toEqual([
      2018,
      '2018-06-28',
      '2018 Trafficking in Persons Report: Cambodia',
      'U.S. Department of State',
      'U.S. Department of State',
      'https://www.state.gov/reports/2018-trafficking-in-persons-report/cambodia/',
      'report text',
      // "remained on Tier 2": the 2017 placement too.
      'tier 2017; tier 2018',
      'Report',
    ]);
    expect(rows.find((r) => r[2] === 'US gives score on trafficking')![7]).toContain(
      'tier 2016; tier 2017; not in Tier 3 2014; not in Tier 3 2015; convictions 2015; convictions 2016',
    );
    expect(rows[rows.length - 1]).toEqual(
      [
        '2001–2015',
        '2017',
        'Scorecard Diplomacy code repository',
        'Judith Kelley and Andrew Heiss',
        'GitHub',
        'https://github.com/andrewheiss/scorecard-diplomacy/blob/f8c06be83c75c34c97bc3992e24fedc8d275c83b/data/processed/map_tiers.csv',
        'data set',
        'tier 2001–2015 (every country)',
        'Data set',
      ].map((v, i) => (i === 8 ? 'Dataset' : v)),
    );
    // The licence is the note of each row's Title cell; no column holds it.
    for (let r = 2; r <= rows.length; r++) expect(sheet1.cell(r, 3)?.note).toMatch(/^Licence: \S/);
    expect(sheet1.cell(rows.length, 3)?.note).toContain('MIT License');
    for (const r of rows.slice(1)) expect(String(r[5])).toMatch(/^(https?:\/\/\S+)?$/);
    expect(spreadsheet.named.get('TIPCambodia_SourceList')!.getA1Notation()).toBe(
      `A1:I${rows.length}`,
    );
    expect(spreadsheet.toasts.at(-1)!.msg).toBe(`The source list is in Sheet1!A1:I${rows.length}.`);
  });
});

describe('Insert figures table', () => {
  test('each value carries its citation as the note of its cell', () => {
    const { sandbox, sheet1 } = setup();
    run(sandbox, 'menuInsertFigures');
    const values = sheet1.dump();
    const at = values.findIndex((r) => r[0] === 'Trafficking convictions' && r[1] === '2016');
    expect(sheet1.cell(at + 1, 3)?.note).toBe(
      '“from 43 in 2015 to at least 100 in 2016” (individuals; counted by the 2017 TIP report, as the Phnom Penh Post reports it: “The report cites a mounting number of traffickers convicted”) — (“US Gives Score on Trafficking,” 2017) https://www.phnompenhpost.com/national/us-gives-score-trafficking; stated.',
    );
    // A figure two sources give: both citations, the report's first.
    const both = values.findIndex((r) => r[0] === 'Trafficking convictions' && r[1] === '2015');
    const note = (sheet1.cell(both + 1, 3)?.note ?? '').split('\n');
    expect(note).toHaveLength(2);
    expect(note[0]).toMatch(
      /^“The National Committee for Counter Trafficking \(NCCT\) reported courts convicted/,
    );
    expect(note[1]).toMatch(/^“from 43 in 2015/);
    for (let r = 2; r <= values.length; r++) expect(sheet1.cell(r, 3)?.note).toBeTruthy();
    expect(sheet1.cell(at + 1, 1)?.note ?? '').toBe('');
  });

  test('one row per figure with period, value, unit, qualifier, scope, basis, source, the sources that give it and whose count it is', () => {
    const { sandbox, sheet1 } = setup();
    run(sandbox, 'menuInsertFigures');
    const values = sheet1.dump();
    expect(values).toEqual(FIGURES);
    expect(values[0]).toEqual(FIGURES_REPORT_HEADER);
    // Every figure of the data files is in the table, once; the same figure from two
    // documents is one row (2015's 43 convictions, the report and the press; 2017's Poipet
    // count, two report pages).
    expect(values).toHaveLength(DATA_FILES.figures.length + 1 - 2);
    const row = (label: string, period: string) =>
      values.find((r) => r[0] === label && r[1] === period)!;
    expect(row('Trafficking convictions', '2016')).toEqual([
      'Trafficking convictions',
      '2016',
      100,
      'individuals',
      'at least',
      'Cambodia',
      'stated',
      'US gives score on trafficking (Phnom Penh Post): “from 43 in 2015 to at least 100 in 2016”.',
      'Articles',
      'the 2017 TIP report, as the Phnom Penh Post reports it',
    ]);
    expect(row('Trafficking convictions', '2015').slice(8)).toEqual([
      'Report, Articles',
      'National Committee for Counter Trafficking (NCCT); the 2017 TIP report, as the Phnom Penh Post reports it',
    ]);
    expect(row('Trafficking convictions', '2012').slice(2, 4)).toEqual([44, 'convictions']);
    const foiled = row('Trafficking cases foiled by police (NCCT count)', 'January–June 2019');
    expect(foiled.slice(2, 7)).toEqual([78, 'cases', '', 'Cambodia', 'external']);
    expect(foiled[7]).toContain(
      'Outside fact: The US State Department released the 2019 Trafficking in Persons Report on 20 June 2019.',
    );
    expect(foiled[9]).toBe('National Committee for Counter Trafficking (NCCT)');
    // Whole-report figures say so, and are keyed by report year.
    expect(
      row('Countries and territories ranked in the report', '2007 report').slice(2, 6),
    ).toEqual([164, 'countries', '', 'Whole report']);
    // No figure about part of a year is shown under a bare year.
    for (const r of values.slice(1)) {
      const f = DATA_FILES.figures.find(
        (x) =>
          x.value === r[2] && DATA_FILES.metrics.find((m) => m.key === x.metric)!.label === r[0],
      )!;
      if (f.period.fromMonth !== undefined) expect(r[1]).toMatch(/^[A-Z][a-z]+/);
    }
  });

  test('the qualifier shows in the value cell, which stays a number; periods stay text', () => {
    const { sandbox, sheet1 } = setup();
    run(sandbox, 'menuInsertFigures');
    const at = FIGURES.findIndex((r) => r[0] === 'Trafficking convictions' && r[1] === '2016') + 1;
    const cell = sheet1.range(at, 3, 1, 1);
    expect(cell.getValue()).toBe(100);
    expect(cell.getDisplayValue()).toBe('at least 100');
    expect(sheet1.range(at - 1, 3, 1, 1).getDisplayValue()).toBe('43');
    const funding = FIGURES.findIndex((r) => r[1] === '2015' && r[3] === 'USD') + 1;
    expect(sheet1.range(funding, 3, 1, 1).getDisplayValue()).toBe('877,407');
    // "2015" written into a cell formatted as text stays text, as a chart label.
    expect(sheet1.range(at, 2, 1, 1).getValue()).toBe('2016');
  });
});

describe('errors and help', () => {
  test('a failure reaches the user as a plain alert, not a stack trace', () => {
    const { sandbox, sheet1, ui, spreadsheet, logged } = setup();
    busy(sheet1);
    const before = snapshot(sheet1);
    spreadsheet.insertSheet = () => {
      throw new Error('Service Spreadsheets timed out');
    };
    ui.answers.push('YES');
    run(sandbox, 'menuInsertTimeline');
    expect(ui.alerts).toHaveLength(2);
    expect(ui.alerts[1]).toEqual({
      title: 'TIP Cambodia',
      prompt: 'Something went wrong: Service Spreadsheets timed out.',
      buttons: 'OK',
    });
    expect(ui.alerts[1].prompt).not.toMatch(/\bat \w/);
    expect(logged).toHaveLength(1);
    expect(snapshot(sheet1)).toEqual(before);
  });

  test('Help explains the formulas and the menu', () => {
    const { sandbox, ui } = setup();
    run(sandbox, 'menuHelp');
    expect(ui.alerts[0].prompt).toContain('=TIP_TIER(year, [country], [source])');
    expect(ui.alerts[0].prompt).toContain('=TIP_STAT(metric, year, [country], [source])');
    expect(ui.alerts[0].prompt).toContain('=TIP_STAT_CHECK(metric, year, [country], [detail])');
  });
});

// Values the fake holds for the user are of the types Sheets uses.
test('the fake keeps Sheets’ conventions', () => {
  const { spreadsheet, sheet1 } = setup();
  expect(sheet1.range(1, 1, 2, 2).getValues()).toEqual([
    ['', ''],
    ['', ''],
  ]);
  expect(() => spreadsheet.insertSheet('Sheet1')).toThrow('already exists');
  expect(() => sheet1.range(1001, 1, 1, 1)).toThrow('outside the dimensions');
  expect(() => sheet1.range(1, 1, 1, 2).setValues([[1]] as Value[][])).toThrow('does not match');
});

describe('a value inserted from the sidebar', () => {
  test('carries the citation of the sources its formula answers from, as the cell’s note', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    spreadsheet.activeRange = sheet1.range(2, 2, 1, 1);
    const result = sandbox.sidebarInsert({
      what: 'convictions',
      when: 2016,
      country: 'Cambodia',
      source: 'articles',
      mode: 'value',
      replace: false,
    }) as { status: string };
    expect(result.status).toBe('inserted');
    expect(sheet1.cell(2, 2)?.value).toBe(100);
    expect(sheet1.range(2, 2, 1, 1).getDisplayValue()).toBe('at least 100');
    expect(sheet1.cell(2, 2)?.note).toBe(
      '“from 43 in 2015 to at least 100 in 2016” (individuals; counted by the 2017 TIP report, as the Phnom Penh Post reports it: “The report cites a mounting number of traffickers convicted”) — (“US Gives Score on Trafficking,” 2017) https://www.phnompenhpost.com/national/us-gives-score-trafficking; stated.',
    );
    // A report card's figure: the report's value and citation, its formula naming the report.
    spreadsheet.activeRange = sheet1.range(4, 2, 1, 1);
    sandbox.sidebarInsert({
      what: 'prosecutions',
      when: 2016,
      country: 'Cambodia',
      source: 'report',
      mode: 'formula',
      replace: false,
    });
    expect(sheet1.cell(4, 2)?.formula).toBe(
      '=TIP_STAT("prosecutions", 2016, "Cambodia", "report")',
    );
    expect(sheet1.cell(4, 2)?.note).toContain(
      '“indicated the government prosecuted 53 individuals',
    );
    spreadsheet.activeRange = sheet1.range(3, 2, 1, 1);
    sandbox.sidebarInsert({
      what: 'tier',
      when: 2025,
      country: '',
      mode: 'formula',
      replace: false,
    });
    expect(sheet1.cell(3, 2)?.formula).toBe('=TIP_TIER(2025)');
    const note = sheet1.cell(3, 2)?.note ?? '';
    expect(note.split('\n')).toHaveLength(2);
    expect(note).toContain('https://cambojanews.com/');
    expect(note).toContain('https://www.nationthailand.com/news/asean/40056265');
  });
});

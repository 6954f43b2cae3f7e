/**
 * The charts, from the built dist/Code.js over the in-memory fake: every builder method and
 * option used is one that src/core/tables/chart-options.ts lists with the page documenting it, each
 * chart reads one contiguous block with its domain first, and every anchor is inside the grid.
 */
import { BUILDER_METHODS, CHART_CALLS, CHART_OPTIONS } from '../src/core/tables/chart-options';
import { createFakeSheets, type FakeChart, type FakeSheet } from '../emulator/sheets';
import { loadBundle } from '../emulator/node-loader';

function setup() {
  const fake = createFakeSheets();
  const sandbox = loadBundle(fake.services as unknown as Record<string, unknown>);
  const sheet1 = fake.spreadsheet.sheet('Sheet1');
  return { ...fake, sandbox, sheet1 };
}

/** Every chart built in a session of the menu: both charts, made and then charted again. */
function everyChart() {
  const h = setup();
  h.sandbox.menuChartTimeline();
  h.sandbox.menuChartTimeline();
  h.spreadsheet.activeRange = h.sheet1.range(40, 1, 1, 1);
  h.sandbox.menuChartFigures();
  h.sandbox.menuChartFigures();
  expect(h.ui.alerts).toEqual([]);
  return { ...h, charts: h.spreadsheet.sheets.flatMap((s) => s.charts) };
}

const inGrid = (chart: FakeChart, sheet: FakeSheet) =>
  chart.position.row + 18 <= sheet.maxRows && chart.position.column + 5 <= sheet.maxColumns;

describe('documented means only', () => {
  test('every builder method and option used is listed with a Google page that documents it', () => {
    const { charts, rec } = everyChart();
    expect(charts.map((c) => c.type)).toEqual(['COLUMN', ...Array(6).fill('SCATTER')]);
    for (const chart of charts) {
      const type = chart.type as 'LINE' | 'COLUMN' | 'SCATTER';
      for (const { method } of chart.calls)
        expect(Object.keys(BUILDER_METHODS[type])).toContain(method);
      for (const key of Object.keys(chart.options))
        expect(Object.keys(CHART_OPTIONS[type])).toContain(key);
    }
    // The other calls that make or find a chart, and nothing else chart-related.
    const chartCalls = new Set(
      rec.calls.filter((c) =>
        /^(Sheet\.(newChart|insertChart|updateChart|getCharts)|EmbeddedChart\.|Range\.setNumberFormat)/.test(
          c,
        ),
      ),
    );
    for (const call of chartCalls) expect(Object.keys(CHART_CALLS)).toContain(call);
    // The list, as used today: a change here needs a documented entry in chart-options.ts.
    const used = [
      ...new Set(charts.flatMap((c) => c.calls.map((x) => `${c.type}.${x.method}`))),
    ].sort();
    expect(used).toEqual([
      'COLUMN.addRange',
      'COLUMN.asColumnChart',
      'COLUMN.build',
      'COLUMN.clearRanges',
      'COLUMN.setColors',
      'COLUMN.setLegendPosition',
      'COLUMN.setNumHeaders',
      'COLUMN.setPosition',
      'COLUMN.setRange',
      'COLUMN.setStacked',
      'COLUMN.setTitle',
      'COLUMN.setXAxisTitle',
      'COLUMN.setYAxisTitle',
      'SCATTER.addRange',
      'SCATTER.asScatterChart',
      'SCATTER.build',
      'SCATTER.clearRanges',
      'SCATTER.setColors',
      'SCATTER.setLegendPosition',
      'SCATTER.setNumHeaders',
      'SCATTER.setPointStyle',
      'SCATTER.setPosition',
      'SCATTER.setTitle',
      'SCATTER.setXAxisRange',
      'SCATTER.setXAxisTitle',
      'SCATTER.setYAxisRange',
      'SCATTER.setYAxisTitle',
    ]);
    // No chart needs an option beyond the typed builder methods.
    expect(charts.every((c) => Object.keys(c.options).length === 0)).toBe(true);
  });

  test('every listed entry points at Google’s Apps Script documentation', () => {
    const pages = [
      ...Object.values(CHART_CALLS),
      ...Object.values(BUILDER_METHODS).flatMap(Object.values),
      ...Object.values(CHART_OPTIONS).flatMap(Object.values),
    ];
    for (const page of pages)
      expect(page).toMatch(
        /^https:\/\/developers\.google\.com\/apps-script\/(reference\/spreadsheet\/[a-z-]+#\w+\(|chart-configuration-options#(line|column)-config-options$)/,
      );
  });
});

describe('Chart tier timeline', () => {
  test('plots TIP_TIER_NUMBER’s numbers for every report year 2001–2025, one series per tier in its colour, named in the legend', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    sandbox.menuChartTimeline();
    expect(sheet1.charts).toHaveLength(1);
    const chart = sheet1.charts[0];
    // The timeline table is A1:I26; its chart data K1:S26, one empty column between: the
    // year, four tiers (plotted), three sources' numbers and the comparison (not plotted).
    expect(spreadsheet.named.get('TIPCambodia_TierChartData')!.getA1Notation()).toBe('K1:S26');
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['K1:O26']);
    expect(chart.type).toBe('COLUMN');
    expect(chart.numHeaders).toBe(1);
    expect(chart.transposed).toBe(false);
    const block = spreadsheet.named.get('TIPCambodia_TierChartData')!.getValues();
    // The series are the tiers, so the legend names each tier by its colour.
    expect(block[0]).toEqual([
      'Report year',
      'Tier 1',
      'Tier 2',
      'Tier 2 Watch List',
      'Tier 3',
      'Report (TIP_TIER_NUMBER)',
      'Dataset (TIP_TIER_NUMBER)',
      'Articles (TIP_TIER_NUMBER)',
      'Sources compared',
    ]);
    // Every report year from the first report (2001) to the last (2025), as text categories.
    expect(block.slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 25 }, (_, i) => String(2001 + i)),
    );
    const number = (y: number, source: string) => {
      try {
        return sandbox.TIP_TIER_NUMBER(y, 'Cambodia', source);
      } catch {
        return '';
      }
    };
    for (const row of block.slice(1)) {
      const y = Number(row[0]);
      // The plotted value is TIP_TIER_NUMBER's for "any", in the column of its tier only.
      const any = number(y, 'any');
      const tier = any === '' ? '' : sandbox.TIP_TIER(y, 'Cambodia', 'any');
      expect(row.slice(1, 5)).toEqual(
        ['Tier 1', 'Tier 2', 'Tier 2 Watch List', 'Tier 3'].map((t) => (t === tier ? any : '')),
      );
      // Each source's number equals TIP_TIER_NUMBER's for that source, empty where it is silent.
      expect(row.slice(5, 8)).toEqual(['report', 'dataset', 'articles'].map((s) => number(y, s)));
    }
    // The real values: 2002 Tier 3 (3), 2006 Watch List (2.5), 2010 Tier 2 (2), 2025 Tier 3.
    expect(block[2].slice(1, 5)).toEqual(['', '', '', 3]);
    expect(block[6].slice(1, 5)).toEqual(['', '', 2.5, '']);
    expect(block[10].slice(1, 8)).toEqual(['', 2, '', '', 2, 2, 2]);
    expect(block[25].slice(1, 8)).toEqual(['', '', '', 3, '', '', 3]);
    // Each source's gaps are in its own column: the report's words miss 2011–2015 and 2025.
    const gaps = (column: number) => block.filter((r) => r[column] === '').map((r) => Number(r[0]));
    expect(gaps(5)).toEqual([2011, 2012, 2013, 2014, 2015, 2025]);
    expect(gaps(6)).toEqual(Array.from({ length: 10 }, (_, i) => 2016 + i));
    expect(gaps(7)).toEqual([2011, 2015, 2018]);
    expect(block[11][8]).toBe('dataset only: Tier 2');
    expect(block[25][8]).toBe('articles only: Tier 3');
    // Stacked: one full-width column per year (only one tier has a value in a year).
    expect(chart.settings.setStacked).toEqual([]);
    // Okabe–Ito colours, one per tier, the same as the timeline's conditional formatting.
    expect(chart.settings.setColors[0]).toEqual(['#009E73', '#0072B2', '#E69F00', '#D55E00']);
    expect(chart.settings.setLegendPosition).toEqual(['BOTTOM']);
    // The axis is TIP_TIER_NUMBER's: 0 to 3, Tier 1 = 1 … Tier 3 = 3, said in its title.
    expect(chart.settings.setRange).toEqual([0, 3]);
    expect(chart.settings.setYAxisTitle[0]).toBe('TIP_TIER_NUMBER (1 = Tier 1, 3 = Tier 3)');
    expect(chart.settings.setTitle).toEqual([
      'Cambodia: TIP report tier by report year, 2001–2025',
    ]);
    expect(chart.options).toEqual({});
    expect(chart.position).toEqual({ row: 1, column: 21, offsetX: 0, offsetY: 0 });
    expect(inGrid(chart, sheet1)).toBe(true);
  });

  test('the timeline beside the chart shows no tier number: only the chart block codes tiers, once', () => {
    const { sandbox, sheet1 } = setup();
    sandbox.menuChartTimeline();
    const header = sheet1.range(1, 1, 1, 9).getValues()[0];
    expect(header).not.toContain('Tier number');
    expect(header.filter((h) => /number|level/i.test(String(h)))).toEqual([]);
  });

  test('the year column is text: without the plain-text format Sheets would store numbers', () => {
    const { sheet1 } = setup();
    sheet1.range(1, 1, 1, 1).setValues([['2016']]);
    expect(sheet1.cell(1, 1)!.value).toBe(2016);
    sheet1.range(2, 1, 1, 1).setNumberFormat('@');
    sheet1.range(2, 1, 1, 1).setValues([['2016']]);
    expect(sheet1.cell(2, 1)!.value).toBe('2016');
  });

  test('charting again rewrites its own block and keeps the chart, with the user’s changes', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    sandbox.menuChartTimeline();
    const before = sheet1.dump();
    // The user retitles the chart (Sheets' chart editor; here its builder).
    const chart = sheet1.charts[0];
    const edited = chart.modify() as unknown as { setTitle(t: string): unknown; build(): unknown };
    edited.setTitle('My title');
    sheet1.updateChart(edited.build() as never);
    const mine = sheet1.charts[0];
    sandbox.menuChartTimeline();
    expect(sheet1.charts).toEqual([mine]);
    expect(mine.settings.setTitle).toEqual(['My title']);
    expect(sheet1.dump()).toEqual(before);
    expect(spreadsheet.sheets).toHaveLength(1);
  });

  test('at the right edge of a sheet the sheet grows, so block and anchor stay inside the grid', () => {
    const { sandbox, sheet1, spreadsheet, ui } = setup();
    spreadsheet.activeRange = sheet1.range(995, 24, 1, 1); // X995: the table ends at AD1013
    sandbox.menuChartTimeline();
    expect(ui.alerts).toEqual([]);
    const chart = sheet1.charts[0];
    expect(chart.ranges[0].getA1Notation()).toBe('AH995:AL1020');
    expect(chart.position.column).toBe(44);
    expect(inGrid(chart, sheet1)).toBe(true);
  });

  test('where the user has cells beside the table, the block and chart go to a new sheet', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    sheet1.range(5, 11, 1, 1).setValue('mine'); // K5, inside where the block would go
    sandbox.menuChartTimeline();
    expect(sheet1.cell(5, 11)!.value).toBe('mine');
    expect(sheet1.charts).toHaveLength(0);
    const data = spreadsheet.sheet('TIP chart data');
    expect(data.charts).toHaveLength(1);
    expect(data.charts[0].ranges[0].getA1Notation()).toBe('A1:E26');
    expect(inGrid(data.charts[0], data)).toBe(true);
  });
});

describe('Chart figures', () => {
  test('one scatter chart per comparable series, years as numbers on the x axis, gaps visible, a lower bound marked on its point', () => {
    const { sandbox, sheet1 } = setup();
    sandbox.menuChartFigures();
    const charts = sheet1.charts;
    const titles = charts.map((c) => c.settings.setTitle[0]);
    // One series per metric, unit and kind of period: traffickers convicted in calendar years,
    // apart from the 2009 passage's April-March periods, the 2014 passage's 44 convictions
    // (a count of convictions, not of people) and the report's "at least 100" (its reporting
    // period); prosecutions of people apart from the 69 prosecutions of 2015.
    expect(titles).toEqual([
      'Cambodia: Trafficking convictions (individuals), 2008–2009, 2014–2016 (2016: at least 100)',
      'Cambodia: Trafficking convictions (individuals), April 2007–March 2008, April 2008–March 2009',
      'Cambodia: Trafficking prosecutions (individuals), 2016, 2021',
      'Cambodia: Funding of the national anti-trafficking committee (USD), 2015–2016',
      'Cambodia: Trafficking cases foiled by police (NCCT count) (cases), January–June 2018, January–June 2019',
      'Cambodia: Deported migrants screened at the Poipet transit centers (individuals), 2016–2018 (2017: about 70,500; 2018: about 70,225)',
    ]);
    // The IJM rescues (June 2002, March 2003) are single operations, not a yearly series.
    expect(titles.join(' ')).not.toContain('Girls rescued');
    for (const chart of charts) {
      expect(chart.type).toBe('SCATTER');
      expect(chart.ranges).toHaveLength(1);
      expect(chart.numHeaders).toBe(1);
      expect(chart.transposed).toBe(false);
      expect(chart.settings.setPointStyle).toEqual(['LARGE']);
      expect(inGrid(chart, sheet1)).toBe(true);
    }
    // Years are numbers: 2009 sits five years before 2014 on the axis, 2010–2013 a gap; 2015's
    // 43 is one row, given by the report and the press alike. The 2016 "at least 100" is in its
    // own series (its own colour, named in the legend).
    expect(charts[0].ranges[0].getValues()).toEqual([
      [
        'Year the figure is about',
        'Trafficking convictions (individuals)',
        'at least (a lower bound)',
      ],
      [2008, 11, ''],
      [2009, 36, ''],
      [2014, 29, ''],
      [2015, 43, ''],
      [2016, '', 100],
    ]);
    expect(charts[0].settings.setColors[0]).toEqual(['#0072B2', '#D55E00']);
    expect(charts[0].settings.setLegendPosition).toEqual(['BOTTOM']);
    expect(charts[0].settings.setXAxisRange).toEqual([2007, 2017]);
    expect(charts[0].settings.setYAxisRange).toEqual([0, 125]);
    // April–March periods at the year they start in, apart from the calendar years.
    expect(charts[1].ranges[0].getValues()).toEqual([
      ['Year the figure is about', 'Trafficking convictions (individuals)'],
      [2007, 52],
      [2008, 12],
    ]);
    expect(charts[1].settings.setXAxisTitle).toEqual(['Year of the period the figure is about']);
    expect(charts[3].settings.setYAxisRange).toEqual([0, 1250000]);
    expect(charts[4].settings.setYAxisRange).toEqual([0, 100]);
    // One unit per chart, named in the vertical axis title.
    expect(charts.map((c) => c.settings.setYAxisTitle[0])).toEqual([
      'individuals',
      'individuals',
      'individuals',
      'USD',
      'cases',
      'individuals',
    ]);
    expect(charts[4].ranges[0].getValues()).toEqual([
      ['Year the figure is about', 'Trafficking cases foiled by police (NCCT count) (cases)'],
      [2018, 62],
      [2019, 78],
    ]);
    expect(charts[4].settings.setXAxisTitle).toEqual(['Year of the period the figure is about']);
    expect(charts[4].settings.setLegendPosition).toEqual(['NONE']);
    // "About" is no lower bound: the approximate counts stay in the one series.
    expect(charts[5].ranges[0].getValues()).toEqual([
      [
        'Year the figure is about',
        'Deported migrants screened at the Poipet transit centers (individuals)',
      ],
      [2016, 55000],
      [2017, 70500],
      [2018, 70225],
    ]);
    expect(charts[5].settings.setLegendPosition).toEqual(['NONE']);
    // The year cells are numbers shown as 2008, not 2,008.
    const years = charts[0].ranges[0].offset(1, 0, 5, 1);
    expect(years.getDisplayValues()).toEqual([['2008'], ['2009'], ['2014'], ['2015'], ['2016']]);
    expect(new Set(charts.map((c) => c.position.row)).size).toBe(6);
  });
});

describe('named ranges and sheet names', () => {
  test('a table whose sheet was deleted (#REF!) is replaced, not used', () => {
    const { sandbox, spreadsheet, ui } = setup();
    spreadsheet.insertSheet('Work');
    sandbox.menuInsertTimeline();
    spreadsheet.deleteSheet(spreadsheet.sheet('Work') as never);
    sandbox.menuChartTimeline();
    expect(ui.alerts).toEqual([]);
    const sheet1 = spreadsheet.sheet('Sheet1');
    expect(sheet1.charts).toHaveLength(1);
    expect(spreadsheet.named.get('TIPCambodia_TimelineTable')!.sheet).toBe(sheet1);
  });

  test('a user’s sheet named in other letter case is not taken for free', () => {
    const { sandbox, sheet1, spreadsheet, ui } = setup();
    sheet1.range(1, 1, 1, 1).setValue('busy');
    spreadsheet.insertSheet('tip TIMELINE');
    spreadsheet.activeSheet = sheet1;
    spreadsheet.activeRange = sheet1.range(1, 1, 1, 1);
    ui.answers.push('YES');
    sandbox.menuInsertTimeline();
    expect(ui.alerts[0].prompt).toContain('"TIP timeline 2"');
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual([
      'Sheet1',
      'tip TIMELINE',
      'TIP timeline 2',
    ]);
  });

  test('the add-on’s names cannot be read as function names, and are found in any letter case', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    sandbox.menuChartTimeline();
    spreadsheet.activeRange = sheet1.range(40, 1, 1, 1);
    sandbox.menuChartFigures();
    const names = [...spreadsheet.named.keys()];
    expect(names.sort()).toEqual([
      'TIPCambodia_FiguresChartData',
      'TIPCambodia_FiguresTable',
      'TIPCambodia_TierChartData',
      'TIPCambodia_TimelineTable',
    ]);
    for (const name of names) expect(name).not.toMatch(/^TIP_/i);
    // A name in other letter case still marks the table: charting again finds it.
    const range = spreadsheet.named.get('TIPCambodia_TimelineTable')!;
    spreadsheet.named.delete('TIPCambodia_TimelineTable');
    spreadsheet.named.set('tipcambodia_timelinetable', range);
    sandbox.menuChartTimeline();
    expect(spreadsheet.sheets).toHaveLength(1);
    expect(
      sheet1.charts.filter((c) => String(c.settings.setTitle[0]).includes('tier by report year')),
    ).toHaveLength(1);
    expect([...spreadsheet.named.keys()]).toContain('tipcambodia_timelinetable');
  });
});

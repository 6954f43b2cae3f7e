/**
 * The charts, from the built dist/Code.js over the in-memory fake: every builder method and
 * option used is one that src/core/chart-options.ts lists with the page documenting it, each
 * chart reads one contiguous block with its domain first, and every anchor is inside the grid.
 */
import { getDataset } from '../src/data';
import { TIER_LEVELS } from '../src/core/charts';
import { BUILDER_METHODS, CHART_CALLS, CHART_OPTIONS } from '../src/core/chart-options';
import { createFakeSheets, type FakeChart, type FakeSheet } from '../emulator/sheets';
import { loadBundle } from '../emulator/node-loader';

const ds = getDataset();
const placements = ds.defaultSource.years(ds.findCountry('Cambodia')!);

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
    expect(charts.map((c) => c.type)).toEqual(Array(7).fill('COLUMN'));
    for (const chart of charts) {
      const type = chart.type as 'LINE' | 'COLUMN';
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
      'COLUMN.setTitle',
      'COLUMN.setXAxisTitle',
      'COLUMN.setYAxisTitle',
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
  test('charts every source as columns over a contiguous block of every report year, Tier 1 highest, gaps left empty', () => {
    const { sandbox, sheet1, spreadsheet } = setup();
    sandbox.menuChartTimeline();
    expect(sheet1.charts).toHaveLength(1);
    const chart = sheet1.charts[0];
    // The timeline table is A1:I26; its chart data K1:O26, one empty column between.
    expect(spreadsheet.named.get('TIPCambodia_TierChartData')!.getA1Notation()).toBe('K1:O26');
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['K1:N26']);
    expect(chart.type).toBe('COLUMN');
    expect(chart.numHeaders).toBe(1);
    expect(chart.transposed).toBe(false);
    const rows = chart.ranges[0].getValues();
    // One series per source, in the registry's order: columns side by side, none hidden.
    expect(rows[0]).toEqual([
      'Report year',
      "Tier in the report's own words",
      'Tier in the news articles',
      "Tier in Kelley and Heiss's dataset",
    ]);
    // Every year from the first any source covers (2001) to the last (2025), as text.
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      Array.from({ length: 25 }, (_, i) => String(2001 + i)),
    );
    const level = (tier: unknown) => TIER_LEVELS[tier as keyof typeof TIER_LEVELS];
    const inSource = (y: number, source: string) => {
      try {
        return level(sandbox.TIP_TIER(y, 'Cambodia', source));
      } catch {
        return '';
      }
    };
    for (const [year, report, articles, record] of rows.slice(1)) {
      const y = Number(year);
      expect([y, report, articles, record]).toEqual([
        y,
        inSource(y, 'report'),
        placements.includes(y) ? level(sandbox.TIP_TIER(y)) : '',
        inSource(y, 'dataset'),
      ]);
    }
    // Each source's gaps: the report's words miss 2011–2015 and 2025; the articles 2010–2011,
    // 2015 and 2018; the record ends in 2015.
    const gaps = (column: number) => rows.filter((r) => r[column] === '').map((r) => Number(r[0]));
    expect(gaps(1)).toEqual([2011, 2012, 2013, 2014, 2015, 2025]);
    expect(gaps(2)).toEqual([2010, 2011, 2015, 2018]);
    expect(gaps(3)).toEqual(Array.from({ length: 10 }, (_, i) => 2016 + i));
    const words = sheet1
      .range(1, 15, 26, 1)
      .getValues()
      .map((r) => r[0]);
    expect(words[1]).toBe('agrees: 3 sources give Tier 2 (report, articles, dataset)');
    expect(words[11]).toBe('dataset only: Tier 2');
    expect(words[18]).toBe('report only: Tier 2');
    expect(words[25]).toBe('articles only: Tier 3');
    // Three series, told apart by colour and named in the legend.
    expect(chart.settings.setColors[0]).toHaveLength(3);
    expect(new Set(chart.settings.setColors[0] as string[]).size).toBe(3);
    expect(chart.settings.setLegendPosition).toBeDefined();
    // Tier 1 is the highest value on a 0–4 axis (Tier 3, level 1, still has a column); the
    // names are in the axis title and the block.
    expect(TIER_LEVELS['Tier 1']).toBe(4);
    expect(TIER_LEVELS['Tier 3']).toBe(1);
    expect(chart.settings.setRange).toEqual([0, 4]);
    expect(chart.settings.setYAxisTitle[0]).toBe('4=Tier 1, 3=Tier 2, 2=Watch List, 1=Tier 3');
    expect(chart.settings.setTitle).toEqual([
      'Cambodia: TIP report tier by report year, in 3 sources',
    ]);
    expect(chart.options).toEqual({});
    expect(chart.position).toEqual({ row: 1, column: 17, offsetX: 0, offsetY: 0 });
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
    expect(chart.ranges[0].getA1Notation()).toBe('AH995:AK1020');
    expect(chart.position.column).toBe(40);
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
    expect(data.charts[0].ranges[0].getA1Notation()).toBe('A1:D26');
    expect(inGrid(data.charts[0], data)).toBe(true);
  });
});

describe('Chart figures', () => {
  test('one column chart per comparable series, each over a contiguous block of period and value, never one-off events', () => {
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
      expect(chart.type).toBe('COLUMN');
      expect(chart.ranges).toHaveLength(1);
      expect(chart.ranges[0].getNumColumns()).toBe(2);
      expect(chart.numHeaders).toBe(1);
      expect(chart.transposed).toBe(false);
      expect(inGrid(chart, sheet1)).toBe(true);
    }
    // 2015's 43 is one row, given by the report and the press alike.
    expect(charts[0].ranges[0].getValues()).toEqual([
      ['Period', 'Trafficking convictions (individuals)'],
      ['2008', 11],
      ['2009', 36],
      ['2014', 29],
      ['2015', 43],
      ['2016', 100],
    ]);
    expect(charts[1].ranges[0].getValues()).toEqual([
      ['Period', 'Trafficking convictions (individuals)'],
      ['April 2007–March 2008', 52],
      ['April 2008–March 2009', 12],
    ]);
    expect(charts[4].ranges[0].getValues()).toEqual([
      ['Period', 'Trafficking cases foiled by police (NCCT count) (cases)'],
      ['January–June 2018', 62],
      ['January–June 2019', 78],
    ]);
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

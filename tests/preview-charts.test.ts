/** The preview's chart drawing, in its parts that need no browser: ticks, labels, wrapping, options, data. */
import { createFakeSheets, type FakeChart, type FakeRange } from '../emulator/sheets';
import { chartData, formatTick, niceTicks, option, wrap } from '../preview/charts';

describe('niceTicks', () => {
  test.each([
    [0, 974896, 200000, [0, 200000, 400000, 600000, 800000, 1000000]],
    [0, 1072385.6, 250000, [0, 250000, 500000, 750000, 1000000, 1250000]],
    [0, 43, 10, [0, 10, 20, 30, 40, 50]],
    [0, 263, 100, [0, 100, 200, 300]],
    [14, 37, 5, [10, 15, 20, 25, 30, 35, 40]],
    [0, 0.9, 0.2, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('%p to %p: a step of %p', (lo, hi, step, ticks) => {
    const nice = niceTicks(lo, hi);
    expect(nice.step).toBe(step);
    expect(nice.ticks).toEqual(ticks);
  });

  test('a view window fixes the ends', () => {
    const nice = niceTicks(0, 974896, 0, 1200000);
    expect(nice.min).toBe(0);
    expect(nice.max).toBe(1200000);
    expect(nice.ticks[nice.ticks.length - 1]).toBeLessThanOrEqual(1200000);
  });
});

test.each([
  [1000000, 200000, undefined, '1,000,000'],
  [1072385.6, 0.1, undefined, '1,072,385.6'],
  [2.5, 0.5, undefined, '2.5'],
  [2, 0.5, undefined, '2.0'],
  [2016, 1, '0', '2016'],
  [0.25, 0.25, 'percent', '25%'],
  [1500, 500, 'currency', '$1,500.00'],
  [1500000, 500000, 'short', '1.5M'],
])('formatTick(%p, step %p, %p) is %p', (value, step, format, text) => {
  expect(formatTick(value, step, format)).toBe(text);
});

test('wrap breaks between words, keeps every word, and fits each line', () => {
  const measure = (s: string) => s.length * 7;
  const title =
    'Cambodia: Funding of the national anti-trafficking committee (USD), 2015–2016 and a long tail';
  const lines = wrap(title, 200, measure);
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.join(' ')).toBe(title);
  for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(200);
  // A word longer than the width gets a line of its own rather than being cut.
  expect(wrap('a Supercalifragilistic b', 70, measure)).toEqual(['a', 'Supercalifragilistic', 'b']);
  expect(wrap('short', 200, measure)).toEqual(['short']);
});

test('option reads a dotted name set flat or as nested objects', () => {
  const options = {
    'vAxes.0.title': 'USD',
    hAxis: { title: 'Year', format: '0' },
    vAxes: { 1: { title: 'right' } },
    legend: { position: 'none' },
  };
  expect(option(options, 'vAxes.0.title')).toBe('USD');
  expect(option(options, 'hAxis.format')).toBe('0');
  expect(option(options, 'vAxes.1.title')).toBe('right');
  expect(option(options, 'legend.position')).toBe('none');
  expect(option(options, 'vAxes.0.format')).toBeUndefined();
});

describe('chartData reads the ranges as Sheets does', () => {
  const fake = createFakeSheets();
  const sheet = fake.spreadsheet.activeSheet;
  const range = (a1: string) => sheet.getRange(a1) as unknown as FakeRange;
  sheet.getRange('A1:C4').setValues([
    ['Year', 'Tier number', 'Other'],
    [2002, 3, 1],
    [2003, 'N/A: none', 2],
    [2005, 3, 3],
  ]);
  const build = (
    ranges: string[],
    configure: (b: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder) => void,
  ) => {
    const b = sheet.newChart();
    for (const r of ranges) b.addRange(sheet.getRange(r));
    configure(b);
    return b.build() as unknown as FakeChart;
  };

  test('columns, a header row, text as a gap', () => {
    const chart = build(['A1:A4', 'B1:B4'], (b) => b.setNumHeaders(1));
    expect(chartData(chart)).toEqual({
      domain: [2002, 2003, 2005],
      series: [{ name: 'Tier number', values: [3, null, 3] }],
    });
  });

  test('two series side by side', () => {
    const chart = build(['A1:C4'], (b) => b.setNumHeaders(1));
    expect(chartData(chart).series.map((s) => s.name)).toEqual(['Tier number', 'Other']);
  });

  test('rows, transposed, without headers', () => {
    const chart = build(['A2:C2', 'A4:C4'], (b) =>
      b.setTransposeRowsAndColumns(true).setNumHeaders(0),
    );
    expect(chartData(chart)).toEqual({
      domain: [2002, 3, 1],
      series: [{ name: 'Series 1', values: [2005, 3, 3] }],
    });
    expect(range('A1').getValue()).toBe('Year');
  });
});

/**
 * Embedded charts beside the tables the add-on inserted. Each chart reads one contiguous block
 * (src/core/tables/charts.ts) with its domain in the first column and a header row, and is made only
 * with the builder methods and options listed in src/core/tables/chart-options.ts.
 */
import type { ChartData, ChartSpec } from '../core/tables/charts';
import { CHART_COLUMNS, CHART_ROWS } from './guard';
import { makeRoom, onUndo, placeBeside, reveal, where, type TableKind } from './placement';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

function configure(builder: Builder, range: Range, spec: ChartSpec, row: number, col: number) {
  const base = builder.clearRanges().addRange(range).setNumHeaders(1).setPosition(row, col, 0, 0);
  let b: Builder;
  if (spec.type === 'SCATTER') {
    const scatter = base
      .asScatterChart()
      .setTitle(spec.title)
      .setXAxisTitle(spec.xTitle)
      .setYAxisTitle(spec.yTitle)
      .setLegendPosition(Charts.Position[spec.legend]);
    if (spec.points) scatter.setPointStyle(Charts.PointStyle[spec.points]);
    if (spec.colors) scatter.setColors(spec.colors);
    if (spec.xRange) scatter.setXAxisRange(spec.xRange[0], spec.xRange[1]);
    if (spec.range) scatter.setYAxisRange(spec.range[0], spec.range[1]);
    b = scatter as unknown as Builder;
  } else {
    // The typed builders share these setters; each is documented on both builders' pages.
    const typed = (spec.type === 'LINE' ? base.asLineChart() : base.asColumnChart())
      .setTitle(spec.title)
      .setXAxisTitle(spec.xTitle)
      .setYAxisTitle(spec.yTitle)
      .setLegendPosition(Charts.Position[spec.legend]);
    if (spec.range) typed.setRange(spec.range[0], spec.range[1]);
    // setColors is documented on both builders' pages too.
    if (spec.colors) typed.setColors(spec.colors);
    if (spec.type === 'LINE' && spec.points) {
      const line = typed as GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
      line.setPointStyle(Charts.PointStyle[spec.points]);
    }
    if (spec.type === 'COLUMN' && spec.stacked)
      (typed as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder).setStacked();
    b = typed as unknown as Builder;
  }
  for (const [key, value] of Object.entries(spec.options)) b = b.setOption(key, value);
  return b.build();
}

/**
 * Inserts a chart over this range, anchored at (row, col) inside the grid, unless a chart
 * already reads exactly it: that one is kept as it is, with any change the user made to it, so
 * that charting twice neither stacks a second copy nor undoes the user's edits.
 */
function putChart(sheet: Sheet, range: Range, spec: ChartSpec, row: number, col: number): void {
  makeRoom(sheet, row, col, CHART_ROWS, CHART_COLUMNS);
  const wanted = where(range);
  if (!sheet.getCharts().some((c) => c.getRanges().map(where).join(',') === wanted)) {
    const chart = configure(sheet.newChart(), range, spec, row, col);
    sheet.insertChart(chart);
    onUndo(() => sheet.removeChart(chart));
  }
}

/**
 * The data block beside the table, then one chart per block entry, stacked beside it; the
 * charts' sheet is shown with the first chart's cells selected, and a toast says where they are.
 */
export function chartBeside(table: Range, charts: readonly ChartData[], kind: TableKind): void {
  const gap = [''];
  const width = Math.max(...charts.map((c) => c.block[0].length));
  const rows: (string | number)[][] = [];
  const tops: number[] = [];
  for (const chart of charts) {
    if (rows.length) rows.push(gap.concat(Array(width - 1).fill('')));
    tops.push(rows.length);
    for (const r of chart.block) rows.push([...r, ...Array(width - r.length).fill('')]);
  }
  const block = placeBeside(table, rows, kind);
  const sheet = block.getSheet();
  const col = block.getLastColumn() + 2;
  charts.forEach((chart, i) => {
    const range = block.offset(tops[i], 0, chart.block.length, 1 + chart.series);
    putChart(sheet, range, chart.spec, block.getRow() + i * CHART_ROWS, col);
  });
  const first = sheet.getRange(block.getRow(), col, CHART_ROWS, CHART_COLUMNS);
  const many = charts.length > 1;
  // The chart's cells are selected, so that Sheets scrolls to it; an Insert started there asks
  // (./guard.ts counts cells under a chart as in the way) rather than writing under it.
  reveal(
    first,
    `${many ? `${charts.length} charts` : 'Chart'} at ${where(first.getCell(1, 1))}, beside ${many ? 'their' : 'its'} data (${block.getA1Notation()}).`,
  );
}

/** Embedded charts over the tables the add-on inserted, placed beside them. */
import { figureChartSpec, timelineChartSpec, type ChartSpec } from '../core/charts';
import type { Dataset } from '../core/dataset';
import { figureSeries } from '../core/figure-series';
import { REPORT_COLUMNS, type Table } from '../core/tables';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

const a1 = (r: Range) => `${r.getSheet().getName()}!${r.getA1Notation()}`;

/**
 * Inserts a chart over these ranges, or updates the chart that already reads exactly them,
 * so that charting twice does not stack a second copy.
 */
function putChart(sheet: Sheet, ranges: Range[], configure: (b: Builder) => Builder): void {
  const wanted = ranges.map(a1).join(',');
  const existing = sheet.getCharts().find((c) => c.getRanges().map(a1).join(',') === wanted);
  if (existing) {
    sheet.updateChart(configure(existing.modify().clearRanges()).build());
    return;
  }
  sheet.insertChart(configure(sheet.newChart()).build());
}

function withSpec(builder: Builder, spec: ChartSpec): Builder {
  let b = builder.setOption('title', spec.title);
  for (const [key, value] of Object.entries(spec.options)) b = b.setOption(key, value);
  return b;
}

/** Line chart of the timeline table's tier numbers by report year, Tier 1 on top. */
export function chartTimelineTable(table: Range, country: string): void {
  const sheet = table.getSheet();
  const rows = table.getNumRows();
  const years = table.offset(0, 0, rows, 1);
  const numbers = table.offset(0, 2, rows, 1);
  const yearValues = years
    .getValues()
    .slice(1)
    .map((r) => r[0])
    .filter((v): v is number => typeof v === 'number');
  const spec = timelineChartSpec(country, yearValues);
  putChart(sheet, [years, numbers], (b) =>
    withSpec(
      b
        .setChartType(Charts.ChartType.LINE)
        .addRange(years)
        .addRange(numbers)
        .setNumHeaders(1)
        .setPosition(table.getRow(), table.getLastColumn() + 2, 0, 0),
      spec,
    ),
  );
}

/**
 * One column chart per series of the figures table (src/core/figure-series.ts: a metric's
 * comparable periods, not one-off events), stacked beside it. Each chart reads one contiguous
 * range, Period then Value, with the periods as its domain; units differ by orders of
 * magnitude (people against US dollars), so metrics are not mixed in one chart. Returns how
 * many charts it drew.
 */
export function chartFiguresTable(table: Range, country: string, ds: Dataset): number {
  const sheet = table.getSheet();
  const values = table.getValues() as Table;
  const oneOff = (label: string) => ds.metrics.some((m) => m.label === label && m.oneOff === true);
  const series = figureSeries(values, oneOff);
  series.forEach((s, i) => {
    const range = table.offset(s.startRow, REPORT_COLUMNS.period, s.rows, 2);
    const spec = figureChartSpec(country, s.label, s.unit, s.periods, s.notes);
    putChart(sheet, [range], (b) =>
      withSpec(
        b
          .setChartType(Charts.ChartType.COLUMN)
          .addRange(range)
          .setNumHeaders(0)
          .setPosition(table.getRow() + i * 20, table.getLastColumn() + 2, 0, 0),
        spec,
      ),
    );
  });
  return series.length;
}

/** Embedded charts over the tables the add-on inserted, placed beside them. */
import { figureChartSpec, timelineChartSpec, type ChartSpec } from '../core/charts';

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
 * One column chart per metric with figures in two years or more, stacked beside the figures
 * table (its units differ by orders of magnitude, so metrics are not mixed in one chart).
 * Returns how many charts it drew.
 */
export function chartFiguresTable(table: Range, country: string): number {
  const sheet = table.getSheet();
  const values = table.getValues();
  const header = values[0];
  let drawn = 0;
  for (let r = 1; r < values.length; r++) {
    const numeric = header
      .map((_, c) => c)
      .filter((c) => c >= 2 && typeof values[r][c] === 'number');
    if (numeric.length < 2) continue;
    const first = numeric[0];
    const width = numeric[numeric.length - 1] - first + 1;
    const years = table.offset(0, first, 1, width);
    const row = table.offset(r, first, 1, width);
    const spec = figureChartSpec(
      country,
      String(values[r][0]),
      String(values[r][1]),
      numeric.map((c) => Number(header[c])),
    );
    const top = table.getRow() + drawn * 20;
    putChart(sheet, [years, row], (b) =>
      withSpec(
        b
          .setChartType(Charts.ChartType.COLUMN)
          .addRange(years)
          .addRange(row)
          .setTransposeRowsAndColumns(true)
          .setNumHeaders(0)
          .setPosition(top, table.getLastColumn() + 2, 0, 0),
        spec,
      ),
    );
    drawn++;
  }
  return drawn;
}

/**
 * Every chart builder method and chart option the add-on uses, each with the page of Google's
 * documentation that documents it for that use. tests/charts.test.ts fails when a chart is
 * built with anything not listed here, and the local preview draws a chart from this list only
 * (what it shows is what Sheets documents). Nothing here is bundled into dist/Code.js.
 *
 * EmbeddedChartBuilder.setOption does not validate its option (its reference says so), so an
 * option not documented for the chart type may be dropped silently by Sheets: keep this list
 * short, and prefer a typed builder method where one exists.
 */
const REF = 'https://developers.google.com/apps-script/reference';
const SHEET = `${REF}/spreadsheet/sheet`;
const CHART = `${REF}/spreadsheet/embedded-chart`;
const BUILDER = `${REF}/spreadsheet/embedded-chart-builder`;
const LINE = `${REF}/spreadsheet/embedded-line-chart-builder`;
const COLUMN = `${REF}/spreadsheet/embedded-column-chart-builder`;
const SCATTER = `${REF}/spreadsheet/embedded-scatter-chart-builder`;
const RANGE = `${REF}/spreadsheet/range`;
const OPTIONS = 'https://developers.google.com/apps-script/chart-configuration-options';

export type ChartType = 'LINE' | 'COLUMN' | 'SCATTER';

/** Calls on sheets, charts and ranges that make or find a chart: "Class.method" -> page. */
export const CHART_CALLS: Readonly<Record<string, string>> = {
  'Sheet.newChart': `${SHEET}#newChart()`,
  'Sheet.insertChart': `${SHEET}#insertChart(EmbeddedChart)`,
  'Sheet.updateChart': `${SHEET}#updateChart(EmbeddedChart)`,
  'Sheet.getCharts': `${SHEET}#getCharts()`,
  'EmbeddedChart.getRanges': `${CHART}#getRanges()`,
  'EmbeddedChart.modify': `${CHART}#modify()`,
  // The write guard: a chart's anchor, so that no table is written under a chart.
  'EmbeddedChart.getContainerInfo': `${CHART}#getContainerInfo()`,
  // Undoing an item that failed after its chart was inserted.
  'Sheet.removeChart': `${SHEET}#removeChart(EmbeddedChart)`,
  // The tier chart's domain column holds years as text: one category per report year.
  'Range.setNumberFormats': `${RANGE}#setNumberFormats(Object)`,
};

/** Builder methods every chart type has (EmbeddedChartBuilder). */
const COMMON: Readonly<Record<string, string>> = {
  addRange: `${BUILDER}#addRange(Range)`,
  clearRanges: `${BUILDER}#clearRanges()`,
  setNumHeaders: `${BUILDER}#setNumHeaders(Integer)`,
  setPosition: `${BUILDER}#setPosition(Integer,Integer,Integer,Integer)`,
  setOption: `${BUILDER}#setOption(String,Object)`,
  build: `${BUILDER}#build()`,
};

/** Builder methods by chart type: the type's own builder page. */
export const BUILDER_METHODS: Readonly<Record<ChartType, Readonly<Record<string, string>>>> = {
  LINE: {
    ...COMMON,
    asLineChart: `${BUILDER}#asLineChart()`,
    setTitle: `${LINE}#setTitle(String)`,
    setXAxisTitle: `${LINE}#setXAxisTitle(String)`,
    setYAxisTitle: `${LINE}#setYAxisTitle(String)`,
    setLegendPosition: `${LINE}#setLegendPosition(Position)`,
    setPointStyle: `${LINE}#setPointStyle(PointStyle)`,
    // One colour per series.
    setColors: `${LINE}#setColors(String)`,
    setRange: `${LINE}#setRange(Number,Number)`,
  },
  COLUMN: {
    ...COMMON,
    asColumnChart: `${BUILDER}#asColumnChart()`,
    setTitle: `${COLUMN}#setTitle(String)`,
    setXAxisTitle: `${COLUMN}#setXAxisTitle(String)`,
    setYAxisTitle: `${COLUMN}#setYAxisTitle(String)`,
    setLegendPosition: `${COLUMN}#setLegendPosition(Position)`,
    setRange: `${COLUMN}#setRange(Number,Number)`,
    // One colour per series: each tier of the tier chart in its own colour (TIER_COLOURS).
    setColors: `${COLUMN}#setColors(String)`,
    // "Uses stacked lines": the tier series, one non-empty per year, make one full-width
    // column per report year instead of four narrow side-by-side slots.
    setStacked: `${COLUMN}#setStacked()`,
  },
  SCATTER: {
    ...COMMON,
    // A scatter chart plots its first column as x values: years as numbers on a time axis,
    // a year without a figure a visible gap.
    asScatterChart: `${BUILDER}#asScatterChart()`,
    setTitle: `${SCATTER}#setTitle(String)`,
    setXAxisTitle: `${SCATTER}#setXAxisTitle(String)`,
    setYAxisTitle: `${SCATTER}#setYAxisTitle(String)`,
    setLegendPosition: `${SCATTER}#setLegendPosition(Position)`,
    setPointStyle: `${SCATTER}#setPointStyle(PointStyle)`,
    // One colour per series: exact figures, and lower bounds ("at least") in their own.
    setColors: `${SCATTER}#setColors(String)`,
    setXAxisRange: `${SCATTER}#setXAxisRange(Number,Number)`,
    setYAxisRange: `${SCATTER}#setYAxisRange(Number,Number)`,
  },
};

/** Options given with setOption, by chart type: the type's section of the options page. */
export const CHART_OPTIONS: Readonly<Record<ChartType, Readonly<Record<string, string>>>> = {
  LINE: {
    // "Whether to guess the value of missing points … If false, it will leave a break in the
    // line at the unknown point." No chart of the add-on is a line chart now (the tier chart
    // draws columns); kept for a line chart that would need a gap shown as a gap.
    interpolateNulls: `${OPTIONS}#line-config-options`,
  },
  COLUMN: {},
  SCATTER: {},
};

/** The documented methods and options of a chart type, for the preview's filter. */
export function documented(type: string): {
  methods: Readonly<Record<string, string>>;
  options: Readonly<Record<string, string>>;
} {
  const t = (type in BUILDER_METHODS ? type : null) as ChartType | null;
  return t
    ? { methods: BUILDER_METHODS[t], options: CHART_OPTIONS[t] }
    : { methods: {}, options: {} };
}

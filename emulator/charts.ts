/**
 * EmbeddedChart and its builder: a chart records its type, ranges, position and options (every
 * builder call, in order), and gives no meaning to them; what Sheets draws from them is for
 * Google's documentation to say (src/core/tables/chart-options.ts).
 */
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

let chartIds = 0;

/** One builder call as made: its method name and arguments. */
export interface ChartCall {
  method: string;
  args: unknown[];
}

/**
 * What a chart was built with. `calls` lists every builder method called (in order, carried over
 * by modify()), `settings` the last arguments of each typed setter (setTitle, setRange, …), and
 * `options` what setOption was given. The fake gives no meaning to any of them: what Sheets draws
 * from them is for Google's documentation to say (src/core/tables/chart-options.ts).
 */
export interface ChartState {
  type: string;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  settings: Record<string, unknown[]>;
  calls: ChartCall[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transposed: boolean;
}

export class FakeChart implements Pick<
  GChart,
  'getRanges' | 'modify' | 'getChartId' | 'getOptions' | 'getNumHeaders' | 'getContainerInfo'
> {
  readonly id = ++chartIds;
  constructor(
    readonly state: ChartState,
    readonly sheet: FakeSheet,
  ) {}
  get type(): string {
    return this.state.type;
  }
  get ranges(): FakeRange[] {
    return this.state.ranges;
  }
  get options(): Record<string, unknown> {
    return this.state.options;
  }
  get settings(): Record<string, unknown[]> {
    return this.state.settings;
  }
  get calls(): ChartCall[] {
    return this.state.calls;
  }
  get position() {
    return this.state.position;
  }
  get numHeaders(): number {
    return this.state.numHeaders;
  }
  get transposed(): boolean {
    return this.state.transposed;
  }
  getRanges(): GRange[] {
    this.sheet.rec.log('EmbeddedChart.getRanges');
    return [...this.state.ranges] as unknown as GRange[];
  }
  getChartId(): number {
    return this.id;
  }
  /** Where the chart is anchored (setPosition): its top left cell and offsets in pixels. */
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    this.sheet.rec.log('EmbeddedChart.getContainerInfo');
    const p = this.state.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  getNumHeaders(): number {
    return this.state.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return {
      get: (key: string) => this.state.options[key],
    } as GoogleAppsScript.Charts.ChartOptions;
  }
  modify(): GBuilder {
    this.sheet.rec.log('EmbeddedChart.modify');
    return new FakeChartBuilder(this.sheet, this) as unknown as GBuilder;
  }
}

const copyState = (s: ChartState): ChartState => ({
  ...s,
  ranges: [...s.ranges],
  options: { ...s.options },
  settings: { ...s.settings },
  calls: [...s.calls],
  position: { ...s.position },
});

/** Setters of the typed builders (EmbeddedLineChartBuilder, …) that the fake records. */
const TYPED_SETTERS = [
  'setTitle',
  'setXAxisTitle',
  'setYAxisTitle',
  'setLegendPosition',
  'setPointStyle',
  'setRange',
  'setColors',
  'setCurveStyle',
  'reverseCategories',
  'useLogScale',
  'setStacked',
  'setBackgroundColor',
  'setXAxisRange',
  'setYAxisRange',
] as const;

export class FakeChartBuilder implements Pick<
  GBuilder,
  | 'setChartType'
  | 'asLineChart'
  | 'asColumnChart'
  | 'asScatterChart'
  | 'addRange'
  | 'clearRanges'
  | 'setOption'
  | 'setPosition'
  | 'setNumHeaders'
  | 'setTransposeRowsAndColumns'
  | 'getRanges'
  | 'build'
> {
  state: ChartState;

  constructor(
    readonly sheet: FakeSheet,
    readonly replaces?: FakeChart,
  ) {
    this.state = replaces
      ? copyState(replaces.state)
      : {
          type: 'LINE',
          ranges: [],
          options: {},
          settings: {},
          calls: [],
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          numHeaders: -1,
          transposed: false,
        };
    for (const name of TYPED_SETTERS) {
      (this as unknown as Record<string, (...a: unknown[]) => GBuilder>)[name] = (...args) => {
        this.record(name, args);
        this.state.settings[name] = args;
        return this.self();
      };
    }
  }
  private self(): GBuilder {
    return this as unknown as GBuilder;
  }
  private record(method: string, args: unknown[]): void {
    this.sheet.rec.log(`EmbeddedChartBuilder.${method}`);
    this.state.calls.push({ method, args });
  }
  get type(): string {
    return this.state.type;
  }
  get ranges(): FakeRange[] {
    return this.state.ranges;
  }
  get options(): Record<string, unknown> {
    return this.state.options;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this.record('setChartType', [type]);
    this.state.type = String(type);
    return this.self();
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    this.record('asLineChart', []);
    this.state.type = 'LINE';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
  }
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.record('asColumnChart', []);
    this.state.type = 'COLUMN';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
  }
  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    this.record('asScatterChart', []);
    this.state.type = 'SCATTER';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder;
  }
  addRange(range: GRange): GBuilder {
    this.record('addRange', [range]);
    this.state.ranges.push(range as unknown as FakeRange);
    return this.self();
  }
  clearRanges(): GBuilder {
    this.record('clearRanges', []);
    this.state.ranges = [];
    return this.self();
  }
  setOption(option: string, value: unknown): GBuilder {
    this.record('setOption', [option, value]);
    this.state.options[option] = value;
    return this.self();
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): GBuilder {
    this.record('setPosition', [anchorRowPos, anchorColPos, offsetX, offsetY]);
    this.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }
  setNumHeaders(headers: number): GBuilder {
    this.record('setNumHeaders', [headers]);
    this.state.numHeaders = headers;
    return this.self();
  }
  setTransposeRowsAndColumns(transpose: boolean): GBuilder {
    this.record('setTransposeRowsAndColumns', [transpose]);
    this.state.transposed = transpose;
    return this.self();
  }
  getRanges(): GRange[] {
    return [...this.state.ranges] as unknown as GRange[];
  }
  build(): GChart {
    this.record('build', []);
    if (this.state.ranges.length === 0) throw new Error('The chart has no data ranges.');
    const { row, column } = this.state.position;
    if (row > this.sheet.maxRows || column > this.sheet.maxColumns) {
      throw new Error(
        `The chart's anchor cell (row ${row}, column ${column}) is outside the sheet's grid.`,
      );
    }
    const chart = new FakeChart(copyState(this.state), this.sheet);
    (chart as unknown as { replaces?: FakeChart }).replaces = this.replaces;
    return chart as unknown as GChart;
  }
}

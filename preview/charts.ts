/**
 * Draws the charts the add-on built, as Sheets draws an embedded chart, from what the chart
 * builder of the emulator recorded (type, ranges, headers, transposition, options):
 * 600 × 371 px unless a size is set, a title and subtitle that wrap, a numeric domain (years)
 * on a continuous axis, "nice" tick values (multiples of 1, 2, 2.5 or 5) with thousands
 * separators, axis titles (the unit), series colours and a legend.
 *
 * Which settings and options are drawn is decided in one place, `optionsToDraw`: only those
 * src/core/tables/chart-options.ts lists as documented.
 */
import { columnLetter, type FakeChart, type Value } from '../emulator/sheets';
import { documented } from '../src/core/tables/chart-options';
import { formatNumber } from './cells';

const NS = 'http://www.w3.org/2000/svg';
const PALETTE = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
const FONT = 'Roboto, Arial, sans-serif';

export type ChartOptions = Record<string, unknown>;

/** Charts.PointStyle as pixels across a point. */
const POINT_SIZES: Record<string, number> = { NONE: 0, TINY: 3, MEDIUM: 7, LARGE: 12, HUGE: 18 };

/** A series' colour: as set (setColors), or Sheets' default palette. */
function seriesColor(options: ChartOptions, k: number): string {
  const colors = options.colors as string[] | undefined;
  return colors?.[k] ?? PALETTE[k % PALETTE.length];
}

/**
 * The options the preview draws: only the builder settings and setOption options that
 * src/core/tables/chart-options.ts lists as documented for the chart's type (what the preview shows
 * is what Sheets documents), each under the option name the drawing reads.
 */
export function optionsToDraw(chart: FakeChart): ChartOptions {
  const { methods, options } = documented(chart.type);
  const set = (m: string) => (m in methods ? chart.settings[m] : undefined);
  const drawn: ChartOptions = {};
  for (const [key, value] of Object.entries(chart.options)) if (key in options) drawn[key] = value;
  const title = set('setTitle');
  if (title) drawn.title = title[0];
  const yTitle = set('setYAxisTitle');
  if (yTitle) drawn['vAxes.0.title'] = yTitle[0];
  const xTitle = set('setXAxisTitle');
  if (xTitle) drawn['hAxis.title'] = xTitle[0];
  const range = set('setRange') as [number, number] | undefined;
  if (range) drawn['vAxes.0.viewWindow'] = { min: range[0], max: range[1] };
  const legend = set('setLegendPosition');
  if (legend) drawn['legend.position'] = String(legend[0]).toLowerCase();
  const colors = set('setColors');
  if (colors) drawn.colors = colors[0];
  const points = set('setPointStyle');
  if (points) drawn.pointSize = POINT_SIZES[String(points[0])] ?? 7;
  if (set('setStacked')) drawn.isStacked = true;
  const xRange = set('setXAxisRange') as [number, number] | undefined;
  if (xRange) drawn['hAxis.viewWindow'] = { min: xRange[0], max: xRange[1] };
  const yRange = set('setYAxisRange') as [number, number] | undefined;
  if (yRange) drawn['vAxes.0.viewWindow'] = { min: yRange[0], max: yRange[1] };
  return drawn;
}

/**
 * An option by its dotted name, whether it was set flat (`'vAxes.0.title'`) or as an object
 * (`hAxis: { title }`, `vAxes: { 0: { title } }`), as setOption accepts both.
 */
export function option(options: ChartOptions, name: string): unknown {
  if (name in options) return options[name];
  const parts = name.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    const head = parts.slice(0, i).join('.');
    if (!(head in options)) continue;
    let v: unknown = options[head];
    for (const p of parts.slice(i)) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string, unknown>)[p];
    }
    return v;
  }
  return undefined;
}

export interface Series {
  name: string;
  values: (number | null)[];
}

/** The chart's data as Sheets reads its ranges: a domain and one or more series. */
export function chartData(chart: FakeChart): { domain: Value[]; series: Series[] } {
  // Columns of all ranges side by side (or, transposed, rows one under another).
  const tables = chart.ranges.map((r) => r.getValues());
  let lines: Value[][];
  if (chart.transposed) {
    lines = tables.flat();
  } else {
    lines = [];
    for (const t of tables) {
      for (let c = 0; c < (t[0]?.length ?? 0); c++) lines.push(t.map((row) => row[c]));
    }
  }
  if (lines.length === 0) return { domain: [], series: [] };
  // Header cells: as set, or (-1, not set) the first cell when a series starts with text.
  const headers =
    chart.numHeaders >= 0
      ? chart.numHeaders
      : lines.slice(1).some((l) => typeof l[0] === 'string' && l.length > 1)
        ? 1
        : 0;
  const [domainLine, ...seriesLines] = lines;
  return {
    domain: domainLine.slice(headers),
    series: seriesLines.map((l, i) => ({
      name: headers ? String(l[0]) : `Series ${i + 1}`,
      values: l.slice(headers).map((v) => (typeof v === 'number' ? v : null)),
    })),
  };
}

/** Tick values a chart axis shows: multiples of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(lo: number, hi: number, fixedMin?: number, fixedMax?: number) {
  if (!(hi > lo)) hi = lo + 1;
  const raw = (hi - lo) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.999)!;
  const min = fixedMin ?? Math.floor(lo / step + 1e-9) * step;
  const max = fixedMax ?? Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step)
    ticks.push(+v.toPrecision(12));
  return { min, max, step, ticks };
}

/** A tick label: thousands separators and the decimals the step needs, or the axis format. */
export function formatTick(value: number, step: number, format?: unknown): string {
  const decimals = Number.isInteger(step)
    ? 0
    : (String(+step.toPrecision(12)).split('.')[1]?.length ?? 0);
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  switch (format) {
    case '0':
      return value.toFixed(decimals);
    case 'percent':
      return new Intl.NumberFormat('en-US', { style: 'percent' }).format(value);
    case 'currency':
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(value);
    case 'short':
      return new Intl.NumberFormat('en-US', { notation: 'compact' }).format(value);
    default: {
      const text = new Intl.NumberFormat('en-US', digits).format(value);
      return typeof format === 'string' && format.startsWith('$') ? `$${text}` : text;
    }
  }
}

let canvas: CanvasRenderingContext2D | null = null;
function textWidth(text: string, px: number, weight = 'normal', style = 'normal'): number {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * px * 0.55;
  canvas.font = `${style} ${weight} ${px}px ${FONT}`;
  return canvas.measureText(text).width;
}

/** Splits a text into lines no wider than `width` as measured, breaking between words. */
export function wrap(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function node(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function renderChart(chart: FakeChart, options: ChartOptions = optionsToDraw(chart)) {
  const W = Number(option(options, 'width')) || 600;
  const H = Number(option(options, 'height')) || 371;
  const { domain, series } = chartData(chart);
  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' });
  const title = String(option(options, 'title') ?? '');
  svg.setAttribute('aria-label', title || 'Chart');
  svg.appendChild(node('rect', { x: 0, y: 0, width: W, height: H, class: 'chart-bg' }));

  // Title and subtitle, wrapped to the chart's width.
  let y = 12;
  const titleLines = title ? wrap(title, W - 32, (t) => textWidth(t, 16, '500')) : [];
  const titleEl = node('text', { x: 16, class: 'chart-title' });
  titleLines.forEach((line, i) => {
    y += 20;
    titleEl.appendChild(node('tspan', { x: 16, y }, line));
    if (i === 0) titleEl.setAttribute('y', String(y));
  });
  if (titleLines.length) svg.appendChild(titleEl);
  const subtitle = option(options, 'subtitle');
  if (typeof subtitle === 'string' && subtitle) {
    const sub = node('text', { x: 16, class: 'chart-subtitle' });
    for (const line of wrap(subtitle, W - 32, (t) => textWidth(t, 12))) {
      y += 16;
      sub.appendChild(node('tspan', { x: 16, y }, line));
    }
    svg.appendChild(sub);
  }

  // Vertical axis: ticks as recorded, or nice ones over the data and the view window.
  const stacked = option(options, 'isStacked') === true && chart.type === 'COLUMN';
  const values = stacked
    ? domain.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))
    : series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const view = (option(options, 'vAxes.0.viewWindow') as { min?: number; max?: number }) ?? {};
  const custom = option(options, 'vAxes.0.ticks') as
    ({ v: number; f?: string } | number)[] | undefined;
  const vFormat = option(options, 'vAxes.0.format');
  const isColumn = chart.type === 'COLUMN' || chart.type === 'BAR';
  let lo = Math.min(...values, isColumn ? 0 : Infinity);
  let hi = Math.max(...values);
  if (!values.length) [lo, hi] = [0, 1];
  let ticks: { v: number; f: string }[];
  let min: number;
  let max: number;
  if (custom?.length) {
    ticks = custom.map((t) =>
      typeof t === 'number' ? { v: t, f: String(t) } : { v: t.v, f: t.f ?? String(t.v) },
    );
    min = view.min ?? Math.min(lo, ...ticks.map((t) => t.v));
    max = view.max ?? Math.max(hi, ...ticks.map((t) => t.v));
  } else {
    const nice = niceTicks(view.min ?? lo, view.max ?? hi, view.min, view.max);
    min = nice.min;
    max = nice.max;
    ticks = nice.ticks.map((v) => ({ v, f: formatTick(v, nice.step, vFormat) }));
  }
  ticks = ticks.filter((t) => t.v >= min - 1e-9 && t.v <= max + 1e-9);
  const vTitle = option(options, 'vAxes.0.title');
  const hTitle = option(options, 'hAxis.title');
  const labelWidth = Math.max(0, ...ticks.map((t) => textWidth(t.f, 12)));
  // A legend (drawn under the plot) unless it is turned off; one series needs none by default.
  const legend = option(options, 'legend.position');
  const showLegend = legend !== 'none' && (legend !== undefined || series.length > 1);
  // A scatter chart's first column is always its x values.
  const numeric =
    domain.length > 0 &&
    domain.every((d) => typeof d === 'number' || (chart.type === 'SCATTER' && d === ''));
  const left = 16 + (vTitle ? 22 : 0) + labelWidth + 8;
  // Every category is labelled, as Google Charts lays out a discrete axis by default: upright
  // where the labels fit; else on two alternating levels (hAxis.maxAlternation, default 2);
  // else slanted (hAxis.slantedText, default: "slant text if it cannot all fit when drawn
  // upright"); only labels that fit none of these ways are skipped.
  const catSlot = (W - left - 24) / Math.max(1, domain.length);
  const widest = Math.max(0, ...domain.map((d) => textWidth(String(d), 12)));
  const levels = widest + 4 <= catSlot ? 1 : widest + 4 <= 2 * catSlot ? 2 : 0;
  const labelExtra = numeric ? 0 : levels === 2 ? 13 : levels === 0 ? widest * 0.87 - 6 : 0;
  const M = {
    left,
    right: 24,
    top: y + 20,
    bottom: 28 + labelExtra + (hTitle ? 22 : 0) + (showLegend ? 22 : 0),
  };
  const plotW = W - M.left - M.right;
  const plotH = Math.max(40, H - M.top - M.bottom);
  const reversed = option(options, 'vAxes.0.direction') === -1;
  const yOf = (v: number) => {
    const t = (v - min) / (max - min || 1);
    return M.top + (reversed ? t : 1 - t) * plotH;
  };
  for (const t of ticks) {
    svg.appendChild(
      node('line', {
        x1: M.left,
        x2: W - M.right,
        y1: yOf(t.v),
        y2: yOf(t.v),
        class: 'chart-grid',
      }),
    );
    svg.appendChild(
      node(
        'text',
        { x: M.left - 8, y: yOf(t.v) + 4, 'text-anchor': 'end', class: 'chart-axis' },
        t.f,
      ),
    );
  }
  if (typeof vTitle === 'string' && vTitle) {
    const cy = M.top + plotH / 2;
    // A title longer than the plot is cut with an ellipsis, as a chart axis title is; one that
    // fits is shown whole. Measured in italic, as .chart-axis-title draws it.
    const width = (text: string) => textWidth(text, 12, 'normal', 'italic');
    let shown = vTitle;
    if (width(vTitle) > plotH)
      while (shown.length > 1 && width(`${shown}…`) > plotH) shown = shown.slice(0, -1);
    svg.appendChild(
      node(
        'text',
        {
          x: 16 + 12,
          y: cy,
          transform: `rotate(-90 ${16 + 12} ${cy})`,
          'text-anchor': 'middle',
          class: 'chart-axis-title',
          'data-role': 'y-title',
          'data-full': vTitle,
        },
        shown === vTitle ? vTitle : `${shown.trimEnd()}…`,
      ),
    );
  }

  // Horizontal axis: a numeric domain is continuous (a missing year leaves a gap); text is a
  // row of categories.
  const hFormat = option(options, 'hAxis.format');
  let xOf: (i: number) => number;
  let slot: number;
  if (numeric) {
    const xs = domain as number[];
    const hView = (option(options, 'hAxis.viewWindow') as { min?: number; max?: number }) ?? {};
    const xMin = hView.min ?? Math.min(...xs);
    const xMax = hView.max ?? Math.max(...xs);
    const gaps = xs
      .slice(1)
      .map((x, i) => Math.abs(x - xs[i]))
      .filter((g) => g > 0);
    const unit = gaps.length ? Math.min(...gaps) : 1;
    const pad = isColumn ? unit / 2 : 0;
    const span = xMax - xMin + 2 * pad || 1;
    const inset = isColumn ? 0 : 12;
    xOf = (i) => M.left + inset + ((xs[i] - xMin + pad) / span) * (plotW - 2 * inset);
    slot = (unit / span) * (plotW - 2 * inset);
    const nice = niceTicks(xMin, xMax);
    const step = Math.max(nice.step, Math.ceil(unit));
    const labels = nice.ticks.filter((v) => v >= xMin && v <= xMax && Number.isInteger(v / step));
    for (const v of labels.length >= 2 ? labels : xs) {
      const x = M.left + inset + ((v - xMin + pad) / span) * (plotW - 2 * inset);
      // Labels as the domain's cells show them (Automatic: 2016, not 2,016), or the axis format.
      const text = hFormat ? formatTick(v, step, hFormat) : formatNumber(v);
      svg.appendChild(
        node(
          'text',
          { x, y: M.top + plotH + 18, 'text-anchor': 'middle', class: 'chart-axis' },
          text,
        ),
      );
    }
  } else {
    slot = plotW / Math.max(1, domain.length);
    xOf = (i) => M.left + slot * (i + 0.5);
    const every = levels ? 1 : Math.max(1, Math.ceil(12 / slot));
    domain.forEach((d, i) => {
      if (i % every !== 0) return;
      const y = M.top + plotH + 16 + (levels === 2 && i % 2 ? 13 : 0);
      const attrs: Record<string, string | number> = levels
        ? { x: xOf(i), y, 'text-anchor': 'middle', class: 'chart-axis' }
        : {
            x: xOf(i) + 4,
            y: M.top + plotH + 10,
            'text-anchor': 'end',
            transform: `rotate(-60 ${xOf(i) + 4} ${M.top + plotH + 10})`,
            class: 'chart-axis',
          };
      svg.appendChild(node('text', attrs, String(d)));
    });
  }
  svg.appendChild(
    node('line', {
      x1: M.left,
      x2: W - M.right,
      y1: yOf(reversed ? max : min),
      y2: yOf(reversed ? max : min),
      class: 'chart-baseline',
    }),
  );
  if (typeof hTitle === 'string' && hTitle) {
    svg.appendChild(
      node(
        'text',
        {
          x: M.left + plotW / 2,
          y: M.top + plotH + 40 + labelExtra,
          'text-anchor': 'middle',
          class: 'chart-axis-title',
        },
        hTitle,
      ),
    );
  }

  // The series.
  const pointSize = Number(option(options, 'pointSize') ?? (chart.type === 'SCATTER' ? 7 : 0));
  // Stacked columns: each category's series one on another, in series order, one column wide.
  const stackBase = domain.map(() => 0);
  series.forEach((s, k) => {
    const color = seriesColor(options, k);
    if (isColumn) {
      const width = stacked ? slot * 0.7 : (slot * 0.7) / series.length;
      s.values.forEach((v, i) => {
        if (v === null) return;
        const from = stacked ? stackBase[i] : 0;
        if (stacked) stackBase[i] += v;
        const base = yOf(Math.max(min, Math.min(max, from)));
        const top = yOf(Math.max(min, Math.min(max, from + v)));
        svg.appendChild(
          node('rect', {
            x: xOf(i) - (slot * 0.7) / 2 + (stacked ? 0 : k * width),
            y: Math.min(top, base),
            width,
            height: Math.abs(base - top),
            fill: color,
            class: 'chart-bar',
          }),
        );
      });
      return;
    }
    // A line breaks where a value is missing, as Sheets draws it (interpolateNulls is off); a
    // scatter chart draws points only.
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1 && chart.type !== 'SCATTER')
        svg.appendChild(
          node('polyline', { points: run.join(' '), stroke: color, class: 'chart-line' }),
        );
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) return flush();
      run.push(`${xOf(i)},${yOf(v)}`);
    });
    flush();
    s.values.forEach((v, i) => {
      if (v === null) return;
      if (pointSize > 0)
        svg.appendChild(
          node('circle', {
            cx: xOf(i),
            cy: yOf(v),
            r: pointSize / 2,
            fill: color,
            class: 'chart-dot',
          }),
        );
    });
  });
  if (showLegend) {
    let x = M.left;
    const ly = H - 10;
    for (const [k, s] of series.entries()) {
      svg.appendChild(
        node('rect', { x, y: ly - 9, width: 10, height: 10, fill: seriesColor(options, k) }),
      );
      svg.appendChild(node('text', { x: x + 14, y: ly, class: 'chart-axis' }, s.name));
      x += 14 + textWidth(s.name, 12) + 16;
    }
  }

  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.type = chart.type;
  figure.appendChild(svg);
  // Sheets shows no caption: this one is for screen readers and tests.
  const caption = document.createElement('figcaption');
  caption.className = 'visually-hidden';
  const kind = { COLUMN: 'Column', SCATTER: 'Scatter' }[chart.type] ?? 'Line';
  caption.textContent = `${kind} chart of ${chart.ranges.map((r) => r.getA1Notation()).join(', ')}, anchored at ${columnLetter(chart.position.column)}${chart.position.row}`;
  figure.appendChild(caption);
  return figure;
}

/** Draws the charts the add-on built, from what the fake chart builder recorded. */
import type { FakeChart, Value } from '../emulator/sheets';
import { documented } from '../src/core/chart-options';

/**
 * What the preview may draw from: only the builder settings and options that
 * src/core/chart-options.ts lists as documented for the chart's type, so that the preview
 * never shows what Sheets might drop.
 */
export function drawable(chart: FakeChart): {
  title?: string;
  yTitle?: string;
  range?: [number, number];
  interpolateNulls?: boolean;
} {
  const { methods, options } = documented(chart.type);
  const set = (m: string) => (m in methods ? chart.settings[m] : undefined);
  const opt = (o: string) => (o in options ? chart.options[o] : undefined);
  return {
    title: set('setTitle')?.[0] as string | undefined,
    yTitle: set('setYAxisTitle')?.[0] as string | undefined,
    range: set('setRange') as [number, number] | undefined,
    interpolateNulls: opt('interpolateNulls') as boolean | undefined,
  };
}

const NS = 'http://www.w3.org/2000/svg';
const W = 420;
const H = 240;
const M = { left: 96, right: 16, top: 34, bottom: 34 };

function node(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** [x, y] pairs of a chart: columns (header rows skipped) or, transposed, rows. */
export function chartSeries(chart: FakeChart): { x: Value[]; y: Value[] } {
  if (chart.ranges.length === 1) {
    // One block: the first column is the domain, the second the (first) series.
    const rows = chart.ranges[0].getValues().slice(Math.max(0, chart.numHeaders));
    return { x: rows.map((r) => r[0]), y: rows.map((r) => r[1]) };
  }
  const [domain, series] = chart.ranges.map((r) => r.getValues());
  if (chart.transposed) return { x: domain[0], y: series[0] };
  const skip = Math.max(0, chart.numHeaders);
  return { x: domain.slice(skip).map((r) => r[0]), y: series.slice(skip).map((r) => r[0]) };
}

export function renderChart(chart: FakeChart): HTMLElement {
  const { x, y } = chartSeries(chart);
  // Every domain value keeps its place; a non-number is a gap (a break in a line).
  const all = x.map((xv, i) => ({ label: String(xv), value: y[i], i }));
  const points = all.filter(
    (p): p is { label: string; value: number; i: number } => typeof p.value === 'number',
  );
  const o = drawable(chart);
  const ticks: { v: number; f: string }[] = [];
  const values = points.map((p) => p.value);
  // setRange is documented to widen itself to include every data point.
  const lo = Math.min(o.range?.[0] ?? 0, ...values);
  const hi = o.range ? Math.max(o.range[1], ...values) : Math.max(...values, 1) * 1.1;
  const reversed = false;
  const plotH = H - M.top - M.bottom;
  const plotW = W - M.left - M.right;
  const yOf = (v: number) => {
    const t = (v - lo) / (hi - lo || 1);
    return M.top + (reversed ? t : 1 - t) * plotH;
  };
  const step = plotW / Math.max(1, all.length);
  const xOf = (i: number) => M.left + step * (i + 0.5);

  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' });
  svg.setAttribute('aria-label', o.title ?? 'Chart');
  svg.appendChild(
    node('text', { x: W / 2, y: 18, class: 'chart-title', 'text-anchor': 'middle' }, o.title ?? ''),
  );
  if (o.yTitle) {
    svg.appendChild(
      node(
        'text',
        { x: W / 2, y: 30, class: 'chart-axis', 'data-role': 'y-title', 'text-anchor': 'middle' },
        o.yTitle,
      ),
    );
  }
  const gridLines = ticks.length
    ? ticks
    : [lo, (lo + hi) / 2, hi].map((v) => ({
        v,
        f: Number.isInteger(v) ? String(v) : v.toFixed(1),
      }));
  for (const t of gridLines) {
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
        { x: M.left - 6, y: yOf(t.v) + 4, 'text-anchor': 'end', class: 'chart-axis' },
        t.f,
      ),
    );
  }
  const every = Math.ceil(34 / step); // label every n-th point where they would overlap
  all.forEach((p, i) => {
    if (i % every !== 0 && i !== all.length - 1) return;
    svg.appendChild(
      node('text', { x: xOf(i), y: H - 14, 'text-anchor': 'middle', class: 'chart-axis' }, p.label),
    );
  });
  if (chart.type === 'COLUMN') {
    const base = yOf(Math.max(lo, 0));
    points.forEach((p) => {
      const top = yOf(p.value);
      svg.appendChild(
        node('rect', {
          x: xOf(p.i) - step * 0.3,
          y: Math.min(top, base),
          width: step * 0.6,
          height: Math.abs(base - top),
          class: 'chart-bar',
        }),
      );
    });
  } else {
    // Runs of consecutive points; a gap breaks the line unless interpolateNulls is true.
    const runs: (typeof points)[] = [];
    for (const p of o.interpolateNulls ? points : all) {
      if (typeof p.value !== 'number') runs.push([]);
      else if (!runs.length) runs.push([p as (typeof points)[number]]);
      else runs[runs.length - 1].push(p as (typeof points)[number]);
    }
    for (const run of runs.filter((r) => r.length > 1)) {
      svg.appendChild(
        node('polyline', {
          points: run.map((p) => `${xOf(p.i)},${yOf(p.value)}`).join(' '),
          class: 'chart-line',
        }),
      );
    }
    points.forEach((p) =>
      svg.appendChild(
        node('circle', { cx: xOf(p.i), cy: yOf(p.value), r: 3.5, class: 'chart-dot' }),
      ),
    );
  }
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.type = chart.type;
  figure.appendChild(svg);
  const caption = document.createElement('figcaption');
  caption.textContent = `${chart.type === 'COLUMN' ? 'Column' : 'Line'} chart of ${chart.ranges.map((r) => r.getA1Notation()).join(', ')}`;
  figure.appendChild(caption);
  return figure;
}

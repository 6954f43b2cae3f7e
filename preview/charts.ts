/** Draws the charts the add-on built, from what the fake chart builder recorded. */
import type { FakeChart, Value } from '../emulator/sheets';

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
  const [domain, series] = chart.ranges.map((r) => r.getValues());
  if (chart.transposed) return { x: domain[0], y: series[0] };
  const skip = Math.max(0, chart.numHeaders);
  return { x: domain.slice(skip).map((r) => r[0]), y: series.slice(skip).map((r) => r[0]) };
}

export function renderChart(chart: FakeChart): HTMLElement {
  const { x, y } = chartSeries(chart);
  const points = x
    .map((xv, i) => ({ label: String(xv), value: y[i] }))
    .filter((p): p is { label: string; value: number } => typeof p.value === 'number');
  const o = chart.options;
  const ticks = (o['vAxes.0.ticks'] as { v: number; f: string }[] | undefined) ?? [];
  const view = (o['vAxes.0.viewWindow'] as { min?: number; max?: number } | undefined) ?? {};
  const values = points.map((p) => p.value);
  const lo = view.min ?? Math.min(0, ...values);
  const hi = view.max ?? Math.max(...values, 1) * 1.1;
  const reversed = o['vAxes.0.direction'] === -1;
  const plotH = H - M.top - M.bottom;
  const plotW = W - M.left - M.right;
  const yOf = (v: number) => {
    const t = (v - lo) / (hi - lo || 1);
    return M.top + (reversed ? t : 1 - t) * plotH;
  };
  const step = plotW / Math.max(1, points.length);
  const xOf = (i: number) => M.left + step * (i + 0.5);

  const svg = node('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' });
  svg.setAttribute('aria-label', String(o.title ?? 'Chart'));
  svg.appendChild(
    node(
      'text',
      { x: W / 2, y: 18, class: 'chart-title', 'text-anchor': 'middle' },
      String(o.title ?? ''),
    ),
  );
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
  points.forEach((p, i) => {
    if (i % every !== 0 && i !== points.length - 1) return;
    svg.appendChild(
      node('text', { x: xOf(i), y: H - 14, 'text-anchor': 'middle', class: 'chart-axis' }, p.label),
    );
  });
  if (chart.type === 'COLUMN') {
    const base = yOf(Math.max(lo, 0));
    points.forEach((p, i) => {
      const top = yOf(p.value);
      svg.appendChild(
        node('rect', {
          x: xOf(i) - step * 0.3,
          y: Math.min(top, base),
          width: step * 0.6,
          height: Math.abs(base - top),
          class: 'chart-bar',
        }),
      );
    });
  } else {
    svg.appendChild(
      node('polyline', {
        points: points.map((p, i) => `${xOf(i)},${yOf(p.value)}`).join(' '),
        class: 'chart-line',
      }),
    );
    points.forEach((p, i) =>
      svg.appendChild(node('circle', { cx: xOf(i), cy: yOf(p.value), r: 3.5, class: 'chart-dot' })),
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

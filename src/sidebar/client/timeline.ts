/**
 * A small inline-SVG picture of one country's tiers by report year: filled = stated, hollow =
 * inferred; each tier at TIP_TIER_NUMBER's number (up is a higher number, as in the tier chart)
 * and in its colour (TIER_COLOURS).
 */
import type { FactView, SidebarData } from '../api';
import { svg } from './dom';

const W = 272;
const H = 118;
const LEFT = 30;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 22;

export interface TimelinePoint {
  year: number;
  tier: string;
  number: number;
  basis: FactView['basis'];
}

/** One point per report year; stated wins where both a stated and an inferred source exist. */
export function timelinePoints(data: SidebarData, country: string): TimelinePoint[] {
  const byYear = new Map<number, TimelinePoint>();
  const facts: FactView[] = data.articles.flatMap((a) => a.facts);
  for (const f of facts) {
    if (f.kind !== 'tier' || f.country !== country || f.tierNumber === undefined) continue;
    const seen = byYear.get(f.year);
    if (!seen || (seen.basis === 'inferred' && f.basis === 'stated')) {
      byYear.set(f.year, { year: f.year, tier: f.valueText, number: f.tierNumber, basis: f.basis });
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function timelineSvg(
  data: SidebarData,
  country: string,
  onPick: (year: number) => void,
): SVGElement {
  const points = timelinePoints(data, country);
  const years = points.map((p) => p.year);
  const min = Math.min(...years);
  const max = Math.max(...years);
  // One year alone sits in the middle; otherwise the years spread over the width.
  const x = (year: number) =>
    min === max ? (LEFT + W - RIGHT) / 2 : LEFT + ((year - min) / (max - min)) * (W - LEFT - RIGHT);
  // TIP_TIER_NUMBER's numbers upward, as the tier chart draws them: Tier 1 (1) at the bottom,
  // Tier 3 (3) at the top, so that the picture and the chart read the same way.
  const y = (n: number) => TOP + ((3 - n) / 2) * (H - TOP - BOTTOM);
  const summary = points.map((p) => `${p.year}: ${p.tier} (${p.basis})`).join('; ');
  const root = svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      width: W,
      height: H,
      role: 'img',
      'aria-label': `${country}'s tier by report year. ${summary}`,
    },
    svg('title', {}, `${country}: tier by report year`),
  );
  for (const t of data.tiers) {
    root.appendChild(
      svg('line', { x1: LEFT, x2: W - RIGHT, y1: y(t.number), y2: y(t.number), class: 'grid' }),
    );
    const short = t.label === 'Tier 2 Watch List' ? 'WL' : t.label.replace('Tier ', 'T');
    root.appendChild(
      svg('text', { x: LEFT - 6, y: y(t.number) + 4, class: 'axis', 'text-anchor': 'end' }, short),
    );
  }
  const ends: [number, string][] =
    min === max
      ? [[min, 'middle']]
      : [
          [min, 'start'],
          [max, 'end'],
        ];
  for (const [year, anchor] of ends) {
    root.appendChild(
      svg('text', { x: x(year), y: H - 6, class: 'axis', 'text-anchor': anchor }, String(year)),
    );
  }
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    // A year without a placement breaks the line: no line is drawn across a gap.
    if (b.year !== a.year + 1) continue;
    root.appendChild(
      svg('line', {
        x1: x(a.year),
        y1: y(a.number),
        x2: x(b.year),
        y2: y(b.number),
        class: 'step',
      }),
    );
  }
  // Each tier in its colour, the same as in the inserted chart and timeline (TIER_COLOURS):
  // the ring always, the fill where the tier is stated.
  const colour = new Map(data.tiers.map((t) => [t.number, t.colour]));
  for (const p of points) {
    const tint = colour.get(p.number) ?? '#1a5fc9';
    const dot = svg(
      'circle',
      {
        cx: x(p.year),
        cy: y(p.number),
        r: 4.5,
        class: `dot ${p.basis}`,
        style: `stroke: ${tint}${p.basis === 'stated' ? `; fill: ${tint}` : ''}`,
        tabindex: 0,
        role: 'button',
        'aria-label': `Show ${p.year}: ${p.tier}, ${p.basis}`,
        'data-year': p.year,
      },
      svg('title', {}, `${p.year}: ${p.tier} (${p.basis})`),
    );
    dot.addEventListener('click', () => onPick(p.year));
    dot.addEventListener('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        e.preventDefault();
        onPick(p.year);
      }
    });
    root.appendChild(dot);
  }
  return root;
}

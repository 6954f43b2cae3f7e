/**
 * The facts as the sources sidebar shows them: one entry per fact and article, with its
 * quote, basis, the value a cell would get and the formula that yields it. Plain data, so
 * that it crosses google.script.run unchanged.
 */
import type { Dataset } from './dataset';
import { DEFAULT_COUNTRY } from './args';
import { citation, figureText, periodLabel, publisherLabel } from './lookup';
import { TIER_NUMBERS } from './tiers';
import type { Basis } from './types';

export type FactKind = 'tier' | 'figure' | 'not-listed';

export interface FactView {
  kind: FactKind;
  /** "tier" or a metric key: the first argument of TIP_SOURCE. */
  what: string;
  country: string | null;
  /** Report year for tiers; the year the figure is about for figures. */
  year: number;
  /** "Tier 2", "at least 100 people", "Not listed". */
  valueText: string;
  /** 1, 2, 2.5 or 3 for tiers, for the timeline picture. */
  tierNumber?: number;
  /** The formula that yields the value, such as =TIP_TIER(2016). */
  formula: string | null;
  /** Headline of what it is about: "Cambodia, 2016 report", "Traffickers convicted, 2015". */
  subject: string;
  basis: Basis;
  quote: string;
  reasoning?: string;
  citation: string;
}

export interface ArticleView {
  id: string;
  headline: string;
  publisher: string;
  reportYear: number;
  reportYearBasis: Basis;
  reportYearClue: string;
  readings: { about: string; reading: string }[];
  facts: FactView[];
}

export interface SidebarData {
  articles: ArticleView[];
  metrics: { key: string; label: string; unit: string }[];
  tiers: { label: string; number: number }[];
}

const quoteText = (text: string) => JSON.stringify(text);

/** The formula that yields a tier or a figure in a cell. */
export function formulaFor(what: string, year: number, country: string | null): string {
  const place = country && country !== DEFAULT_COUNTRY ? `, ${quoteText(country)}` : '';
  return what === 'tier'
    ? `=TIP_TIER(${year}${place})`
    : `=TIP_STAT(${quoteText(what)}, ${year}${place})`;
}

export function sidebarData(ds: Dataset): SidebarData {
  const articles = ds.articles.map((a): ArticleView => {
    const facts: FactView[] = [];
    for (const p of ds.placements.filter((x) => x.article === a.id)) {
      facts.push({
        kind: 'tier',
        what: 'tier',
        country: p.country,
        year: p.year,
        valueText: p.tier,
        tierNumber: TIER_NUMBERS[p.tier],
        formula: formulaFor('tier', p.year, p.country),
        subject: `${p.country}, ${p.year} report`,
        basis: p.basis,
        quote: p.quote,
        reasoning: p.reasoning,
        citation: citation(ds, p),
      });
    }
    for (const n of ds.nonPlacements.filter((x) => x.article === a.id)) {
      facts.push({
        kind: 'not-listed',
        what: 'tier',
        country: n.country,
        year: n.year,
        valueText: 'Not listed',
        formula: null,
        subject: `${n.country}, ${n.year} report`,
        basis: n.basis,
        quote: n.quote,
        reasoning: [n.note, n.reasoning].filter(Boolean).join(' '),
        citation: citation(ds, n),
      });
    }
    for (const f of ds.figures.filter((x) => x.article === a.id)) {
      const m = ds.metric(f.metric);
      facts.push({
        kind: 'figure',
        what: m.key,
        country: f.country,
        year: f.period.year,
        valueText: `${figureText(f)} ${m.unit}`,
        formula: formulaFor(m.key, f.period.year, f.country),
        subject: `${m.label}, ${periodLabel(f.period)}`,
        basis: f.basis,
        quote: f.quote,
        reasoning: f.reasoning,
        citation: citation(ds, f),
      });
    }
    return {
      id: a.id,
      headline: a.headline,
      publisher: publisherLabel(a),
      reportYear: a.reportYear,
      reportYearBasis: a.reportYearBasis,
      reportYearClue: `“${a.reportYearClue.quote}”: ${a.reportYearClue.reasoning}`,
      readings: a.readings,
      facts,
    };
  });
  return {
    articles: [...articles].sort((x, y) => x.reportYear - y.reportYear),
    metrics: ds.metrics.map((m) => ({ key: m.key, label: m.label, unit: m.unit })),
    tiers: Object.entries(TIER_NUMBERS).map(([label, number]) => ({ label, number })),
  };
}

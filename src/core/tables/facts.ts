/**
 * The facts as the sources sidebar shows them: one entry per fact and article, with its
 * quote, basis, the value a cell would get and the formula that yields it. Plain data, so
 * that it crosses google.script.run unchanged.
 */
import type { DataIndex } from '../data-index';
import {
  dateText,
  placementRemarks,
  negativeNote,
  publisherLabel,
  countedBy,
} from '../citations/citation';
import {
  figureDisplay,
  figurePeriodLabel,
  statFormula,
  figureText,
  unitText,
} from '../figures/stat';
import { formulaFor } from '../arguments/formulas';
import { type FigureVerdict, compareFigure } from '../figures/figures';
import { periodArgument } from '../base/periods';
import { yearRanges } from '../base/text';
import { TIER_COLOURS, TIER_NUMBERS } from '../tiers/tiers';
import type { Basis, Country, SourceDocument } from '../base/types';
import { type Verdict, anySource, compareTier, comparisonText } from '../tiers/compare';
import { checkTier } from '../tiers/check';
import type { DocumentsSource } from '../sources/documents';
import type { TierSource } from '../sources/source';
import type { FormattedCitation } from '../citations/csl';

/** not-listed: a negative fact (not listed in a report, or not in a tier that year). */
export type FactKind = 'tier' | 'figure' | 'not-listed';

export interface FactView {
  kind: FactKind;
  /** "tier" or a metric key: the first argument of TIP_SOURCE. */
  what: string;
  country: string | null;
  /** Report year for tiers; the year the figure is about for figures. */
  year: number;
  /** The year argument of the formula: the year, or a part-year period such as "Jan-Jun 2019". */
  when: number | string;
  /** "Tier 2", "at least 100 people, 2016", "78 cases, January–June 2019", "Not in Tier 3". */
  valueText: string;
  /** 1, 2, 2.5 or 3 for tiers, for the timeline picture. */
  tierNumber?: number;
  /**
   * For a tier the default ("any") takes from another source: this fact's source, which the
   * insert and the formula ask, so that the cell gets this source's tier and citation.
   */
  source?: string;
  /** The formula that yields the value, such as =TIP_TIER(2016). */
  formula: string | null;
  /** Headline of what it is about: "Cambodia, 2016 report", "Trafficking convictions, 2015". */
  subject: string;
  basis: Basis;
  quote: string;
  reasoning?: string;
  /** The outside facts an external record rests on: ids of SidebarData.outsideFacts. */
  outsideFacts: string[];
  /**
   * For a placement: how every source compares ("agrees", "differs", "report only"), whose
   * words are SidebarData.comparisons[`${country} ${year}`], once per placement; for the
   * press's, TIP_CHECK's verdict (press against the report, or the record) with this
   * document's press errors; and the other sources' tiers with the formula that asks each.
   * For a figure: TIP_STAT_CHECK's verdict ("period differs" among them) in words (`text`),
   * and the other sources' figures for its period.
   */
  compared?: {
    verdict: Verdict | FigureVerdict;
    /** A figure's check in words; a placement's is SidebarData.comparisons'. */
    text?: string;
    check?: string;
    /**
     * By source key, with what it gives; the panel writes the formula (=TIP_TIER(year,
     * "country", "key")) unless one is given (a figure's, =TIP_STAT(…, "key")).
     */
    others: { source: string; tier: string; formula?: string }[];
  };
  /** For a figure: its unit and whose count it is, as its document says ("individuals; counted by …"). */
  countedBy?: string;
}

/** A document of a documents source (an article, a passage, a report page) and its facts. */
export interface ArticleView {
  id: string;
  /** The source it belongs to ("report", "articles") and how the sidebar names it. */
  source: string;
  sourceLabel: string;
  kind: SourceDocument['kind'];
  headline: string;
  publisher: string;
  byline: string | null;
  /** The page's address: the sidebar links to it (opening in a new tab). */
  url: string | null;
  /** "17 June 2009", where known. */
  published: string | null;
  reportYear: number | null;
  reportYearBasis: Basis | null;
  reportYearClue: string;
  readings: { about: string; reading: string }[];
  /**
   * The document's citation in each style, formatted at build time: what "Copy citation"
   * copies, the same string =TIP_CITE gives for the value.
   */
  citation: Pick<FormattedCitation, 'apa' | 'chicago'>;
  facts: FactView[];
}

export interface SidebarData {
  /** Every document of every documents source, by report year (undated last). */
  articles: ArticleView[];
  /** Every source of tiers, in registry order, with the report years it covers. */
  sources: { key: string; label: string; column: string; about: string; years: string }[];
  /** Every metric, with its units ("individuals, convictions"). */
  metrics: { key: string; label: string; unit: string }[];
  /** Each tier's number (TIP_TIER_NUMBER) and colour (the chart's and the timeline's). */
  tiers: { label: string; number: number; colour: string }[];
  /** How the sources compare on each placement, in words, by "Cambodia 2016". */
  comparisons: Record<string, string>;
  /** The outside facts the facts rest on, once each, by id: what each states, where to check. */
  outsideFacts: Record<string, { statement: string; check: string }>;
}

function outsideOf(_ds: DataIndex, ids: readonly string[] | undefined): string[] {
  return [...(ids ?? [])];
}

function comparedOf(
  ds: DataIndex,
  name: string,
  year: number,
  source: TierSource,
  document: string,
): FactView['compared'] {
  const country = ds.findCountry(name) as Country;
  const c = compareTier(ds, country, year);
  const others = c.given
    .filter((g) => g.source !== source)
    .map((g) => ({ source: g.source.key, tier: g.answer?.tier ?? '' }));
  // The press check as TIP_CHECK gives it, with this document's press errors only.
  const check = source === ds.press ? checkTier(ds, country, year, document).verdict : undefined;
  return { verdict: c.verdict, ...(check ? { check } : {}), others };
}

/** The source a fact's formula must name: none where the default ("any") answers from it. */
function namedSource(ds: DataIndex, source: TierSource, name: string, year: number) {
  return anySource(ds, ds.findCountry(name) as Country, year) === source ? undefined : source.key;
}

/** The key of a placement's comparison in SidebarData.comparisons. */
export const comparisonKey = (country: string, year: number) => `${country} ${year}`;

export function sidebarData(ds: DataIndex): SidebarData {
  const articles = ds.documentSources.flatMap((source) =>
    source.documents.map((a) => documentView(ds, source, a)),
  );
  return {
    articles: [...articles].sort((x, y) => (x.reportYear ?? Infinity) - (y.reportYear ?? Infinity)),
    sources: ds.sources.map((s) => ({
      key: s.key,
      label: s.label,
      column: s.entry.column,
      about: s.entry.about,
      years: yearRanges(s.reportYears()),
    })),
    metrics: ds.metrics.map((m) => ({
      key: m.key,
      label: m.label,
      unit: [m.unit, ...(m.otherUnits ?? [])].join(', '),
    })),
    tiers: Object.entries(TIER_NUMBERS).map(([label, number]) => ({
      label,
      number,
      colour: TIER_COLOURS[label as keyof typeof TIER_COLOURS].fill,
    })),
    comparisons: Object.fromEntries(
      articles.flatMap((a) =>
        a.facts
          .filter((f) => f.kind === 'tier' && f.compared && f.country)
          .map((f) => {
            const c = compareTier(ds, ds.findCountry(f.country as string) as Country, f.year);
            return [comparisonKey(f.country as string, f.year), comparisonText(c)];
          }),
      ),
    ),
    outsideFacts: Object.fromEntries(
      [...new Set(articles.flatMap((a) => a.facts.flatMap((f) => f.outsideFacts)))].map((id) => {
        const f = ds.outsideFact(id);
        return [id, { statement: f.statement, check: f.check }];
      }),
    ),
  };
}

function documentView(ds: DataIndex, source: DocumentsSource, a: SourceDocument): ArticleView {
  const facts: FactView[] = [];
  for (const p of source.placements.filter((x) => x.document === a.id)) {
    const named = namedSource(ds, source, p.country, p.year);
    facts.push({
      kind: 'tier',
      what: 'tier',
      country: p.country,
      year: p.year,
      when: p.year,
      valueText: [p.tier, placementRemarks(p)].filter(Boolean).join(', '),
      tierNumber: TIER_NUMBERS[p.tier],
      source: named,
      formula: formulaFor('tier', p.year, p.country, named),
      subject: `${p.country}, ${p.year} report`,
      basis: p.basis,
      quote: p.quote,
      reasoning: p.reasoning,
      outsideFacts: outsideOf(ds, p.outsideFacts),
      compared: comparedOf(ds, p.country, p.year, source, p.document),
    });
  }
  for (const n of source.nonPlacements.filter((x) => x.document === a.id)) {
    facts.push({
      kind: 'not-listed',
      what: 'tier',
      country: n.country,
      year: n.year,
      when: n.year,
      valueText: n.notTier ? `Not in ${n.notTier}` : 'Not listed',
      formula: null,
      subject: `${n.country}, ${n.year} report`,
      basis: n.basis,
      quote: n.quote,
      reasoning: [negativeNote(ds, n), n.reasoning].filter(Boolean).join(' '),
      outsideFacts: outsideOf(ds, n.outsideFacts),
    });
  }
  for (const f of ds.figures.filter((x) => x.document === a.id)) {
    const m = ds.metric(f.metric);
    const country = f.country ? (ds.findCountry(f.country) as Country) : null;
    const check = compareFigure(ds, m, f.period, country);
    facts.push({
      kind: 'figure',
      what: m.key,
      country: f.country,
      year: f.period.year,
      when: periodArgument(f.period),
      valueText: figureDisplay(m, f),
      // The insert and the formula ask this card's source, so that the cell gets its figure.
      source: source.key,
      formula: statFormula(m, f.period, f.country, source.key),
      subject: `${m.label}, ${figurePeriodLabel(m, f.period)}`,
      basis: f.basis,
      quote: f.quote,
      reasoning: f.reasoning,
      outsideFacts: outsideOf(ds, f.outsideFacts),
      countedBy: countedBy(f),
      compared: {
        verdict: check.verdict,
        text: check.text,
        others: check.given
          .filter((g) => g.source !== source)
          .map((g) => ({
            source: g.source.key,
            tier: `${figureText(g.figures[0])} ${unitText(g.figures[0].unit)}`,
            formula: statFormula(m, f.period, f.country, g.source.key),
          })),
      },
    });
  }
  return {
    id: a.id,
    source: source.key,
    sourceLabel: source.label,
    kind: a.kind,
    headline: a.headline,
    publisher: publisherLabel(a),
    byline: a.byline ?? null,
    url: a.url,
    published: a.published ? dateText(a.published) : null,
    reportYear: a.reportYear,
    reportYearBasis: a.reportYearBasis ?? null,
    reportYearClue: `“${a.reportYearClue.quote}”: ${a.reportYearClue.reasoning}`,
    readings: a.readings,
    citation: { apa: ds.citation(a.id).apa, chicago: ds.citation(a.id).chicago },
    facts,
  };
}

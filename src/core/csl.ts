/**
 * A document as a reference manager reads it: an item of CSL-JSON, the data format of the
 * Citation Style Language (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * which Zotero, Mendeley and citation-js take. And the fact a citation supports, in words:
 * "Trafficking convictions in 2016: at least 100 individuals".
 *
 * Pure: no Apps Script service, no dataset. Nothing is invented: a field the data lacks (no
 * publisher, no date, no author) is left out, and a style prints it as it prints any missing
 * field ("n.d.").
 */
import { periodLabel } from './periods';
import { groupThousands } from './text';
import type {
  DocumentKind,
  Figure,
  Metric,
  NonPlacement,
  Placement,
  SourceDocument,
} from './types';

/** A CSL date: year, month, day as far as they are known. */
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

/** A name as CSL takes it; `literal` keeps a name whole where its parts are not recorded. */
export type CslName = { literal: string } | { family: string; given?: string };

/** The CSL-JSON fields this project fills (CSL 1.0.2 variable names). */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage' | 'report';
  title: string;
  /** The newspaper or site a news page appeared in. */
  'container-title'?: string;
  /** The body that issued a report or press release. */
  publisher?: string;
  /** "Press release": the kind of report. */
  genre?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
}

/**
 * CSL's item type for each kind of document: a news article or a passage of one is an article
 * in a newspaper; the report's country page on state.gov is a report its publisher issued; a
 * mirror of its text is a web page of the mirroring site; an embassy press release is a report
 * of the genre "Press release" (as Zotero records press releases).
 */
const CSL_TYPES: Record<DocumentKind, CslItem['type']> = {
  'news article': 'article-newspaper',
  'news passage': 'article-newspaper',
  'report text': 'report',
  'mirror of report text': 'webpage',
  'embassy press release': 'report',
};

/** "2009-06-17", "2009-06" or "2009" as a CSL date; undefined for anything else. */
export function cslDate(iso: string | undefined): CslDate | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
  return { 'date-parts': [parts as [number, number?, number?]] };
}

/** Options the data does not carry: when the page was read, where a caller records it. */
export interface CslOptions {
  /** ISO date the page was accessed on; left out unless given. */
  accessed?: string;
}

/**
 * The document as a CSL-JSON item. The title is the headline as the page prints it; where the
 * archived copy shows none, the headline is a description in [brackets] and stays so, as APA
 * and Chicago write a description in the title's place. A byline is kept whole (`literal`):
 * the data does not say which part is the family name ("Taing Vida" is family name first).
 */
export function cslItem(doc: SourceDocument, options: CslOptions = {}): CslItem {
  const type = CSL_TYPES[doc.kind] ?? 'webpage';
  const item: CslItem = { id: doc.id, type, title: doc.headline };
  if (doc.publisher) {
    if (type === 'report') item.publisher = doc.publisher;
    else item['container-title'] = doc.publisher;
  }
  if (doc.kind === 'embassy press release') item.genre = 'Press release';
  if (doc.byline) item.author = [{ literal: doc.byline }];
  const issued = cslDate(doc.published);
  if (issued) item.issued = issued;
  if (doc.url) item.URL = doc.url;
  const accessed = cslDate(options.accessed);
  if (accessed && doc.url) item.accessed = accessed;
  return item;
}

/** "Cambodia's", "Philippines'". */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** "Cambodia's placement in the 2016 report: Tier 2". */
export function placementSupported(p: Pick<Placement, 'country' | 'year' | 'tier'>): string {
  return `${possessive(p.country)} placement in the ${p.year} report: ${p.tier}`;
}

/** "Singapore's placement in the 2003 report: not listed" or "…: not Tier 3". */
export function nonPlacementSupported(
  n: Pick<NonPlacement, 'country' | 'year' | 'notTier'>,
): string {
  return `${possessive(n.country)} placement in the ${n.year} report: ${n.notTier ? `not ${n.notTier}` : 'not listed'}`;
}

/**
 * "Trafficking convictions in 2016: at least 100 individuals", "Trafficking cases foiled by
 * police (NCCT count) in January–June 2019: 78 cases", "Countries on the Tier 2 Watch List in
 * the 2007 report: 32 countries". The value as the source words it (its qualifier), with the
 * figure's own unit (an edition number has none).
 */
export function figureSupported(
  metric: Pick<Metric, 'label' | 'scope'>,
  figure: Pick<Figure, 'period' | 'value' | 'qualifier' | 'unit'>,
): string {
  const when =
    metric.scope === 'global'
      ? `the ${figure.period.year} report`
      : `${figure.period.reportingPeriod ? 'the ' : ''}${periodLabel(figure.period)}`;
  const unit =
    figure.unit === 'edition' ? '' : ` ${figure.unit === 'USD' ? 'US dollars' : figure.unit}`;
  const value = `${figure.qualifier ? `${figure.qualifier} ` : ''}${groupThousands(figure.value)}${unit}`;
  return `${metric.label} in ${when}: ${value}`;
}

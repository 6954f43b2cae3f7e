import type {
  Basis,
  Figure,
  NonPlacement,
  OutsideFact,
  Placement,
  SourceDocument,
  Sourced,
} from '../base/types';
import { MONTHS } from '../base/periods';
import type { FormattedCitation } from './csl';

/**
 * What a citation reads of the data: documents and outside facts by id, a document's citation
 * formatted at build time, and each documents source's documents and placements. The data index (src/core/data-index.ts) gives it; the
 * sources take it rather than the index, so that they import nothing of what composes them.
 */
export interface Library {
  document(id: string): SourceDocument;
  outsideFact(id: string): OutsideFact;
  citation(documentId: string): FormattedCitation;
  readonly documentSources: readonly {
    readonly documents: readonly SourceDocument[];
    placementsFor(country: string, year: number): readonly Placement[];
  }[];
}

/**
 * A negative fact in words, with its quote: “Cambodia Moves Up on US Trafficking List” says
 * Russia was no longer in Tier 3 in the 2003 report (“…”); it does not give its new tier.
 */
export function negativeNote(ds: Library, n: NonPlacement): string {
  const doc = ds.document(n.document);
  const placed = ds.documentSources.some(
    (s) => s.documents.includes(doc) && s.placementsFor(n.country, n.year).length > 0,
  );
  const what = n.notTier ? `was not in ${n.notTier}` : 'was not listed';
  const rest = n.notTier && !placed ? '; it does not give its tier' : '';
  return `${documentNoun(doc)} “${doc.headline}” says ${n.country} ${what} in the ${n.year} report (“${n.quote}”)${rest}.`;
}

/** "The article", "The news report", "The report page", "The embassy release". */
export function documentNoun(doc: SourceDocument): string {
  const nouns: Record<SourceDocument['kind'], string> = {
    'news article': 'The article',
    'news passage': 'The news report',
    'report text': 'The report page',
    'mirror of report text': 'The report page',
    'embassy press release': 'The embassy release',
  };
  return nouns[doc.kind];
}

export function publisherLabel(doc: SourceDocument): string {
  return doc.publisher ?? 'publisher not known';
}

/** "2009-06-17" -> "17 June 2009". */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Where a document can be found, as a reference reads: headline, publisher (byline), date,
 * address. Fields the data lacks are left out, never guessed.
 */
export function documentReference(doc: SourceDocument): string {
  const by = doc.byline ? ` (${doc.byline})` : '';
  return [
    doc.headline,
    `${publisherLabel(doc)}${by}`,
    doc.published ? dateText(doc.published) : '',
    doc.url ?? 'address not known',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The outside facts a record rests on, each with where to check it. */
export function outsideFactsText(ds: Library, ids: readonly string[] | undefined): string {
  return (ids ?? [])
    .map((id) => ds.outsideFact(id))
    .map((f) => `${f.statement} (Check: ${f.check})`)
    .join(' ');
}

/** What a placement's words say beyond its tier: "downgraded; 4th year in a row; “state sponsor”". */
export function placementRemarks(p: Placement): string {
  const parts = [
    p.movement ? `${p.movement}${p.movementBasis ? ` (${p.movementBasis})` : ''}` : '',
    p.consecutiveYears ? `${ordinal(p.consecutiveYears)} year in a row` : '',
    ...(p.labels ?? []).map((l) => `called “${l}”`),
  ];
  return parts.filter(Boolean).join('; ');
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How a TIP_SOURCE line ends: the basis, in words a cell can hold. */
const BASIS_END: Record<Basis, string> = {
  stated: 'stated.',
  inferred: 'inferred.',
  external: 'external (rests on an outside fact: =TIP_BASIS(…, TRUE) names it).',
};

/** The longest line TIP_SOURCE gives: one source that speaks, readable in a cell. */
export const SOURCE_LINE_MAX = 600;

/**
 * One line of TIP_SOURCE: the quote, what its words say of the move, the short citation (APA
 * in-text, formatted at build time) with the address, and the basis:
 *
 *   “from 43 in 2015 to at least 100 in 2016” — (“US gives score on trafficking,” 2017) https://…; stated.
 *
 * A negative fact starts with what it denies ("Not in Tier 3 in the 2003 report: "). The
 * reasoning and the outside facts behind a value are in the sidebar and =TIP_BASIS(…, TRUE);
 * the full reference is =TIP_CITE's. A line longer than SOURCE_LINE_MAX has its quote cut in
 * the middle ("…"), never its citation.
 */
export function citation(ds: Library, fact: Sourced | NonPlacement): string {
  const doc = ds.document(fact.document);
  const figure = 'attribution' in fact ? (fact as Figure) : undefined;
  // A negative fact is the one record with a year and no tier.
  const negative =
    'year' in fact && !('tier' in fact)
      ? `${fact.notTier ? `Not in ${fact.notTier}` : 'Not listed'} in the ${fact.year} report: `
      : '';
  const remarks =
    'tier' in fact ? placementRemarks(fact as Placement) : figure ? countedBy(figure) : '';
  const where = [ds.citation(doc.id).short, doc.url].filter(Boolean).join(' ');
  const line = (quote: string) =>
    `${negative}“${quote}”${remarks ? ` (${remarks})` : ''} — ${where}; ${BASIS_END[fact.basis]}`;
  const full = line(fact.quote);
  const over = full.length - SOURCE_LINE_MAX;
  if (over <= 0) return full;
  const keep = Math.max(0, fact.quote.length - over - 1);
  const head = Math.ceil(keep / 2);
  return line(
    `${fact.quote.slice(0, head)}…${fact.quote.slice(fact.quote.length - (keep - head))}`,
  );
}

/** What each basis means, as =TIP_BASIS(…, TRUE) says it. */
const BASIS_MEANS: Record<Basis, string> = {
  stated: 'the quoted words give it outright',
  inferred: 'it follows from the sources’ own words, as the sidebar reasons it',
  external: 'it also rests on a fact from outside the sources',
};

/**
 * How a value was reached, in words (=TIP_BASIS with detail TRUE): its basis, the quote, and
 * each outside fact it rests on with where to check it. The reasoning recorded with a value is
 * in the sidebar (dist/Code.js leaves it out).
 */
export function basisDetail(ds: Library, fact: Sourced | NonPlacement): string {
  const outside = outsideFactsText(ds, fact.outsideFacts);
  return `${fact.basis}: ${BASIS_MEANS[fact.basis]} (“${fact.quote}”, ${ds.citation(fact.document).short}).${outside ? ` Outside fact: ${outside}` : ''}`;
}

/**
 * Whose count a figure is, as its document attributes it: "counted by National Committee for
 * Counter Trafficking (NCCT): “The National Committee for Counter Trafficking (NCCT) reported”".
 */
export function countedBy(figure: Figure): string {
  const { by, quote } = figure.attribution;
  // Words of attribution that the figure's own quote already holds are not repeated.
  const words = quote && !figure.quote.includes(quote) ? `: “${quote}”` : '';
  return `${figure.unit}; counted by ${by}${words}`;
}

/** Every source of a fact, one citation a line. */
export function citations(ds: Library, sources: readonly (Sourced | NonPlacement)[]): string {
  return sources.map((s) => citation(ds, s)).join('\n');
}

/** stated when any source states it; inferred when any infers it from the articles alone; else external. */
export function overallBasis(sources: readonly Sourced[]): Basis {
  if (sources.some((s) => s.basis === 'stated')) return 'stated';
  return sources.some((s) => s.basis === 'inferred') ? 'inferred' : 'external';
}

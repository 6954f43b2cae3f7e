/**
 * The citation styles the panel offers and the text "Copy citation" copies. The formatting
 * itself (citation-js) is in cite.ts, loaded when first needed.
 */
import type { Basis } from '../../core/types';

export interface CitationStyle {
  /** The name citation-js knows the style by. */
  key: string;
  /** As the panel's style menu shows it. */
  label: string;
}

/**
 * The styles offered: one author–date (APA, built into @citation-js/plugin-csl) and one notes
 * style (Chicago notes and bibliography, whose notes are short: the bibliography entry is the
 * full reference). The first is the default.
 */
export const CITATION_STYLES: readonly CitationStyle[] = [
  { key: 'apa', label: 'APA 7th edition (author–date)' },
  { key: 'chicago-note-bibliography', label: 'Chicago 17th edition (notes and bibliography)' },
];

/**
 * What "Copy citation" copies: the formatted reference, then the fact it supports and the
 * source's own words. A fact the words do not state outright says so in plain words.
 *
 *   Phnom Penh Post. “US Gives Score on Trafficking.” n.d. https://….
 *   Traffickers convicted in 2016: at least 100. “from 43 in 2015 to at least 100 in 2016”
 */
export function citationText(
  reference: string,
  fact: { supports: string; quote: string; basis: Basis },
): string {
  const how =
    fact.basis === 'stated'
      ? ''
      : fact.basis === 'inferred'
        ? ' (inferred from the quoted words)'
        : ' (inferred from the quoted words and a fact the source does not give)';
  return `${reference}\n${fact.supports}${how}. “${fact.quote}”`;
}

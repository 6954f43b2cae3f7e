/**
 * Citations in a standard style, formatted in the panel by citation-js (the Citation Style
 * Language processor citeproc-js with the styles' own CSL files), from the CSL-JSON item of a
 * document (src/core/csl.ts). Everything it needs is in the panel's bundle: no style, locale
 * or item is fetched.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoNotes from '@citation/csl-style-chicago-note-bibliography';
import type { CslItem } from '../../core/csl';
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

const csl = plugins.config.get('@csl');
if (!csl.styles.has('chicago-note-bibliography'))
  csl.styles.add('chicago-note-bibliography', chicagoNotes.content);

/**
 * The document's entry in a reference list or bibliography, as plain text. APA's style prints
 * "Retrieved" before the address of an undated page expecting the date it was read; the data
 * records none, so the address stands alone rather than after a dangling "Retrieved".
 */
export function formatReference(item: CslItem, style: string): string {
  if (!CITATION_STYLES.some((s) => s.key === style))
    throw new Error(`there is no citation style "${style}".`);
  let text = new Cite(item)
    .format('bibliography', { template: style, lang: 'en-US', format: 'text' })
    .trim();
  if (item.URL && !item.accessed) text = text.replace(`Retrieved ${item.URL}`, item.URL);
  return text;
}

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

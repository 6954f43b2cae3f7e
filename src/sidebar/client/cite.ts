/**
 * Citations in a standard style, formatted in the panel by citation-js (the Citation Style
 * Language processor citeproc-js with the styles' own CSL files), from the CSL-JSON item of a
 * document (src/core/csl.ts). Everything it needs is in the panel's bundle: no style, locale
 * or item is fetched. The panel loads this module on the first "Copy citation" (main.ts), so
 * that the processor is set up only when a citation is asked for.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoNotes from '@citation/csl-style-chicago-note-bibliography';
import type { CslItem } from '../../core/csl';
import { CITATION_STYLES } from './citation';

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

/** Sets up the processor for a style (its first citation is the slow one) by formatting a stub. */
export function prepare(style: string): void {
  formatReference({ id: 'prepare', type: 'webpage', title: 'Prepare' }, style);
}

/**
 * Build time only: formats every citation the add-on offers, in each style, with citation-js
 * (the CSL processor citeproc-js) and the styles' own CSL files, running in Node. The bundles
 * carry the resulting strings (scripts/build.mjs puts them into dist/Code.js and
 * dist/Sidebar.html); no code of citation-js, citeproc or a CSL style ships. src/data/files.ts
 * calls it for the tests; the build swaps that module out of dist/Code.js.
 *
 * Styles: APA 7th edition ("apa", the CSL style that @citation-js/plugin-csl carries) and
 * Chicago 17th edition, notes and bibliography (@citation/csl-style-chicago-note-bibliography).
 * Both CSL styles and the en-US locale are CC BY-SA 3.0 (see NOTICE.md); they are used here and
 * not distributed.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import chicagoNotes from '@citation/csl-style-chicago-note-bibliography';
import {
  type Citations,
  type CslItem,
  type FormattedCitation,
  cslItem,
  cslRecordItem,
} from '../core/citations/csl';
import { CITATION_STYLES, CITE_MAX, type CitationStyle } from '../core/citations/citation-styles';
import {
  type DataFiles,
  type ReferenceFile,
  type SourceDocument,
  fileKey,
} from '../core/base/types';

/** The CSL style file of each of the add-on's styles, by the name citation-js knows it by. */
const TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  chicago: 'chicago-note-bibliography',
};

let registered = false;
function register(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl');
  if (!csl.styles.has(TEMPLATES.chicago)) csl.styles.add(TEMPLATES.chicago, chicagoNotes.content);
  registered = true;
}

/**
 * The entry for a reference list (APA) or a bibliography (Chicago), as plain text. APA's style
 * prints "Retrieved" before the address of an undated page, expecting the date it was read;
 * the data records none, so the address stands alone.
 */
export function formatReference(item: CslItem, style: CitationStyle): string {
  register();
  const text = new Cite(item)
    .format('bibliography', { template: TEMPLATES[style], lang: 'en-US', format: 'text' })
    .trim();
  return item.URL ? text.replace(`Retrieved ${item.URL}`, item.URL) : text;
}

/** The APA in-text citation: "(U.S. Department of State, 2018)". */
export function formatShort(item: CslItem): string {
  register();
  return new Cite(item)
    .format('citation', { template: TEMPLATES.apa, lang: 'en-US', format: 'text' })
    .trim();
}

function formatted(items: (style: CitationStyle) => CslItem): FormattedCitation {
  const [apa, chicago] = CITATION_STYLES.map((s) => {
    const text = formatReference(items(s), s);
    if (text.length > CITE_MAX)
      throw new Error(
        `the ${s} citation of "${items(s).id}" is ${text.length} characters, over ${CITE_MAX}: shorten cite.title or cite.site in its data file (${text})`,
      );
    return text;
  });
  return { apa, chicago, short: formatShort(items('apa')) };
}

/**
 * Every citation the add-on offers: each document of every documents source and each record,
 * in every style. Whatever documents the data files hold are formatted: a document added to a
 * data file needs no code.
 */
export function formatCitations(files: DataFiles): Citations {
  const documents: Citations['documents'] = {};
  const records: Citations['records'] = {};
  for (const source of files.sources) {
    if (source.kind === 'documents' && source.documents) {
      for (const doc of files[fileKey(source.documents)] as SourceDocument[]) {
        documents[doc.id] = formatted((style) => cslItem(doc, style));
      }
    } else if (source.kind === 'record' && source.record) {
      const record = files[fileKey(source.record)] as ReferenceFile;
      records[source.key] = formatted(() => cslRecordItem(source.key, record));
    }
  }
  return { documents, records };
}

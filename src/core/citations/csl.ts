/**
 * A document as a reference manager reads it: an item of CSL-JSON, the data format of the
 * Citation Style Language (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * which Zotero, Mendeley and citation-js take.
 *
 * Pure: no Apps Script service, no dataset, no formatting engine: the build formats these
 * items with citation-js (src/data/format-citations.ts), and the add-on carries the strings.
 * Nothing is invented: a field the data lacks (no publisher, no date, no author) is left out,
 * and a style prints it as it prints any missing field ("n.d.").
 */
import type { CitationStyle } from './citation-styles';
import type { DocumentKind, ReferenceFile, SourceDocument } from '../base/types';

/**
 * Each document's citation in each style, formatted at build time (src/data/format-citations.ts)
 * and carried as strings: `apa` and `chicago` are the reference-list and bibliography entries,
 * `short` the APA in-text citation ("(U.S. Department of State, 2018)").
 */
export type { Citations, FormattedCitation } from '../base/types';

/** A CSL date: year, month, day as far as they are known. */
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}

/** A name as CSL takes it; `literal` keeps a name whole where its parts are not recorded. */
export type CslName = { literal: string } | { family: string; given?: string };

/** The CSL-JSON fields this project fills (CSL 1.0.2 variable names). */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage' | 'dataset';
  title: string;
  /** The newspaper or site the page was read on. */
  'container-title'?: string;
  /** The body that published a data set (GitHub). */
  publisher?: string;
  /** "Press release", "Data set": printed in brackets by APA, after the title by Chicago. */
  genre?: string;
  author?: CslName[];
  issued?: CslDate;
  URL?: string;
}

/**
 * CSL's item type for each kind of document: a news article or a passage of one is an article
 * in a newspaper; the report's country page, on state.gov or a mirror, and an embassy press
 * release are web pages (APA 7 and Chicago 17 cite a government page read online as a web
 * page: author, date, title, site, address).
 */
const CSL_TYPES: Record<DocumentKind, CslItem['type']> = {
  'news article': 'article-newspaper',
  'news passage': 'article-newspaper',
  'report text': 'webpage',
  'mirror of report text': 'webpage',
  'embassy press release': 'webpage',
};

/** "2009-06-17", "2009-06" or "2009" as a CSL date; undefined for anything else. */
export function cslDate(iso: string | undefined): CslDate | undefined {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
  return { 'date-parts': [parts as [number, number?, number?]] };
}

/**
 * The date a citation prints, ISO: the document's `cite.date`, else the date published, else
 * the report year the document's own title, text, date or address states (a page of the 2018
 * report is of 2018; a news report that names "the 2009 report" reports its release, in 2009).
 * A year only inferred or resting on an outside fact is not used unless `cite.date` records it,
 * with a note. Undefined where nothing fixes it: the styles then print "n.d.".
 */
export function citationDate(doc: SourceDocument): string | undefined {
  if (doc.cite?.date) return doc.cite.date;
  if (doc.published) return doc.published;
  return doc.reportYear !== null && doc.reportYearBasis === 'stated'
    ? String(doc.reportYear)
    : undefined;
}

/** A name kept exactly as the publisher writes it: no style changes its case ("ecoi.net"). */
const asWritten = (name: string) => `<span class="nocase">${name}</span>`;

/**
 * The document as a CSL-JSON item for a style. Author: the group author the data records
 * (`cite.author`: "U.S. Department of State") or a person's name in its parts ("Taing" and
 * "Vida": APA writes "Taing, V."), else the byline, kept whole (`literal`: where the data does
 * not say which part is the family name). Title: the
 * report's title where the data records it, else the headline (a description in [brackets]
 * where no copy shows one). Site: the site or newspaper it was read on, as it writes its name;
 * APA leaves it out where it is the author (APA 7, 9.24). Nothing is invented: a field the data
 * lacks is left out.
 */
export function cslItem(doc: SourceDocument, style: CitationStyle): CslItem {
  const type = CSL_TYPES[doc.kind] ?? 'webpage';
  const item: CslItem = { id: doc.id, type, title: doc.cite?.title ?? doc.headline };
  const author = doc.cite?.author ?? doc.byline;
  if (typeof author === 'object') item.author = [{ family: author.family, given: author.given }];
  else if (author) item.author = [{ literal: author }];
  const site = doc.cite?.site ?? doc.publisher;
  if (site && !(style === 'apa' && site === author)) item['container-title'] = asWritten(site);
  if (doc.cite?.genre) item.genre = doc.cite.genre;
  const issued = cslDate(citationDate(doc));
  if (issued) item.issued = issued;
  if (doc.url) item.URL = doc.url;
  return item;
}

/** A record (Kelley and Heiss's) as a CSL-JSON data set: authors, year, title, site, address. */
export function cslRecordItem(id: string, record: ReferenceFile): CslItem {
  const c = record.cite;
  const item: CslItem = {
    id,
    type: 'dataset',
    genre: 'Data set',
    title: c.title,
    author: c.authors.map((a) => ({ family: a.family, given: a.given })),
    publisher: asWritten(c.site),
    URL: c.url,
  };
  const issued = cslDate(c.date);
  if (issued) item.issued = issued;
  return item;
}

/** The shape of the files in src/data, as src/data/schema.json describes them. */

/**
 * stated: the quoted text gives the value outright (for a report page, its year may come from
 * the page's title, publication date or address). inferred: it follows from the sources' own
 * text (possibly two documents together), with the reasoning recorded. external: it also needs
 * a fact from outside all the sources, named in outsideFacts and recorded in outside-facts.json.
 */
export type Basis = 'stated' | 'inferred' | 'external';
export type TierLabel = 'Tier 1' | 'Tier 2' | 'Tier 2 Watch List' | 'Tier 3';

export interface Reading {
  about: string;
  reading: string;
}

/**
 * What a document is: a whole news article, a passage of one (news-passages/), the report on
 * state.gov, a mirror of the report's text on another site, or a US Embassy press release.
 */
export type DocumentKind =
  | 'news article'
  | 'news passage'
  | 'report text'
  | 'mirror of report text'
  | 'embassy press release';

/**
 * One document a source quotes: a news article or passage (articles.json), a page of the
 * report's words (report-pages.json). Its quotes are checked verbatim against `file`.
 */
export interface SourceDocument {
  id: string;
  kind: DocumentKind;
  /** The title as the page prints it; a description in [brackets] where the copy shows none. */
  headline: string;
  /** Who published the page; null where neither it nor an outside fact names one. */
  publisher: string | null;
  /** The author as the page or an outside fact names them. */
  byline?: string;
  /** The page's address; null where none is known. */
  url: string | null;
  /** Date of publication, ISO (2009-06-17), where the page or its address shows it. */
  published?: string;
  /**
   * Outside facts that give the address, publisher or date where the document's own file does
   * not (the founding articles' addresses come from a search, shared/articles/SOURCES.md).
   */
  locatedBy?: string[];
  /** Copyright status in words: public domain (US Government work), or quoted briefly. */
  licence: string;
  /** How a citation names the document, where it differs from the fields above. */
  cite?: CiteFields;
  /** The TIP report year the document is about; null where its text does not fix it. */
  reportYear: number | null;
  /** How the year was reached; absent only when reportYear is null. */
  reportYearBasis?: Basis;
  /** The words that give the year (or, for a null year, why none), and the reasoning. */
  reportYearClue: { quote: string; reasoning: string; outsideFacts?: string[] };
  /** The archived copy, relative to shared/ beside the project: "articles/000_….txt". */
  file: string;
  /**
   * Where the document's own text ends in the archived copy, when page furniture follows it
   * (a "MOST VIEWED" list of other stories): quotes and the countries it names are read before
   * this line only.
   */
  bodyEndsAt?: string;
  /** Readings taken where the document is ambiguous, contradicts itself or carries a correction. */
  readings: Reading[];
}

/**
 * How a citation names a document (src/data/schema.json, $defs/cite). Each field left out
 * falls back (src/core/citations/csl.ts): title to the headline, date to the date published (or a report
 * page's stated report year), site to the publisher; a news article's author is its byline.
 */
export interface CiteFields {
  /**
   * A group author, whole ("U.S. Department of State", "U.S. Embassy Phnom Penh"), or a person's
   * name in its parts where the data knows the family name ({ family: "Taing", given: "Vida" }).
   */
  author?: string | { family: string; given: string };
  /** The report's title for the year and country, where the headline is not it. */
  title?: string;
  /** The site or newspaper the page was read on, as it writes its own name ("ecoi.net"). */
  site?: string;
  genre?: 'Press release';
  /** ISO: a day (2009-06-17) or a year (2017). */
  date?: string;
  /** Outside facts that give the date or the title. */
  outsideFacts?: string[];
  /** Where the title and date come from, in words. */
  note?: string;
}

/** A document of the articles source (founding articles and news passages). */
export type Article = SourceDocument;

export interface Country {
  name: string;
  /** ISO 3166-1 alpha-3 code, as the reference record writes it (Kosovo: KOS). */
  iso: string;
  aliases: string[];
  /** The articles (ids in articles.json) whose archived text names the country (checked). */
  namedIn: string[];
}

/** A fact from outside all the sources that some records need, with where a reader can check it. */
export interface OutsideFact {
  id: string;
  statement: string;
  check: string;
}

/** What every fact carries: its document, its shortest supporting quote, and its basis. */
export interface Sourced {
  /** The id of the document (article, passage or report page) the quote stands in. */
  document: string;
  quote: string;
  basis: Basis;
  /** Required when basis is inferred or external. */
  reasoning?: string;
  /** Ids of outside-facts.json; required when basis is external, and only then. */
  outsideFacts?: string[];
  /** Required on facts that disagree with another fact. */
  conflictNote?: string;
  /**
   * What the document gets wrong about this fact, as the data records it: a correction it
   * carries, a sentence that contradicts itself, a headline against its body, a year it gets
   * wrong. TIP_CHECK names each (src/core/tiers/check.ts).
   */
  errata?: Erratum[];
}

/** A press error about a fact, with the words that show it (verbatim in the same document). */
export interface Erratum {
  kind: 'correction' | 'self-contradiction' | 'headline against body' | 'wrong year';
  /** Verbatim in the fact's document, as quotes are. */
  quote: string;
  /** What is wrong and which reading the data takes, in a sentence. */
  note: string;
}

/** How a placement moved from the year before, as the words say it. */
export type Movement = 'upgraded' | 'downgraded' | 'remained';

export interface Placement extends Sourced {
  country: string;
  /** The report's year: the 2016 report covers April 2015 to March 2016. */
  year: number;
  tier: TierLabel;
  /** "downgraded", "upgraded to", "remained on": what the quote says of the move. */
  movement?: Movement;
  /**
   * "inferred" where the words do not name the move but imply it ("a reversal of last year's
   * Tier Two ranking" is read as downgraded): the move, not the tier, is a reading.
   */
  movementBasis?: 'inferred';
  /** "for the fourth straight year": years in a row in this tier, this one included. */
  consecutiveYears?: number;
  /** What the words call the country beyond its tier, such as "state sponsor" of trafficking. */
  labels?: string[];
}

/**
 * A negative fact: a country an article says was not listed in a report (no notTier), or was
 * not in a given tier that year (notTier: it left Tier 3). negativeNote says it in words.
 */
export interface NonPlacement extends Sourced {
  country: string;
  year: number;
  notTier?: TierLabel;
}

export interface Metric {
  key: string;
  label: string;
  /** The unit most of its figures count in; a figure says its own (Figure.unit). */
  unit: Unit;
  /** Other units some of its figures count in ("convictions" beside "individuals"). */
  otherUnits?: Unit[];
  /** global metrics describe the report itself (countries ranked...) and take no country. */
  scope: 'country' | 'global';
  aliases: string[];
  /** Counts from single events (one rescue, one trial): never charted as a yearly series. */
  oneOff?: boolean;
}

/**
 * The period a figure is about, as its text gives it: a calendar year ({year}); months of one
 * ({year, fromMonth, toMonth}: January–June 2019); months running into a later year ({year,
 * fromMonth, toYear, toMonth}: April 2008–March 2009); or the reporting period of the report of
 * `year` ({year, reportingPeriod}: "during the reporting period"), `unstated` where the text
 * gives no period and the reporting period is inferred.
 */
export interface Period {
  /**
   * The calendar year the figure is about (the first, for a period running into the next); the
   * report's year for a reporting period and for whole-report (global) metrics.
   */
  year: number;
  fromMonth?: number;
  toMonth?: number;
  /** The year the period ends in, when it runs past `year`. */
  toYear?: number;
  /** The reporting period of the report of `year`, whose months the text does not give. */
  reportingPeriod?: true;
  /** With reportingPeriod: the text gives the figure no period at all. */
  unstated?: true;
}

/**
 * What a figure counts (schema.json $defs/unit): figures of different units never share a
 * series, and a conviction counted is not a person convicted.
 */
export type Unit =
  | 'individuals'
  | 'victims'
  | 'cases'
  | 'convictions'
  | 'prosecutions'
  | 'USD'
  | 'percent'
  | 'countries'
  | 'edition';

/** Whose count a figure is, as its document attributes it. */
export interface Attribution {
  /** The counter: "National Committee for Counter Trafficking (NCCT)", "some media reports". */
  by: string;
  /** The document's words that make the attribution, verbatim in it (checked). */
  quote?: string;
}

export interface Figure extends Sourced {
  metric: string;
  /** null for global metrics. */
  country: string | null;
  period: Period;
  value: number;
  unit: Unit;
  qualifier?: string;
  attribution: Attribution;
}

/**
 * One entry of src/data/sources.json, the registry of tier sources. A source is data: the
 * files it names, read by the module of its kind (src/core/sources/). Order is precedence,
 * closest to the State Department's own words first: "any", the default of every source
 * argument (DEFAULT_SOURCE in src/core/tiers/compare.ts), takes the first source with a tier.
 */
export interface SourceEntry {
  /** The name the source argument takes: "report", "articles", "dataset". */
  key: string;
  /** Other names the source argument accepts, whatever their case. */
  names: string[];
  /** How messages name it: "the report's own words". */
  label: string;
  /** Its column heading and chart series name: "Report". */
  column: string;
  /** What TIP_CHECK's verdicts call it: "report", "record", "press" (its key when left out). */
  noun?: string;
  /** What it is and where it ends, for Help, the formula help and TIP_COUNTRIES. */
  about: string;
  /**
   * The press (exactly one, a documents source): the source TIP_CHECK checks against the
   * others, whose documents TIP_ARTICLES lists and countries' namedIn names.
   */
  press?: boolean;
  kind: 'documents' | 'record';
  /** kind documents: file names in src/data. */
  documents?: string;
  placements?: string;
  nonPlacements?: string;
  /** kind record: the file of a country-by-year tier record. */
  record?: string;
}

export interface DataFiles {
  /** src/data/sources.json. */
  sources: SourceEntry[];
  countries: Country[];
  metrics: Metric[];
  /** Figures quote documents of any documents source (the report's pages, the articles). */
  figures: Figure[];
  outsideFacts: OutsideFact[];
  /** Common names of the record's countries that it does not use ("Iran", "South Korea"), by ISO code. */
  referenceAliases: Record<string, string[]>;
  /** The files the sources name, by file name without .json in camelCase (reportPages). */
  articles: SourceDocument[];
  placements: Placement[];
  nonPlacements: NonPlacement[];
  referenceTiers: ReferenceFile;
  reportPages: SourceDocument[];
  reportPlacements: Placement[];
  /**
   * Every citation formatted in each style: not a file of src/data, but made from them at build
   * time (src/data/format-citations.ts) and carried by the bundles as strings.
   */
  citations: Citations;
  [file: string]: unknown;
}

/** The fields of a SourceEntry that name data files (scripts/lib.mjs keeps the same list). */
export const SOURCE_FILE_FIELDS = ['documents', 'placements', 'nonPlacements', 'record'] as const;

/** "report-pages.json" -> "reportPages": the key of a data file in DatasetFiles. */
export function fileKey(file: string): string {
  return file.replace(/\.json$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The project's copy of Kelley and Heiss's tier record (reference-tiers.json, written by
 * scripts/import-reference.mjs from map_tiers.csv; src/core/sources/reference.ts reads it).
 */
export interface ReferenceFile {
  title: string;
  authors: string;
  year: number;
  source: string;
  file: string;
  book: string;
  licence: string;
  coding: string;
  /** The usual run of report years of a country's rows: "1999-2015". */
  years: string;
  /**
   * "ISO|name|years as runs in row order (empty: the usual run)|one code a row (1-4, - for
   * NA)", one entry per run of consecutive CSV rows of a country, in the CSV's order.
   */
  countries: string[];
  /** The record as a citation names it: a data set at the commit the file was copied from. */
  cite: {
    authors: { family: string; given: string }[];
    title: string;
    site: string;
    date: string;
    url: string;
  };
  /** Set in the bundle only, where the codes travel two to a character (core/sources/reference.ts). */
  packed?: boolean;
}

export interface FormattedCitation {
  apa: string;
  chicago: string;
  short: string;
}

/** The formatted citations: documents by id, records by their source's key. */
export interface Citations {
  documents: Record<string, FormattedCitation>;
  records: Record<string, FormattedCitation>;
}

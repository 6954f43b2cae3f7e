/** The shape of the files in src/data, as src/data/schema.json describes them. */

/**
 * stated: the quoted text gives the value outright. inferred: it follows from the articles' own
 * text (possibly two articles together), with the reasoning recorded. external: it also needs a
 * fact from outside the articles, named in outsideFacts and recorded in outside-facts.json.
 */
export type Basis = 'stated' | 'inferred' | 'external';
export type TierLabel = 'Tier 1' | 'Tier 2' | 'Tier 2 Watch List' | 'Tier 3';

export interface Reading {
  about: string;
  reading: string;
}

export interface Article {
  id: string;
  headline: string;
  /** As the article names it; null where it names none. */
  publisher: string | null;
  /** The TIP report year the article discusses. */
  reportYear: number;
  reportYearBasis: Basis;
  reportYearClue: { quote: string; reasoning: string; outsideFacts?: string[] };
  /** File name of the archived copy in shared/articles. */
  file: string;
  /** Readings taken where the article is ambiguous, contradicts itself or carries a correction. */
  readings: Reading[];
}

export interface Country {
  name: string;
  /** ISO 3166-1 alpha-3 code, as the reference record writes it (Kosovo: KOS). */
  iso: string;
  aliases: string[];
  /** The articles whose archived text names the country (checked against the texts). */
  namedIn: string[];
}

/** A fact from outside the articles that some records need, with where a reader can check it. */
export interface OutsideFact {
  id: string;
  statement: string;
  check: string;
}

/** What every fact carries: the article, its shortest supporting quote, stated or inferred. */
export interface Sourced {
  article: string;
  quote: string;
  basis: Basis;
  /** Required when basis is inferred or external. */
  reasoning?: string;
  /** Ids of outside-facts.json; required when basis is external, and only then. */
  outsideFacts?: string[];
  /** Required on facts that disagree with another fact. */
  conflictNote?: string;
}

export interface Placement extends Sourced {
  country: string;
  /** The report's year: the 2016 report covers April 2015 to March 2016. */
  year: number;
  tier: TierLabel;
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
  unit: string;
  /** global metrics describe the report itself (countries ranked...) and take no country. */
  scope: 'country' | 'global';
  aliases: string[];
  /** Counts from single events (one rescue, one trial): never charted as a yearly series. */
  oneOff?: boolean;
}

export interface Period {
  /** The calendar year the figure is about; the report's year for whole-report (global) metrics. */
  year: number;
  fromMonth?: number;
  toMonth?: number;
}

export interface Figure extends Sourced {
  metric: string;
  /** null for global metrics. */
  country: string | null;
  period: Period;
  value: number;
  qualifier?: string;
}

export interface DatasetFiles {
  articles: Article[];
  countries: Country[];
  placements: Placement[];
  nonPlacements: NonPlacement[];
  metrics: Metric[];
  figures: Figure[];
  outsideFacts: OutsideFact[];
  reference: ReferenceFile;
  /** Common names of the record's countries that it does not use ("Iran", "South Korea"), by ISO code. */
  referenceAliases: Record<string, string[]>;
}

/**
 * The project's copy of Kelley and Heiss's tier record (reference-tiers.json, written by
 * scripts/import-reference.mjs from map_tiers.csv; src/core/reference.ts reads it).
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
  /** Set in the bundle only, where the codes travel two to a character (core/reference.ts). */
  packed?: boolean;
}

/** The shape of the files in src/data, as src/data/schema.json describes them. */

export type Basis = 'stated' | 'inferred';
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
  reportYearClue: { quote: string; reasoning: string };
  /** File name of the archived copy in shared/articles. */
  file: string;
  /** Readings taken where the article is ambiguous, contradicts itself or carries a correction. */
  readings: Reading[];
}

export interface Country {
  name: string;
  aliases: string[];
}

/** What every fact carries: the article, its shortest supporting quote, stated or inferred. */
export interface Sourced {
  article: string;
  quote: string;
  basis: Basis;
  /** Required when basis is inferred. */
  reasoning?: string;
  /** Required on facts that disagree with another fact. */
  conflictNote?: string;
}

export interface Placement extends Sourced {
  country: string;
  /** The report's year: the 2016 report covers April 2015 to March 2016. */
  year: number;
  tier: TierLabel;
}

/** A country an article says was left out of a report: no tier, and a reason to show. */
export interface NonPlacement extends Sourced {
  country: string;
  year: number;
  note: string;
}

export interface Metric {
  key: string;
  label: string;
  unit: string;
  /** global metrics describe the report itself (countries ranked...) and take no country. */
  scope: 'country' | 'global';
  aliases: string[];
}

export interface Period {
  /** The calendar year the figure is about. */
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
}

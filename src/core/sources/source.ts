/**
 * A source of tier placements, as every function, table, chart and check sees it. What sources
 * there are is data (src/data/sources.json); each entry is read by the module of its kind
 * (./documents.ts for quoted documents, ./record.ts for a country-by-year record), and
 * ./registry.ts builds them in the registry's order, which is the order "any" tries them in.
 */
import type { FormattedCitation } from '../citations/csl';
import type { Country, SourceEntry, TierLabel } from '../base/types';

/** A source's answer for a country and report year. */
export interface TierAnswer {
  tier: TierLabel;
  /**
   * How the value was reached: "stated", "inferred" or "external" for quoted documents,
   * "coded" for a record's value.
   */
  basis: string;
  /** One citation a line, the strongest first (built when read: it needs the documents). */
  readonly citations: string[];
  /** Where it comes from in a few words, for a table cell: "Headline (Publisher)". */
  readonly short: string;
  /**
   * The formatted citations of what gives it (src/core/citations/csl.ts): the first quoted document's,
   * or the record's (a data set). What =TIP_CITE and the sidebar's "Copy citation" give.
   */
  readonly cited: FormattedCitation;
  /** How it was reached in full (=TIP_BASIS with detail TRUE). */
  readonly detail: string;
}

export interface TierSource {
  readonly entry: SourceEntry;
  /** The name the source argument takes ("report"). */
  readonly key: string;
  /** How messages name it ("the report's own words"). */
  readonly label: string;
  /** Its tier for a country and report year, or null where it gives none. */
  tier(country: Country, year: number): TierAnswer | null;
  /** Report years with a tier for the country, ascending. */
  years(country: Country): number[];
  /**
   * What it says when it has no tier: a negative fact, an NA row, the years it does cover.
   * One sentence or more, ending with a full stop.
   */
  missing(country: Country, year: number): string;
  /**
   * What it says of a country and year instead of a tier (a negative fact in words, an NA row),
   * each sentence ending with a full stop and a space; '' where it says nothing.
   */
  said(country: Country, year: number): string;
  /**
   * Citations of everything it says about a country's placement in a year, a tier or not
   * (a negative fact, an NA row); empty where it says nothing.
   */
  citations(country: Country, year: number): string[];
  /**
   * The source's cell in a table: its tier, or what it says instead ("NA", "not in Tier 3",
   * "not listed"), or '' where it says nothing.
   */
  mark(country: Country, year: number): string;
  /** Whether the source says anything about the country (a tier, or a negative fact). */
  covers(country: Country): boolean;
  /** Every report year it gives a tier for, of any country, ascending. */
  reportYears(): number[];
}

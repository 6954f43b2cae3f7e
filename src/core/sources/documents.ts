/**
 * A source of quoted documents (kind "documents" in src/data/sources.json): the articles, the
 * report's own words. Every tier it gives stands on a verbatim quote in one of its documents,
 * with a basis; where it has no tier it says what its documents do say (a negative fact) and
 * which years it covers.
 */
import {
  type Library,
  basisDetail,
  citation,
  negativeNote,
  overallBasis,
  publisherLabel,
} from '../citations/citation';
import { show } from '../base/errors';
import { yearRanges } from '../base/text';
import { fileKey } from '../base/types';
import type {
  Country,
  DataFiles,
  NonPlacement,
  Placement,
  SourceDocument,
  SourceEntry,
  Sourced,
} from '../base/types';
import type { TierAnswer, TierSource } from './source';

/** Stated sources before inferred ones; otherwise the order of the data files. */
export function statedFirst<T extends Sourced>(facts: readonly T[]): T[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort(
      (a, b) =>
        Number(a.fact.basis !== 'stated') - Number(b.fact.basis !== 'stated') || a.index - b.index,
    )
    .map((entry) => entry.fact);
}

export class DocumentsSource implements TierSource {
  readonly key: string;
  readonly label: string;

  /**
   * The files are read on first use only: in dist/Code.js each is parsed when first touched,
   * and a TIP_TIER call needs the placements, never the documents' prose.
   */
  constructor(
    readonly entry: SourceEntry,
    private readonly files: DataFiles,
    private readonly ds: Library,
  ) {
    this.key = entry.key;
    this.label = entry.label;
  }

  get documents(): readonly SourceDocument[] {
    return this.files[fileKey(this.entry.documents as string)] as SourceDocument[];
  }
  get placements(): readonly Placement[] {
    return this.files[fileKey(this.entry.placements as string)] as Placement[];
  }
  get nonPlacements(): readonly NonPlacement[] {
    const file = this.entry.nonPlacements;
    return file ? (this.files[fileKey(file)] as NonPlacement[]) : [];
  }

  /** Every placement of a country in a report year, stated ones first. */
  placementsFor(country: string, year: number): Placement[] {
    // A scan of a few dozen records is cheaper than building an index on a cold start, and a
    // range asks once per distinct year (src/core/arguments/grid.ts).
    return statedFirst(this.placements.filter((p) => p.country === country && p.year === year));
  }

  /** What the documents say a country was not in a report year: not listed, or not in a tier. */
  nonPlacementsFor(country: string, year: number): NonPlacement[] {
    return this.nonPlacements.filter((n) => n.country === country && n.year === year);
  }

  tier(country: Country, year: number): TierAnswer | null {
    const facts = this.placementsFor(country.name, year);
    if (facts.length === 0) return null;
    const ds = this.ds;
    // Citations read the documents' prose: only when asked for, never for a bare TIP_TIER.
    return {
      tier: facts[0].tier,
      basis: overallBasis(facts),
      get citations() {
        return facts.map((f) => citation(ds, f));
      },
      get short() {
        return shortSources(ds, facts);
      },
      get cited() {
        return ds.citation(facts[0].document);
      },
      get detail() {
        return facts.map((f) => basisDetail(ds, f)).join('\n');
      },
    };
  }

  years(country: Country): number[] {
    const years = this.placements.filter((p) => p.country === country.name).map((p) => p.year);
    return [...new Set(years)].sort((a, b) => a - b);
  }

  missing(country: Country, year: number): string {
    const years = this.years(country);
    const withTier = years.length
      ? `its report years with a tier: ${yearRanges(years)}.`
      : 'it has no tier for any year.';
    return `${this.said(country, year)}No tier for ${country.name} in the ${show(year)} report in ${this.label}; ${withTier}`;
  }

  said(country: Country, year: number): string {
    const negatives = this.nonPlacementsFor(country.name, year);
    return negatives.map((n) => `${negativeNote(this.ds, n)} `).join('');
  }

  citations(country: Country, year: number): string[] {
    return [
      ...this.placementsFor(country.name, year),
      ...this.nonPlacementsFor(country.name, year),
    ].map((f) => citation(this.ds, f));
  }

  mark(country: Country, year: number): string {
    const tier = this.placementsFor(country.name, year)[0]?.tier;
    if (tier) return tier;
    const negative = this.nonPlacementsFor(country.name, year)[0];
    return negative ? (negative.notTier ? `not in ${negative.notTier}` : 'not listed') : '';
  }

  covers(country: Country): boolean {
    return [...this.placements, ...this.nonPlacements].some((f) => f.country === country.name);
  }

  reportYears(): number[] {
    return [...new Set(this.placements.map((p) => p.year))].sort((a, b) => a - b);
  }
}

/** "Headline (Publisher); Headline (Publisher)": the documents behind some facts, once each. */
export function shortSources(ds: Library, facts: readonly Sourced[]): string {
  const docs = [...new Set(facts.map((f) => f.document))].map((id) => ds.document(id));
  return docs.map((d) => `${d.headline} (${publisherLabel(d)})`).join('; ');
}

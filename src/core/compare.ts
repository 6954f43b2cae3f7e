/**
 * The articles against Kelley and Heiss's record: which source a tier comes from when the user
 * names one, and how the two compare for a country and report year. A value from the record
 * is only ever returned when the user asked for "dataset" or "any".
 */
import { TipError, show } from './errors';
import type { Dataset } from './dataset';
import { overallBasis, tierFact, type TierFact } from './lookup';
import type { ReferenceRow } from './reference';
import { normalizeKey, yearRanges } from './text';
import type { Basis, Country, TierLabel } from './types';
import { type CellValue, isBlank } from './values';

export type TierSource = 'articles' | 'dataset' | 'any';
export type Check = 'agrees' | 'differs' | 'articles only' | 'dataset only' | 'neither';

export const SOURCES: readonly TierSource[] = ['articles', 'dataset', 'any'];

/** "articles" (also when blank), "dataset" or "any", whatever the case. */
export function parseSource(value: CellValue): TierSource {
  if (isBlank(value)) return 'articles';
  const found = SOURCES.find((s) => typeof value === 'string' && normalizeKey(value) === s);
  if (found) return found;
  throw new TipError(
    `source ${show(value)} is not a source: give "articles" (the news articles, the default), "dataset" (Kelley and Heiss's record only) or "any" (the articles where they give a tier, otherwise the record).`,
  );
}

/** The record's row with a tier for the country and year, or a message saying what it has. */
export function datasetRow(ds: Dataset, country: Country, year: number): ReferenceRow {
  const row = ds.reference.row(country.iso, year);
  if (row?.tier) return row;
  const years = ds.reference.tierYears(country.iso);
  const has = years.length
    ? `its report years with a tier: ${yearRanges(years)}`
    : 'it has no tier for any year';
  const [from, to] = ds.reference.span;
  // The record's rows before its first report (1999, 2000) are all NA: no report to cite.
  if (!row || year < from || year > to) {
    throw new TipError(
      `${ds.reference.label} covers report years ${from}–${to} and has no row for ${country.name} in ${show(year)}; ${has}.`,
    );
  }
  throw new TipError(
    `${ds.reference.label} has no tier for ${country.name} in the ${year} report (NA: not in that report, or a special case; ${ds.reference.file.file} row ${row.row}); ${has}.`,
  );
}

export interface SourcedTier {
  tier: TierLabel;
  from: 'articles' | 'dataset';
  fact?: TierFact;
  row?: ReferenceRow;
}

/** The tier from the source asked for; "any" takes the articles where they give one. */
export function tierFrom(
  ds: Dataset,
  country: Country,
  year: number,
  source: TierSource,
): SourcedTier {
  if (source === 'dataset') {
    const row = datasetRow(ds, country, year);
    return { tier: row.tier as TierLabel, from: 'dataset', row };
  }
  if (source === 'any' && ds.placementsFor(country.name, year).length === 0) {
    const row = ds.reference.row(country.iso, year);
    if (row?.tier) return { tier: row.tier, from: 'dataset', row };
    const years = tierYears(ds, country, 'any');
    throw new TipError(
      `No tier for ${country.name} in the ${show(year)} report in the articles or in ${ds.reference.label}; ` +
        (years.length
          ? `report years with a tier in either: ${yearRanges(years)}.`
          : 'neither has one for any year.'),
    );
  }
  const fact = tierFact(ds, country, year);
  return { tier: fact.tier, from: 'articles', fact };
}

export interface Comparison {
  check: Check;
  articles?: TierLabel;
  basis?: Basis;
  /** The record's row, with or without a tier (NA), where it has one. */
  row?: ReferenceRow;
}

/** How the articles and the record compare for a country and report year. */
export function compareTier(ds: Dataset, country: Country, year: number): Comparison {
  const placed = ds.placementsFor(country.name, year);
  const row = ds.reference.row(country.iso, year);
  const articles = placed[0]?.tier;
  const basis = placed.length ? overallBasis(placed) : undefined;
  const inRecord = row?.tier ?? undefined;
  const check: Check =
    articles && inRecord
      ? articles === inRecord
        ? 'agrees'
        : 'differs'
      : articles
        ? 'articles only'
        : inRecord
          ? 'dataset only'
          : 'neither';
  return { check, articles, basis, row };
}

/**
 * The record's line in a citation: authors, file and row, what it gives, and how that
 * compares with the articles.
 */
export function referenceCitation(ds: Dataset, comparison: Comparison): string | null {
  const { row, check, articles, basis } = comparison;
  if (!row) return null;
  const ref = ds.reference.file;
  const given = row.tier
    ? `${row.tier} (code ${row.code})`
    : 'NA (not in that report, or a special case)';
  const versus: Record<Check, string> = {
    agrees: 'agrees with the articles',
    differs: `differs from the articles, which give ${articles} (${basis})`,
    'articles only': `the articles give ${articles} (${basis})`,
    'dataset only': 'the articles give no tier',
    neither: 'the articles give no tier',
  };
  return `${ref.authors}, ${ref.title} (${ref.year}, MIT licence), ${ref.file} row ${row.row}: ${row.name}, ${row.year} report, ${given}; ${versus[check]}.`;
}

/** Report years with a tier for the country in the source asked for, ascending. */
export function tierYears(ds: Dataset, country: Country, source: TierSource): number[] {
  const articles = source === 'dataset' ? [] : ds.tierYears(country.name);
  const record = source === 'articles' ? [] : ds.reference.tierYears(country.iso);
  return [...new Set([...articles, ...record])].sort((a, b) => a - b);
}

/**
 * A country-by-year record of tiers (kind "record" in src/data/sources.json): Kelley and
 * Heiss's Scorecard Diplomacy data. Its value is the coders' reading of the report, cited by
 * file and row; NA (not in that report, or a special case) is kept apart from a year it has no
 * row for.
 */
import { show } from '../base/errors';
import { ReferenceRecord, type ReferenceRow } from './reference';
import { yearRanges } from '../base/text';
import { fileKey } from '../base/types';
import type { Country, DataFiles, ReferenceFile, SourceEntry } from '../base/types';
import type { TierAnswer, TierSource } from './source';
import type { FormattedCitation } from '../citations/csl';

export class RecordSource implements TierSource {
  readonly key: string;
  readonly label: string;
  private parsed: ReferenceRecord | undefined;

  constructor(
    readonly entry: SourceEntry,
    private readonly files: DataFiles,
  ) {
    this.key = entry.key;
    this.label = entry.label;
  }

  /** The record, parsed on first use: most calls never ask for it. */
  get record(): ReferenceRecord {
    const file = this.files[fileKey(this.entry.record as string)] as ReferenceFile;
    return (this.parsed ??= new ReferenceRecord(file));
  }

  /** The row for a country and report year, with or without a tier (NA). */
  row(country: Country, year: number): ReferenceRow | undefined {
    return this.record.row(country.iso, year);
  }

  tier(country: Country, year: number): TierAnswer | null {
    const row = this.row(country, year);
    if (!row?.tier) return null;
    const cite = () => this.rowCitation(row);
    const short = `${this.label}, ${this.record.file.file} row ${row.row}`;
    const cited = () => this.cited;
    const file = this.record.file.file;
    return {
      tier: row.tier,
      basis: 'coded',
      get citations() {
        return [cite()];
      },
      short,
      get cited() {
        return cited();
      },
      detail: `coded: Kelley and Heiss's coders' reading of the ${year} report, ${file} row ${row.row} (code ${row.code}).`,
    };
  }

  years(country: Country): number[] {
    return this.record.tierYears(country.iso);
  }

  missing(country: Country, year: number): string {
    const row = this.row(country, year);
    const years = this.years(country);
    const has = years.length
      ? `its report years with a tier: ${yearRanges(years)}.`
      : 'it has no tier for any year.';
    const [from, to] = this.record.span;
    if (row && !row.tier) {
      // An NA row inside the record's years is a statement: not in that report.
      const inYears = year >= from && year <= to;
      return inYears
        ? `${this.label} has no tier for ${country.name} in the ${year} report (NA: not in that report, or a special case; ${this.record.file.file} row ${row.row}); ${has}`
        : `${this.label} covers report years ${from}–${to}; its row for ${country.name} in ${year} (${this.record.file.file} row ${row.row}) is NA, before the first report; ${has}`;
    }
    return `${this.label} covers report years ${from}–${to} and has no row for ${country.name} in ${show(year)}; ${has}`;
  }

  said(country: Country, year: number): string {
    const row = this.row(country, year);
    const [from, to] = this.record.span;
    return row && !row.tier && year >= from && year <= to
      ? `${this.label} has NA for ${country.name} in the ${year} report (not in that report, or a special case; ${this.record.file.file} row ${row.row}). `
      : '';
  }

  citations(country: Country, year: number): string[] {
    const row = this.row(country, year);
    return row ? [this.rowCitation(row)] : [];
  }

  mark(country: Country, year: number): string {
    const row = this.row(country, year);
    return row ? (row.tier ?? 'NA') : '';
  }

  covers(country: Country): boolean {
    return this.record.countries.has(country.iso);
  }

  reportYears(): number[] {
    const [from, to] = this.record.span;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }

  /** The record's citations as a data set, formatted at build time (src/data/format-citations.ts). */
  get cited(): FormattedCitation {
    const found = this.files.citations.records[this.key];
    if (!found) throw new Error(`The dataset has no formatted citation of "${this.key}".`);
    return found;
  }

  /**
   * What the row gives, then the file and row and the short citation of the data set:
   * "Cambodia, 2011 report: Tier 2 Watch List (code 3) — map_tiers.csv row 520, (Kelley & Heiss, 2017); coded."
   */
  rowCitation(row: ReferenceRow): string {
    const given = row.tier
      ? `${row.tier} (code ${row.code})`
      : 'NA (not in that report, or a special case)';
    return `${row.name}, ${row.year} report: ${given} — ${this.record.file.file} row ${row.row}, ${this.cited.short}; coded.`;
  }
}

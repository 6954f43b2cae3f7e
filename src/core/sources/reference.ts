/**
 * Kelley and Heiss's record of every country's tier (Scorecard Diplomacy, MIT licence), as the
 * project keeps it (reference-tiers.json): read on first use only, since most calls never ask
 * for it. Report years are the record's own; NA (not in that report, or a special case) is
 * kept apart from a year the record has no row for.
 */
import type { ReferenceFile, TierLabel } from '../base/types';

const CODES: Readonly<Record<string, TierLabel>> = {
  '1': 'Tier 1',
  '2': 'Tier 2',
  '3': 'Tier 2 Watch List',
  '4': 'Tier 3',
};

/** One row of map_tiers.csv: its number in the file (the header is row 1) and its tier. */
export interface ReferenceRow {
  iso: string;
  name: string;
  year: number;
  /** null where the record has NA. */
  tier: TierLabel | null;
  /** The code as the record writes it: 1–4, or NA. */
  code: string;
  row: number;
}

export interface ReferenceCountry {
  iso: string;
  name: string;
  rows: Map<number, ReferenceRow>;
}

/**
 * The bundle carries the codes two to a character (scripts/build.mjs, packCodes): a letter
 * A–Y stands for a pair of codes, "-1234" read as the digits 0–4 of a base-5 number.
 */
export const PAIR_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXY';
const CODE_DIGITS = '-1234';

export function packCodes(codes: string): string {
  let packed = '';
  for (let i = 0; i < codes.length; i += 2) {
    const pair = CODE_DIGITS.indexOf(codes[i]) * 5 + CODE_DIGITS.indexOf(codes[i + 1] ?? '-');
    packed += PAIR_LETTERS[pair];
  }
  return packed;
}

export function unpackCodes(packed: string): string {
  let codes = '';
  for (const letter of packed) {
    const pair = PAIR_LETTERS.indexOf(letter);
    codes += CODE_DIGITS[Math.floor(pair / 5)] + CODE_DIGITS[pair % 5];
  }
  return codes;
}

/** "2015,1999-2014" -> [2015, 1999, 2000, …, 2014]: the years of consecutive rows, in order. */
export function runYears(runs: string): number[] {
  return runs.split(',').flatMap((run) => {
    const [from, to = from] = run.split('-').map(Number);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

export class ReferenceRecord {
  private parsed: Map<string, ReferenceCountry> | undefined;

  constructor(readonly file: ReferenceFile) {}

  /** "Kelley and Heiss's dataset": the authors' surnames, as messages name the record. */
  get label(): string {
    const surnames = this.file.authors.split(' and ').map((a) => a.split(' ').pop());
    return `${surnames.join(' and ')}'s dataset`;
  }

  /** Countries by ISO code, in the record's order. */
  get countries(): Map<string, ReferenceCountry> {
    if (this.parsed) return this.parsed;
    const byIso = new Map<string, ReferenceCountry>();
    let row = 1;
    for (const entry of this.file.countries) {
      const [iso, name, runs, stored] = entry.split('|');
      const codes = this.file.packed ? unpackCodes(stored) : stored;
      let country = byIso.get(iso);
      if (!country) byIso.set(iso, (country = { iso, name, rows: new Map() }));
      runYears(runs || this.file.years).forEach((year, i) => {
        const code = codes[i] === '-' ? 'NA' : codes[i];
        row++;
        (country as ReferenceCountry).rows.set(year, {
          iso,
          name,
          year,
          tier: CODES[code] ?? null,
          code,
          row,
        });
      });
    }
    return (this.parsed = byIso);
  }

  private readonly single = new Map<string, ReferenceCountry | undefined>();

  /**
   * One country's rows, without reading the others' codes: the default "any" asks the record
   * for every tier, and a cold start should not unpack 193 countries to answer for one. Row
   * numbers still count every earlier entry's rows.
   */
  private country(iso: string): ReferenceCountry | undefined {
    if (this.parsed) return this.parsed.get(iso);
    if (this.single.has(iso)) return this.single.get(iso);
    const usual = runYears(this.file.years).length;
    let row = 1;
    let country: ReferenceCountry | undefined;
    for (const entry of this.file.countries) {
      const bar = entry.indexOf('|');
      const second = entry.indexOf('|', bar + 1);
      const third = entry.indexOf('|', second + 1);
      const runs = entry.slice(second + 1, third);
      if (entry.slice(0, bar) !== iso) {
        row += runs ? runYears(runs).length : usual;
        continue;
      }
      const name = entry.slice(bar + 1, second);
      const stored = entry.slice(third + 1);
      const codes = this.file.packed ? unpackCodes(stored) : stored;
      country ??= { iso, name, rows: new Map() };
      for (const [i, year] of runYears(runs || this.file.years).entries()) {
        const code = codes[i] === '-' ? 'NA' : codes[i];
        row++;
        country.rows.set(year, { iso, name, year, tier: CODES[code] ?? null, code, row });
      }
    }
    this.single.set(iso, country);
    return country;
  }

  /** The row for a country and report year, or undefined where the record has none. */
  row(iso: string, year: number): ReferenceRow | undefined {
    return this.country(iso)?.rows.get(year);
  }

  /** Report years in which the country has a tier in the record, ascending. */
  tierYears(iso: string): number[] {
    const rows = this.country(iso)?.rows;
    return rows
      ? [...rows.values()]
          .filter((r) => r.tier)
          .map((r) => r.year)
          .sort((a, b) => a - b)
      : [];
  }

  /** The first and last report years with any tier in the record (2001, 2015). */
  get span(): [number, number] {
    let min = Infinity;
    let max = -Infinity;
    for (const c of this.countries.values()) {
      for (const r of c.rows.values()) {
        if (r.tier) {
          min = Math.min(min, r.year);
          max = Math.max(max, r.year);
        }
      }
    }
    return [min, max];
  }
}

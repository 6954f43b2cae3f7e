/**
 * Country names beyond the sources' own: the ISO 3166-1 codes (alpha-2 "KH", alpha-3 "KHM")
 * and common English short names of i18n-iso-countries ("Myanmar", "Cabo Verde"), and a "did
 * you mean" for a name no source knows, ranked by edit distance (fastest-levenshtein).
 *
 * Pure: the countries a caller knows are passed in (DataIndex.allCountries).
 */
import { distance } from 'fastest-levenshtein';
import { show } from './errors';
import { isoTable } from './iso-table';
import { normalizeName } from './text';
import type { Country } from './types';

/** The country a formula means when it names none. */
export const DEFAULT_COUNTRY = 'Cambodia';

/** A country of the ISO table, with the code the sources write it under. */
export interface IsoCountry {
  alpha2: string;
  alpha3: string;
  /** The alpha-3 code as Kelley and Heiss's record writes it (Kosovo: KOS). */
  code: string;
  /** English short names, the library's first. */
  names: string[];
}

/**
 * Codes the record writes otherwise than the library. Kosovo has no ISO 3166-1 code; the
 * library gives it the user-assigned XK and XKK, the record KOS.
 */
export const RECORD_CODES: Readonly<Record<string, string>> = { XKK: 'KOS' };

interface IsoIndex {
  all: IsoCountry[];
  byCode: Map<string, IsoCountry>;
  byName: Map<string, IsoCountry>;
  /** Names the library gives to two countries ("congo"): they stand for neither. */
  shared: Set<string>;
}

let index: IsoIndex | undefined;

function isoIndex(): IsoIndex {
  if (index) return index;
  const all = isoTable().map(([alpha2, alpha3, ...names]): IsoCountry => ({
    alpha2,
    alpha3,
    code: RECORD_CODES[alpha3] ?? alpha3,
    names,
  }));
  const byCode = new Map<string, IsoCountry>();
  const byName = new Map<string, IsoCountry>();
  const shared = new Set<string>();
  for (const c of all) {
    byCode.set(c.alpha2, c);
    byCode.set(c.alpha3, c);
    for (const name of c.names) {
      const key = normalizeName(name);
      const other = byName.get(key);
      if (other && other !== c) shared.add(key);
      else byName.set(key, c);
    }
  }
  for (const key of shared) byName.delete(key);
  index = { all, byCode, byName, shared };
  return index;
}

/** Every country of the ISO table. */
export function isoCountries(): readonly IsoCountry[] {
  return isoIndex().all;
}

/** Names the library gives to more than one country, folded ("congo"): accepted for none. */
export function sharedIsoNames(): string[] {
  return [...isoIndex().shared].sort();
}

/** Two or three letters: the shape of an ISO code. */
function looksLikeCode(text: string): boolean {
  return /^[A-Za-z]{2,3}$/.test(text.trim());
}

/**
 * The ISO country a code (alpha-2 or alpha-3, any case) or an English short name of the library
 * stands for, whatever its case and punctuation; undefined for anything else, and for a name
 * the library gives to two countries ("Congo").
 */
export function isoCountry(text: string): IsoCountry | undefined {
  const { byCode, byName } = isoIndex();
  const code = looksLikeCode(text) ? byCode.get(text.trim().toUpperCase()) : undefined;
  return code ?? byName.get(normalizeName(text));
}

/** The country of `countries` whose code an ISO code or English short name gives ("KH", "MM"). */
export function countryByIsoName(countries: readonly Country[], text: string): Country | undefined {
  const iso = isoCountry(text);
  return iso && countries.find((c) => c.iso === iso.code);
}

/**
 * The names of `countries` closest to a name none of them has: every name and alias of each,
 * and the library's names for its code, ranked by edit distance on the folded text (case,
 * accents and punctuation aside), the closest first, ties by name. Up to `max` names, each
 * within a quarter of the text's length (at least 1); none for a text of three letters or
 * fewer, where every code is that close.
 */
export function closestCountries(countries: readonly Country[], text: string, max = 3): string[] {
  const wanted = normalizeName(text);
  if (wanted.replace(/ /g, '').length <= 3) return [];
  const limit = Math.max(1, Math.floor(wanted.length / 4));
  const index = nameIndex(countries);
  const { names, owners, pairs } = index;
  // Two texts within `limit` edits share at least (longer length - 1 - 2 × limit) pairs of
  // adjacent letters (an edit breaks at most two), which is 1 or more for a text of four
  // letters or more: only names that share enough pairs, and whose length is within the
  // limit, are measured. A name costs microseconds, and a 50,000-character text none.
  const { shared } = index;
  const touched: number[] = [];
  for (let i = 0; i + 1 < wanted.length; i++) {
    for (const k of pairs.get(wanted.slice(i, i + 2)) ?? []) {
      if (shared[k]++ === 0) touched.push(k);
    }
  }
  const best = new Map<string, number>();
  for (const k of touched) {
    const name = names[k];
    const count = shared[k];
    shared[k] = 0;
    if (Math.abs(name.length - wanted.length) > limit) continue;
    if (count < Math.max(name.length, wanted.length) - 1 - 2 * limit) continue;
    const d = distance(wanted, name);
    if (d <= limit && d < (best.get(owners[k]) ?? Infinity)) best.set(owners[k], d);
  }
  return [...best]
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name]) => name);
}

interface NameIndex {
  /** Every name and alias of each country, and the library's names for its code, folded. */
  names: string[];
  /** The country's name for each of them. */
  owners: string[];
  /** Each pair of adjacent letters, with the names it occurs in (once per occurrence). */
  pairs: Map<string, number[]>;
  /** Pairs shared with the text, per name: zero between calls (a counter reused, not made). */
  shared: Int32Array;
}

/** The names closestCountries measures, worked out once per list of countries. */
const nameIndexes = new WeakMap<readonly Country[], NameIndex>();
function nameIndex(countries: readonly Country[]): NameIndex {
  const known = nameIndexes.get(countries);
  if (known) return known;
  const index: NameIndex = { names: [], owners: [], pairs: new Map(), shared: new Int32Array() };
  const isoNames = new Map(isoCountries().map((c) => [c.code, c.names]));
  for (const c of countries) {
    const names = [c.name, ...c.aliases, ...(isoNames.get(c.iso) ?? [])];
    for (const folded of new Set(names.map(normalizeName))) {
      const k = index.names.length;
      index.names.push(folded);
      index.owners.push(c.name);
      for (let i = 0; i + 1 < folded.length; i++) {
        const pair = folded.slice(i, i + 2);
        const list = index.pairs.get(pair) ?? [];
        list.push(k);
        index.pairs.set(pair, list);
      }
    }
  }
  index.shared = new Int32Array(index.names.length);
  nameIndexes.set(countries, index);
  return index;
}

/** 'Did you mean "Cambodia"?', 'Did you mean "Niger" or "Nigeria"?'; '' for no name. */
export function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const quoted = names.map((n) => show(n));
  const list =
    quoted.length === 1
      ? quoted[0]
      : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return `Did you mean ${list}?`;
}

/**
 * Why no country of `countries` answers to `text`, naming it: a country of the ISO table that
 * the sources do not cover, a code no country has, or a name with the closest names suggested.
 * `where` says what was searched ("the articles or in Kelley and Heiss's dataset"); `valid`
 * what is accepted and where to find it.
 */
export function unknownCountryMessage(
  countries: readonly Country[],
  text: string,
  where: string,
  valid: string,
): string {
  const head = `No country ${show(text)} in ${where}`;
  const iso = isoCountry(text);
  if (iso) {
    const codes = `ISO ${iso.alpha2}, ${iso.alpha3}`;
    return `${head}: ${show(text)} is ${iso.names[0]} (${codes}), which they do not cover; ${valid}.`;
  }
  if (looksLikeCode(text)) {
    return `${head}, and no country has the ISO code ${show(text.trim().toUpperCase())}: ${valid}.`;
  }
  const suggestion = didYouMean(closestCountries(countries, text));
  return suggestion ? `${head}. ${suggestion} ${valid}.` : `${head}: ${valid}.`;
}

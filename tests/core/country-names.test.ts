/**
 * core/base/country-names.ts in isolation: ISO codes and English short names from i18n-iso-countries,
 * and "did you mean" for a name no source knows. The countries are built here from the data
 * files as DataIndex.allCountries merges them (the articles' countries with the record's names,
 * codes and common names; then the record's other countries).
 */
import {
  closestCountries,
  countryByIsoName,
  didYouMean,
  isoCountries,
  isoCountry,
  sharedIsoNames,
  unknownCountryMessage,
} from '../../src/core/base/country-names';
import { normalizeName } from '../../src/core/base/text';
import type { Country } from '../../src/core/base/types';
import articleCountries from '../../src/data/countries.json';
import referenceAliases from '../../src/data/reference-aliases.json';
import referenceTiers from '../../src/data/reference-tiers.json';

const common = referenceAliases as Record<string, string[]>;
const recordNames = new Map(
  referenceTiers.countries.map((entry) => entry.split('|').slice(0, 2) as [string, string]),
);
const ours = new Set(articleCountries.map((c) => c.iso));
const countries: Country[] = [
  ...articleCountries.map((c) => ({
    ...c,
    aliases: [...c.aliases, recordNames.get(c.iso) ?? '', c.iso, ...(common[c.iso] ?? [])].filter(
      Boolean,
    ),
  })),
  ...[...recordNames]
    .filter(([iso]) => !ours.has(iso))
    .map(([iso, name]) => ({ name, iso, aliases: [iso, ...(common[iso] ?? [])], namedIn: [] })),
];

/** The sources' own lookup: a name or alias, folded. */
const byName = new Map<string, Country>();
for (const c of countries) for (const n of [c.name, ...c.aliases]) byName.set(normalizeName(n), c);
const find = (text: string) => byName.get(normalizeName(text)) ?? countryByIsoName(countries, text);

describe('ISO codes and English short names', () => {
  test.each([
    ['KH', 'Cambodia'],
    ['kh', 'Cambodia'],
    [' Kh ', 'Cambodia'],
    ['KHM', 'Cambodia'],
    ['Burma', 'Burma'],
    ['Myanmar', 'Burma'],
    ['MM', 'Burma'],
    ['MMR', 'Burma'],
    ['mmr', 'Burma'],
    ['VN', 'Vietnam'],
    ['Viet Nam', 'Vietnam'],
    ['KP', 'North Korea'],
    ['Cabo Verde', 'Cabo Verde'],
    ['CV', 'Cabo Verde'],
    ['Cape Verde', 'Cabo Verde'],
    ['The Republic of North Macedonia', 'Macedonia, the former Yugoslav Republic of'],
    ['US', undefined],
    ['GB', 'United Kingdom'],
    // Names only the library gives.
    ['The Gambia', 'Gambia'],
    ['Islamic Republic of Iran', 'Iran, Islamic Republic of'],
    ['Great Britain', 'United Kingdom'],
  ])('%p is %p', (text, name) => {
    const found = find(text);
    if (name === undefined) {
      // The United States is ranked in the report from 2010; the record has no row for it.
      expect(recordNames.has('USA')).toBe(false);
      expect(found).toBeUndefined();
      expect(isoCountry(text)?.alpha3).toBe('USA');
    } else expect(found?.name).toBe(name);
  });

  test('Kosovo: XK and XKK in the library, KOS in the record', () => {
    expect(recordNames.get('KOS')).toBe('Kosovo');
    expect(isoCountry('XK')).toEqual({
      alpha2: 'XK',
      alpha3: 'XKK',
      code: 'KOS',
      names: ['Kosovo'],
    });
    expect(find('XK')?.iso).toBe('KOS');
    expect(find('xkk')?.iso).toBe('KOS');
  });

  test('every code of the record is a code of the library (Kosovo as KOS)', () => {
    const codes = new Set(isoCountries().map((c) => c.code));
    expect([...recordNames.keys()].filter((iso) => !codes.has(iso))).toEqual([]);
  });

  test('a name the library gives to two countries stands for neither', () => {
    expect(sharedIsoNames()).toEqual(['congo']);
    expect(isoCountry('Congo')).toBeUndefined();
    // The record's own name still finds its country.
    expect(find('Congo')?.iso).toBe('COG');
    expect(find('Democratic Republic of the Congo')?.iso).toBe('COD');
  });

  test('no library name or code stands for two countries of the sources', () => {
    const clashes: string[] = [];
    for (const iso of isoCountries()) {
      const target = countries.find((c) => c.iso === iso.code);
      for (const text of [iso.alpha2, iso.alpha3, ...iso.names]) {
        if (sharedIsoNames().includes(normalizeName(text))) continue;
        const own = byName.get(normalizeName(text));
        // Where the sources know the name too, it is the same country.
        if (own && own.iso !== iso.code) clashes.push(`${text}: ${own.iso} / ${iso.code}`);
        if (target) expect(countryByIsoName(countries, text)).toBe(target);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('the library has 250 countries, each with two codes and an English name', () => {
    expect(isoCountries()).toHaveLength(250);
    for (const c of isoCountries()) {
      expect(c.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(c.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(c.names.length).toBeGreaterThan(0);
    }
  });
});

describe('did you mean', () => {
  test.each([
    ['Cambodja', ['Cambodia']],
    ['cambodja', ['Cambodia']],
    ['Camboda', ['Cambodia']],
    ['Phillipines', ['Philippines']],
    ['Myanmr', ['Burma']],
    ['Tailand', ['Thailand']],
    ['Kazakstan', ['Kazakhstan']],
    ['Nigera', ['Niger', 'Nigeria']],
    ['Atlantis', []],
    ['Cam', []],
    ['ZZ', []],
  ])('%p: %p', (text, names) => {
    expect(closestCountries(countries, text)).toEqual(names);
  });

  test('at most three names, the closest first, ties by name', () => {
    const made = (names: string[]): Country[] =>
      names.map((name, i) => ({ name, iso: `X${i}`, aliases: [], namedIn: [] }));
    const five = made(['Zbcde', 'Abcdh', 'Abcdf', 'Abcdg', 'Abcdi']);
    expect(closestCountries(five, 'Abcde')).toEqual(['Abcdf', 'Abcdg', 'Abcdh']);
    expect(closestCountries(five, 'Abcde', 1)).toEqual(['Abcdf']);
    // An alias counts as close as the name: the canonical name is suggested.
    const aliased = [...five, { name: 'Far Away', iso: 'FA', aliases: ['Abcde.'], namedIn: [] }];
    expect(closestCountries(aliased, 'Abcdé')[0]).toBe('Far Away');
  });

  test.each([
    [[], ''],
    [['Cambodia'], 'Did you mean "Cambodia"?'],
    [['Niger', 'Nigeria'], 'Did you mean "Niger" or "Nigeria"?'],
    [['A', 'B', 'C'], 'Did you mean "A", "B" or "C"?'],
  ])('%p', (names, text) => {
    expect(didYouMean(names)).toBe(text);
  });
});

describe('unknownCountryMessage', () => {
  const where = "the articles or in Kelley and Heiss's dataset";
  const valid = '=TIP_COUNTRIES() lists them';
  test('a misspelt name gets the closest names', () => {
    expect(unknownCountryMessage(countries, 'Cambodja', where, valid)).toBe(
      `No country "Cambodja" in ${where}. Did you mean "Cambodia"? ${valid}.`,
    );
  });
  test('a name close to none keeps the plain message', () => {
    expect(unknownCountryMessage(countries, 'Atlantis', where, valid)).toBe(
      `No country "Atlantis" in ${where}: ${valid}.`,
    );
  });
  test('a code no country has says so', () => {
    expect(unknownCountryMessage(countries, 'zz', where, valid)).toBe(
      `No country "zz" in ${where}, and no country has the ISO code "ZZ": ${valid}.`,
    );
    expect(unknownCountryMessage(countries, 'ABC', where, valid)).toBe(
      `No country "ABC" in ${where}, and no country has the ISO code "ABC": ${valid}.`,
    );
  });
  test('a country of the ISO list that the sources do not cover is named', () => {
    expect(unknownCountryMessage(countries, 'AQ', where, valid)).toBe(
      `No country "AQ" in ${where}: "AQ" is Antarctica (ISO AQ, ATA), which they do not cover; ${valid}.`,
    );
    expect(unknownCountryMessage(countries, 'Puerto Rico', where, valid)).toBe(
      `No country "Puerto Rico" in ${where}: "Puerto Rico" is Puerto Rico (ISO PR, PRI), which they do not cover; ${valid}.`,
    );
  });
});

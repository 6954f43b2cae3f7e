/**
 * The ISO 3166-1 countries of i18n-iso-countries: alpha-2 and alpha-3 codes and the English
 * short names, one row each ([alpha-2, alpha-3, ...names], the library's order).
 *
 * The tests and the build read the library itself; dist/Code.js carries only this table, which
 * scripts/build.mjs computes from the library when it bundles (the library with its one locale
 * is some 23 KB minified; the table a quarter of that), so the two cannot drift apart.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

export type IsoRow = [alpha2: string, alpha3: string, ...names: string[]];

export function isoTable(): IsoRow[] {
  countries.registerLocale(english);
  const names = countries.getNames('en', { select: 'all' });
  return Object.entries(countries.getAlpha2Codes()).map(([alpha2, alpha3]): IsoRow => [
    alpha2,
    alpha3,
    ...(names[alpha2] ?? []),
  ]);
}

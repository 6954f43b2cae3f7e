/**
 * Country arguments by ISO code and English short name, and "did you mean" (core/base/country-names.ts
 * through DataIndex.findCountry and parseCountry), from the source and from dist/Code.js, whose
 * table of codes and names the build took from i18n-iso-countries (scripts/iso-table.mjs).
 */
import * as source from '../src/functions/custom-functions';
import { loadBundle, plain } from '../emulator/node-loader';
import { getDataIndex } from '../src/data';
import { parseCountry } from '../src/core/arguments/args';
import { TipError } from '../src/core/base/errors';

type Fn = (...args: unknown[]) => unknown;
const sandbox = loadBundle();

describe.each([
  [
    'source',
    (name: string, ...args: unknown[]) => (source as unknown as Record<string, Fn>)[name](...args),
  ],
  ['dist/Code.js', (name: string, ...args: unknown[]) => plain(sandbox[name](...args))],
])('from %s', (_label, call) => {
  test.each(['KH', 'kh', 'KHM', 'Cambodia'])('%p is Cambodia', (country) => {
    expect(call('TIP_TIER', 2016, country)).toBe('Tier 2');
  });

  test('Burma, Myanmar, MM and MMR are one country', () => {
    for (const country of ['Burma', 'Myanmar', 'MM', 'MMR', 'mm'])
      expect(call('TIP_TIER', 2003, country)).toBe('Tier 3');
  });

  test('a misspelt name gets "did you mean"', () => {
    expect(() => call('TIP_TIER', 2016, 'Cambodja')).toThrow(
      'No country "Cambodja" in any source. Did you mean "Cambodia"? =TIP_COUNTRIES() lists all 193 countries of every source',
    );
  });

  test('a code no country has, and a country the sources do not cover, are named', () => {
    expect(() => call('TIP_TIER', 2016, 'ZZ')).toThrow('no country has the ISO code "ZZ"');
    expect(() => call('TIP_TIER', 2016, 'AQ')).toThrow(
      '"AQ" is Antarctica (ISO AQ, ATA), which they do not cover',
    );
  });

  test('an English short name only the library gives', () => {
    expect(call('TIP_TIER', 2010, 'The Gambia', 'dataset')).toBe(
      call('TIP_TIER', 2010, 'Gambia', 'dataset'),
    );
  });

  test('a code of the record answers from it', () => {
    expect(call('TIP_TIER', 2010, 'TH', 'dataset')).toBe(
      call('TIP_TIER', 2010, 'Thailand', 'dataset'),
    );
  });
});

test('parseCountry: Kosovo by XK, and a TipError for an unknown name', () => {
  const ds = getDataIndex();
  expect(parseCountry(ds, 'XK').iso).toBe('KOS');
  expect(parseCountry(ds, 'Cabo Verde')).toBe(parseCountry(ds, 'CV'));
  expect(() => parseCountry(ds, 'Phillipines')).toThrow(TipError);
  expect(() => parseCountry(ds, 'Phillipines')).toThrow('Did you mean "Philippines"?');
});

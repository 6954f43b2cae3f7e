/**
 * Issue 22's function-side items: constant arguments parsed once per call, one message per
 * failing value, period text read in linear time, TIP_SOURCE bounded, a fresh header for each
 * TIP_FIGURES, and formulas that quote text as Sheets does. Timings are for scripts/bench.mjs;
 * these tests count work and check answers.
 */
import { getDataIndex } from '../src/data';
import { parseCountry, parseMetric } from '../src/core/arguments/args';
import { parseSource } from '../src/core/tiers/compare';
import { TipError } from '../src/core/base/errors';
import { broadcast, MEMO_CELLS } from '../src/core/arguments/grid';
import { memoParse, MEMO_SIZE } from '../src/core/base/memo';
import { MAX_PERIOD_TEXT, parsePeriod } from '../src/core/base/periods';
import { formulaFor, sheetsText } from '../src/core/arguments/formulas';
import { figuresReportTable, sourceList } from '../src/core/tables/tables';
import { closestCountries, isoCountries } from '../src/core/base/country-names';
import { normalizeName } from '../src/core/base/text';
import { distance } from 'fastest-levenshtein';
import * as fns from '../src/functions/custom-functions';

const ds = getDataIndex();

describe('constant arguments are parsed once per call', () => {
  test('a wrong country beside 1,000 distinct years is parsed, and its message made, once', () => {
    let parses = 0;
    const parse = memoParse((_d: object, v: unknown) => {
      parses++;
      if (v === 'Cambodja') throw new TipError(`No country "${v}"`);
      return v;
    });
    const key = {};
    const years = Array.from({ length: 1000 }, (_, i) => [2000 + i]);
    const out = broadcast(['year', 'country'], [years, 'Cambodja'], (_y, c) => {
      parse(key, c);
      return 'never';
    }) as string[][];
    expect(parses).toBe(1);
    expect(out).toHaveLength(1000);
    expect(new Set(out.flat())).toEqual(new Set(['N/A: No country "Cambodja"']));
  });

  test('the memo keeps answers and TipErrors per value, not other errors, and is bounded', () => {
    let calls = 0;
    const parse = memoParse((_d: object, v: unknown) => {
      calls++;
      if (v === 'bug') throw new Error('bug');
      return String(v).toUpperCase();
    });
    const key = {};
    expect(parse(key, 'a')).toBe('A');
    expect(parse(key, 'a')).toBe('A');
    expect(calls).toBe(1);
    expect(() => parse(key, 'bug')).toThrow('bug');
    expect(() => parse(key, 'bug')).toThrow('bug');
    expect(calls).toBe(3);
    for (let i = 0; i < MEMO_SIZE + 5; i++) parse(key, `v${i}`);
    expect(parse(key, 'a')).toBe('A');
    expect(calls).toBe(3 + MEMO_SIZE + 5 + 1);
  });

  test('parseCountry, parseMetric and parseSource throw the same TipError for the same wrong value', () => {
    const twice = (f: () => unknown) => {
      const errors: unknown[] = [];
      for (let i = 0; i < 2; i++) {
        try {
          f();
        } catch (err) {
          errors.push(err);
        }
      }
      return errors;
    };
    for (const f of [
      () => parseCountry(ds, 'Cambodja'),
      () => parseMetric(ds, 'convictons'),
      () => parseSource(ds, 'reprot'),
    ]) {
      const [a, b] = twice(f);
      expect(a).toBeInstanceOf(TipError);
      expect(b).toBe(a);
    }
    expect((twice(() => parseCountry(ds, 'Cambodja'))[0] as Error).message).toContain(
      'Did you mean "Cambodia"?',
    );
  });
});

describe('a range keeps a bounded number of answers', () => {
  test(`the first ${MEMO_CELLS.toLocaleString('en-US')} distinct inputs are answered once each; later ones again when repeated`, () => {
    let calls = 0;
    const n = MEMO_CELLS + 5000;
    const column = Array.from({ length: n }, (_, i) => [i]);
    column.push([0], [n - 1]);
    const out = broadcast(['x'], [column], (x) => {
      calls++;
      return Number(x) * 2;
    }) as number[][];
    expect(out.at(-2)).toEqual([0]);
    expect(out.at(-1)).toEqual([(n - 1) * 2]);
    expect(calls).toBe(n + 1);
  });
});

describe('closest country names', () => {
  test('are those within a quarter of the text’s length, closest first', () => {
    expect(closestCountries(ds.allCountries, 'Cambodja')).toEqual(['Cambodia']);
    expect(closestCountries(ds.allCountries, 'Nigerr')).toEqual(['Niger']);
    expect(closestCountries(ds.allCountries, 'Thialand')).toEqual(['Thailand']);
    expect(closestCountries(ds.allCountries, 'x'.repeat(50_000))).toEqual([]);
  });

  test('the letter-pair filter finds what measuring every name finds', () => {
    // Every name measured, as before the filter.
    const isoNames = new Map(isoCountries().map((c) => [c.code, c.names]));
    const everyName = (text: string) => {
      const wanted = normalizeName(text);
      if (wanted.replace(/ /g, '').length <= 3) return [];
      const limit = Math.max(1, Math.floor(wanted.length / 4));
      return ds.allCountries
        .map((c) => ({
          name: c.name,
          best: Math.min(
            ...[c.name, ...c.aliases, ...(isoNames.get(c.iso) ?? [])].map((n) =>
              distance(wanted, normalizeName(n)),
            ),
          ),
        }))
        .filter((r) => r.best <= limit)
        .sort((a, b) => a.best - b.best || a.name.localeCompare(b.name))
        .map((r) => r.name)
        .slice(0, 3);
    };
    const texts = [
      'Cambodja',
      'Kambodia',
      'Thialand',
      'Viet nam',
      'Laos PDR',
      'Burmaa',
      'Myanmr',
      'Nigerr',
      'Congo Kinshasa',
      'Cote dIvoire',
      'Bosnia Herzegovena',
      'United States of Amerika',
      'Korea North',
      'Phillipines',
      'Sri Lnka',
      'abcd',
      'zzzzzzzzzz',
      'Guinea Bisau',
      'Tiawan',
      'Slovakia Republic',
      'Republic of Congo',
      'East Timorr',
      'Chad!',
      'Oman ',
      'Irann',
    ];
    for (const text of texts) {
      expect([text, closestCountries(ds.allCountries, text)]).toEqual([text, everyName(text)]);
    }
  });
});

describe('period text', () => {
  test(`text longer than ${MAX_PERIOD_TEXT} characters is no period, and says so with the value cut short`, () => {
    const long = `${'to'.repeat(25_000)} 2019`;
    expect(() => parsePeriod(long)).toThrow(
      /^year "tototo.*…" is not a year or a period: give a year such as 2016/,
    );
    expect(parsePeriod('January through June 2019')).toEqual({
      year: 2019,
      fromMonth: 1,
      toMonth: 6,
    });
  });
});

describe('TIP_SOURCE over a large range', () => {
  test('answers up to 5,000 cells and refuses more with a message that says so', () => {
    const years = (n: number) => Array.from({ length: n }, (_, i) => [2001 + (i % 24)]);
    expect(fns.MAX_SOURCE_CELLS).toBe(5000);
    expect((fns.TIP_SOURCE('tier', years(5000)) as string[][]).length).toBe(5000);
    expect(() => fns.TIP_SOURCE('tier', years(5001))).toThrow(
      'TIP_SOURCE answers at most 5,000 cells in one formula (each citation runs to hundreds of characters); this one asks for 5,001: give a smaller range, or split it over several formulas.',
    );
    // A row against a column makes a table: its cells count.
    const row = [Array.from({ length: 100 }, () => 'tier')];
    expect(() => fns.TIP_SOURCE(row, years(51))).toThrow('this one asks for 5,100');
  });
});

describe('tables', () => {
  test('the menu’s tables get a fresh header row each time', () => {
    const ds2 = getDataIndex();
    const country = ds2.findCountry('Cambodia')!;
    for (const make of [() => figuresReportTable(ds2, country), () => sourceList(ds2).table]) {
      const first = make();
      const header = [...first[0]];
      first[0][0] = 'changed';
      expect(make()[0]).toEqual(header);
    }
  });
});

describe('TIP_FIGURES', () => {
  test('returns a fresh header row each call', () => {
    const first = fns.TIP_FIGURES();
    const header = [...first[0]];
    first[0][0] = 'changed';
    first[0].push('extra');
    expect(fns.TIP_FIGURES()[0]).toEqual(header);
  });
});

describe('formulas quote text as Sheets does', () => {
  test('a double quote is doubled, never escaped with a backslash', () => {
    expect(sheetsText('Côte "d\'Ivoire"')).toBe('"Côte ""d\'Ivoire"""');
    expect(formulaFor('tier', 2016, 'Côte "d\'Ivoire"')).toBe(
      '=TIP_TIER(2016, "Côte ""d\'Ivoire""")',
    );
    expect(formulaFor('tier', 2018, 'Cambodia', 'report')).toBe(
      '=TIP_TIER(2018, "Cambodia", "report")',
    );
    expect(formulaFor('convictions', 'Jan-Jun 2019', 'Cambodia')).toBe(
      '=TIP_STAT("convictions", "Jan-Jun 2019")',
    );
  });
});

import { broadcast, NA_PREFIX } from '../../src/core/arguments/grid';
import { TipError } from '../../src/core/base/errors';
import type { CellValue } from '../../src/core/base/values';

const add = (a: CellValue, b: CellValue) => {
  if (typeof a !== 'number' || typeof b !== 'number')
    throw new TipError(`cannot add ${a} and ${b}`);
  return a + b;
};

describe('broadcast', () => {
  test('single values give a single value', () => {
    expect(broadcast(['a', 'b'], [1, 2], add)).toBe(3);
  });

  test('a single value throws its error, for Sheets to show as #ERROR!', () => {
    expect(() => broadcast(['a', 'b'], [1, 'x'], add)).toThrow('cannot add 1 and x');
  });

  test('ranges of one shape pair cell by cell', () => {
    expect(
      broadcast(
        ['a', 'b'],
        [
          [[1], [2]],
          [[10], [20]],
        ],
        add,
      ),
    ).toEqual([[11], [22]]);
  });

  test('a value against a range repeats the value', () => {
    expect(broadcast(['a', 'b'], [[[1, 2, 3]], 100], add)).toEqual([[101, 102, 103]]);
  });

  test('a row against a column fills a table', () => {
    expect(broadcast(['a', 'b'], [[[1, 2, 3]], [[10], [20]]], add)).toEqual([
      [11, 12, 13],
      [21, 22, 23],
    ]);
  });

  test('a cell that cannot be answered shows N/A text and the rest still fills', () => {
    expect(broadcast(['a', 'b'], [[[1], ['x'], [3]], 1], add)).toEqual([
      [2],
      [`${NA_PREFIX}cannot add x and 1`],
      [4],
    ]);
  });

  test('ranges that do not fit are refused with both sizes named', () => {
    expect(() =>
      broadcast(
        ['year', 'country'],
        [
          [[1], [2], [3]],
          [['a'], ['b']],
        ],
        add,
      ),
    ).toThrow('The ranges do not fit together (year has 3, country has 2 rows)');
  });

  test('a programming error is not hidden as N/A', () => {
    const boom = () => {
      throw new RangeError('bug');
    };
    expect(() => broadcast(['a'], [[[1], [2]]], boom)).toThrow('bug');
  });
});

describe('broadcast over repeated inputs', () => {
  test('answers each distinct combination once, and keeps values of different types apart', () => {
    const seen: CellValue[][] = [];
    const echo = (a: CellValue, b: CellValue) => {
      seen.push([a, b]);
      return `${typeof a}:${String(a)}/${String(b)}`;
    };
    const out = broadcast(['a', 'b'], [[[2016], [2016], ['2016'], [2016], ['']], 'x'], echo);
    expect(out).toEqual([
      ['number:2016/x'],
      ['number:2016/x'],
      ['string:2016/x'],
      ['number:2016/x'],
      ['string:/x'],
    ]);
    expect(seen).toEqual([
      [2016, 'x'],
      ['2016', 'x'],
      ['', 'x'],
    ]);
  });
});

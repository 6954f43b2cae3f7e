import { getDataIndex } from '../../src/data';
import { parseCountry, parseMetric, parseYear, single } from '../../src/core/arguments/args';
import { TipError } from '../../src/core/base/errors';

const ds = getDataIndex();

describe('parseYear', () => {
  test.each([
    [2016, 2016],
    ['2016', 2016],
    [' 2016 ', 2016],
    [2016.0, 2016],
    ['2016.0', 2016],
    [new Date(2016, 5, 20), 2016],
  ])('reads %p as %p', (input, year) => {
    expect(parseYear(input)).toBe(year);
  });

  test.each([
    [2016.5, 'year 2016.5 is not a year'],
    ['abc', 'year "abc" is not a year'],
    [true, 'year TRUE is not a year'],
    [false, 'year FALSE is not a year'],
    [16, 'year 16 is not a year'],
    ['', 'year "" is not a year'],
    [new Date(NaN), 'year an invalid date is not a year'],
  ])('rejects %p, naming it', (input, message) => {
    expect(() => parseYear(input)).toThrow(TipError);
    expect(() => parseYear(input)).toThrow(message);
    expect(() => parseYear(input)).toThrow('such as 2016');
  });
});

describe('parseMetric', () => {
  test.each([
    ['convictions', 'convictions'],
    ['Convictions', 'convictions'],
    ['  CONVICTIONS ', 'convictions'],
    ['Traffickers convicted', 'convictions'],
    ['ncct funding', 'ncct_funding'],
    ['NCCT_Funding', 'ncct_funding'],
    ['funding', 'ncct_funding'],
    ['Countries Ranked', 'countries_ranked'],
    ['victims under 15', 'victims_rescued_under_15'],
  ])('finds %p as %p', (input, key) => {
    expect(parseMetric(ds, input).key).toBe(key);
  });

  test('names an unknown metric and lists the valid ones', () => {
    expect(() => parseMetric(ds, 'robberies')).toThrow(
      /Unknown metric "robberies": valid metrics are convictions, prosecutions, .*TIP_METRICS/,
    );
  });

  test('rejects a number or a boolean as a metric', () => {
    expect(() => parseMetric(ds, 5)).toThrow('metric 5 is not a metric name');
    expect(() => parseMetric(ds, true)).toThrow('metric TRUE is not a metric name');
  });
});

describe('parseCountry', () => {
  test('defaults to Cambodia when blank or left out', () => {
    expect(parseCountry(ds, '').name).toBe('Cambodia');
    expect(parseCountry(ds, undefined).name).toBe('Cambodia');
  });

  test.each([
    ['cambodia', 'Cambodia'],
    ['Myanmar', 'Burma'],
    ['Bosnia & Herzegovina', 'Bosnia and Herzegovina'],
    ['Bosnia and Herzegovinia', 'Bosnia and Herzegovina'],
    ['DPRK', 'North Korea'],
    ['viet nam', 'Vietnam'],
  ])('finds %p as %p', (input, name) => {
    expect(parseCountry(ds, input).name).toBe(name);
  });

  test('names an unknown country and says where the valid ones are', () => {
    expect(() => parseCountry(ds, 'Atlantis')).toThrow(
      'No country "Atlantis" in any source: =TIP_COUNTRIES() lists all 193 countries of every source, and =TIP_COUNTRIES("articles") those of the news articles (names, other names, ISO codes).',
    );
    expect(() => parseCountry(ds, 42)).toThrow('country 42 is not a country name');
  });
});

describe('single', () => {
  test('takes a value or a one-cell range, and refuses a larger range', () => {
    expect(single('Burma', 'country')).toBe('Burma');
    expect(single([['Burma']], 'country')).toBe('Burma');
    expect(() => single([['Burma'], ['Laos']], 'country')).toThrow(
      'country takes one value, not a range of 2 cells.',
    );
  });
});

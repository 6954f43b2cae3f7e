/**
 * The TIP_ custom functions. Each is a thin adapter: it coerces what Sheets passes, asks the
 * pure core, and broadcasts over ranges. The JSDoc of every exported function is copied by the
 * build into dist/Code.js, directly above its top-level declaration, for Sheets' formula help.
 */
import { getDataset } from '../data';
import {
  type CellValue,
  isBlank,
  parseCountry,
  parseMetric,
  parsePlace,
  parseYear,
  single,
} from '../core/args';
import { TipError } from '../core/errors';
import { type Arg, type Out, broadcast } from '../core/grid';
import { citations, overallBasis, statFact, tierFact } from '../core/lookup';
import { normalizeKey } from '../core/text';
import { tierNumber } from '../core/tiers';
import {
  type Table,
  articlesTable,
  countriesTable,
  figuresLongTable,
  metricsTable,
  timelineTable,
} from '../core/tables';
import type { Sourced } from '../core/types';
import type { DateReader } from '../core/dates';
import { sheetDates } from './sheet-dates';

const ds = getDataset;

function tierCell(year: CellValue, country: CellValue, dates: DateReader) {
  return tierFact(ds(), parseCountry(ds(), country), parseYear(year, 'year', dates));
}

/** The sources behind "tier" or a metric, for one cell. */
function sourcesFor(
  what: CellValue,
  year: CellValue,
  country: CellValue,
  dates: DateReader,
): readonly Sourced[] {
  if (typeof what === 'string' && normalizeKey(what) === 'tier')
    return tierCell(year, country, dates).sources;
  const metric = parseMetric(ds(), what);
  const y = parseYear(year, 'year', dates);
  return statFact(ds(), metric, y, parsePlace(ds(), metric, country)).sources;
}

/**
 * Returns the tier, as text ("Tier 1", "Tier 2", "Tier 2 Watch List" or "Tier 3"), that
 * Cambodia (or another country) got in the US State Department's Trafficking in Persons report
 * of a given year. The year is the report's year: the 2016 report covers April 2015 to March
 * 2016. Give a range of years to fill a column; cells without a tier show "N/A: ...".
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {number|Array<Array<number>>} year The report year, such as 2016, a date in that year, or a range of years.
 * @param {string|Array<Array<string>>} [country] Optional: a country named in the sources, such as "Burma". Leave it out for Cambodia.
 * @return {string|Array<Array<string>>} "Tier 1", "Tier 2", "Tier 2 Watch List" or "Tier 3".
 * @example =TIP_TIER(2016)
 * @example =TIP_TIER(A2:A10, "Burma")
 * @customfunction
 */
export function TIP_TIER(year: Arg, country?: Arg): Out | Out[][] {
  const dates = sheetDates();
  return broadcast(['year', 'country'], [year, country], (y, c) =>
    isBlank(y) ? '' : tierCell(y, c, dates).tier,
  );
}

/**
 * Returns the tier as a number, for charts and sums: Tier 1 = 1, Tier 2 = 2, Tier 2 Watch
 * List = 2.5, Tier 3 = 3. The year is the report's year (the 2016 report covers April 2015 to
 * March 2016).
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {number|Array<Array<number>>} year The report year, such as 2016, a date in that year, or a range of years.
 * @param {string|Array<Array<string>>} [country] Optional: a country named in the sources. Leave it out for Cambodia.
 * @return {number|Array<Array<number>>} 1, 2, 2.5 or 3.
 * @example =TIP_TIER_NUMBER(2009)
 * @customfunction
 */
export function TIP_TIER_NUMBER(year: Arg, country?: Arg): Out | Out[][] {
  const dates = sheetDates();
  return broadcast(['year', 'country'], [year, country], (y, c) =>
    isBlank(y) ? '' : tierNumber(tierCell(y, c, dates).tier),
  );
}

/**
 * Returns a figure reported with the TIP report, as a number (such as traffickers convicted
 * or anti-trafficking funding); a figure the article gives as "at least" is that lower bound,
 * and TIP_SOURCE gives its wording. The year is the calendar year the figure is about, not the
 * report's year. Metric names ignore case and spaces; =TIP_METRICS() lists them. A row of
 * metrics and a column of years fill a table.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} metric A metric such as "convictions" or "NCCT funding".
 * @param {number|Array<Array<number>>} year The year the figure is about, such as 2015, or a date in that year.
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia, and for whole-report metrics such as "countries ranked".
 * @return {number|Array<Array<number>>} The figure as a number; =TIP_SOURCE gives its wording, such as "at least".
 * @example =TIP_STAT("convictions", 2015)
 * @example =TIP_STAT(B1:D1, A2:A5)
 * @customfunction
 */
export function TIP_STAT(metric: Arg, year: Arg, country?: Arg): Out | Out[][] {
  const dates = sheetDates();
  return broadcast(['metric', 'year', 'country'], [metric, year, country], (m, y, c) => {
    if (isBlank(m) || isBlank(y)) return '';
    const found = parseMetric(ds(), m);
    const place = parsePlace(ds(), found, c);
    return statFact(ds(), found, parseYear(y, 'year', dates), place).figure.value;
  });
}

/**
 * Returns the citation behind a tier or a figure, as text: the verbatim quote, the article's
 * headline and publisher, the report year it discusses, and whether the value is stated or
 * inferred. Where two articles support a value, both are given, one a line.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} what "tier", or a metric such as "convictions".
 * @param {number|Array<Array<number>>} year The report year for "tier"; the figure's year for a metric.
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia.
 * @return {string|Array<Array<string>>} One citation a line.
 * @example =TIP_SOURCE("tier", 2016)
 * @example =TIP_SOURCE("convictions", 2016)
 * @customfunction
 */
export function TIP_SOURCE(what: Arg, year: Arg, country?: Arg): Out | Out[][] {
  const dates = sheetDates();
  return broadcast(['what', 'year', 'country'], [what, year, country], (w, y, c) =>
    isBlank(w) || isBlank(y) ? '' : citations(ds(), sourcesFor(w, y, c, dates)),
  );
}

/**
 * Returns "stated" when an article states a tier or figure outright, or "inferred" when it is
 * read from what the article says (for instance a report year deduced from a release date).
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} what "tier", or a metric such as "convictions".
 * @param {number|Array<Array<number>>} year The report year for "tier"; the figure's year for a metric.
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia.
 * @return {string|Array<Array<string>>} "stated" or "inferred".
 * @example =TIP_BASIS("tier", 2014)
 * @customfunction
 */
export function TIP_BASIS(what: Arg, year: Arg, country?: Arg): Out | Out[][] {
  const dates = sheetDates();
  return broadcast(['what', 'year', 'country'], [what, year, country], (w, y, c) =>
    isBlank(w) || isBlank(y) ? '' : overallBasis(sourcesFor(w, y, c, dates)),
  );
}

/**
 * Returns a column of the years that have a value, ascending: report years with a tier, or the
 * years a metric has figures for (an error with a message when there are none). Feed it to
 * TIP_TIER or TIP_STAT to fill a column in one formula.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string} [what] Optional: "tier", or a metric such as "convictions". Leave it out for "tier".
 * @param {string} [country] Optional: a country. Leave it out for Cambodia.
 * @return {Array<Array<number>>} One year a row, ascending.
 * @example =TIP_YEARS()
 * @example =TIP_TIER(TIP_YEARS())
 * @customfunction
 */
export function TIP_YEARS(what?: Arg, country?: Arg): number[][] {
  const w = single(what, 'what');
  const place = parseCountry(ds(), single(country, 'country'));
  let years: number[];
  let none: string;
  if (isBlank(w) || (typeof w === 'string' && normalizeKey(w) === 'tier')) {
    years = ds().tierYears(place.name);
    none = `No report year gives ${place.name} a tier in the sources (=TIP_COUNTRIES() lists each country's years).`;
  } else {
    const metric = parseMetric(ds(), w);
    const where = metric.scope === 'global' ? null : place.name;
    years = ds().metricYears(metric.key, where);
    none = `No year has a figure for ${metric.key}${where ? ` for ${where}` : ''} in the sources (=TIP_METRICS() lists each metric's years).`;
  }
  // An empty array is not a value Sheets documents for a custom function: say it in words.
  if (years.length === 0) throw new TipError(none);
  return years.map((y) => [y]);
}

/**
 * Returns a country's tier timeline as a table with a header row: report year, tier, tier
 * number, stated or inferred, and the articles behind it. Ready for QUERY and charts.
 *
 * @param {string} [country] Optional: a country. Leave it out for Cambodia.
 * @return {Array<Array<string|number>>} A table with a header row.
 * @example =TIP_TIMELINE()
 * @customfunction
 */
export function TIP_TIMELINE(country?: Arg): Table {
  return timelineTable(ds(), parseCountry(ds(), single(country, 'country')));
}

/**
 * Returns every figure in the sources as a table, one row each with a header row: metric,
 * label, unit, country, period, year, value, qualifier, stated or inferred, and citation.
 *
 * @param {string} [metric] Optional: only this metric. Leave it out for every metric.
 * @return {Array<Array<string|number>>} A table with a header row.
 * @example =TIP_FIGURES()
 * @example =QUERY(TIP_FIGURES(), "select Col6, Col7 where Col1 = 'convictions'", 1)
 * @customfunction
 */
export function TIP_FIGURES(metric?: Arg): Table {
  const m = single(metric, 'metric');
  return figuresLongTable(ds(), isBlank(m) ? undefined : parseMetric(ds(), m));
}

/**
 * Returns the metrics TIP_STAT knows as a table with a header row: key, label, unit, scope,
 * other accepted names, and the years with figures. Takes no argument.
 *
 * @return {Array<Array<string>>} A table with a header row.
 * @example =TIP_METRICS()
 * @customfunction
 */
export function TIP_METRICS(): Table {
  return metricsTable(ds());
}

/**
 * Returns the countries named in the sources as a table with a header row: canonical name,
 * other accepted names, and the report years with a tier. Takes no argument.
 *
 * @return {Array<Array<string>>} A table with a header row.
 * @example =TIP_COUNTRIES()
 * @customfunction
 */
export function TIP_COUNTRIES(): Table {
  return countriesTable(ds());
}

/**
 * Returns the articles the data comes from as a table with a header row: id, headline,
 * publisher, the report year each discusses, whether that year is stated or inferred and from
 * what clue, and the archived copy. Takes no argument.
 *
 * @return {Array<Array<string|number>>} A table with a header row.
 * @example =TIP_ARTICLES()
 * @customfunction
 */
export function TIP_ARTICLES(): Table {
  return articlesTable(ds());
}

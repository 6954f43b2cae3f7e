/**
 * The TIP_ custom functions. Each is a thin adapter: it coerces what Sheets passes, asks the
 * pure core, and broadcasts over ranges. The JSDoc of every exported function is copied by the
 * build into dist/Code.js, directly above its top-level declaration, for Sheets' formula help.
 */
import { getDataIndex } from '../data';
import {
  type CellValue,
  isBlank,
  parseCountry,
  parseMetric,
  parseCitationStyle,
  parsePlace,
  parseYear,
  required,
  single,
} from '../core/arguments/args';
import { TipError } from '../core/base/errors';
import { type Arg, type Out, broadcast, limitCells } from '../core/arguments/grid';
import { basisDetail, overallBasis } from '../core/citations/citation';
import { figureSourceOf, statFact } from '../core/figures/stat';
import { compareFigure, figureCitations } from '../core/figures/figures';
import {
  ANY,
  type SourceChoice,
  anySource,
  parseSource,
  tierFrom,
  tierYears,
} from '../core/tiers/compare';
import { checkTier } from '../core/tiers/check';
import { parsePeriod, periodArgument } from '../core/base/periods';
import { normalizeKey } from '../core/base/text';
import { tierNumber } from '../core/tiers/tiers';
import {
  type Table,
  articlesTable,
  countriesTable,
  figuresLongTable,
  metricsTable,
  timelineTable,
} from '../core/tables/tables';
import type { Country } from '../core/base/types';
import type { DateReader } from '../core/base/dates';
import { sheetDates } from './sheet-dates';

const ds = getDataIndex;

function tierOf(year: CellValue, country: CellValue, source: CellValue, dates: DateReader) {
  const place = parseCountry(ds(), country);
  return tierFrom(ds(), place, parseYear(year, 'year', dates), parseSource(ds(), source)).tier;
}

const isTier = (what: CellValue) => typeof what === 'string' && normalizeKey(what) === 'tier';

/**
 * A figure's lookup for one cell, from the source asked for (the same argument, default and
 * order as for tiers: src/core/tiers/compare.ts parseSource).
 */
function figureLookup(
  what: CellValue,
  year: CellValue,
  country: CellValue,
  source: CellValue,
  dates: DateReader,
) {
  const metric = parseMetric(ds(), what);
  const period = parsePeriod(year, 'year', dates);
  return statFact(
    ds(),
    metric,
    period,
    parsePlace(ds(), metric, country),
    parseSource(ds(), source),
  );
}

/** A tier's lookup for one cell: the country, year and source asked for. */
function tierArgs(year: CellValue, country: CellValue, source: CellValue, dates: DateReader) {
  return {
    place: parseCountry(ds(), country),
    y: parseYear(year, 'year', dates),
    choice: parseSource(ds(), source),
  };
}

/**
 * The citations of a tier. Without a source: every source's, each line headed by its source,
 * the source the default ("any") answers from first, then the others in registry order (the
 * report's first). With one: that source's. With "any": the source it takes, named.
 */
function tierCitations(place: Country, y: number, choice: SourceChoice, named: boolean): string {
  if (named) {
    const found = tierFrom(ds(), place, y, choice);
    const lines = found.from.citations(place, y);
    return choice === ANY
      ? [`From ${found.from.label} ("any" takes it):`, ...lines].join('\n')
      : lines.join('\n');
  }
  const from = anySource(ds(), place, y);
  const sources = [...ds().sources].sort((a, b) => Number(b === from) - Number(a === from));
  const lines = sources.flatMap((s) =>
    s.citations(place, y).map((line) => `${s.entry.column}: ${line}`),
  );
  // Nothing anywhere: the default's message, with where else to look.
  if (lines.length === 0) tierFrom(ds(), place, y, choice);
  return lines.join('\n');
}

/**
 * Returns the tier, as text ("Tier 1", "Tier 2", "Tier 2 Watch List" or "Tier 3"), that
 * Cambodia (or another country) got in the US State Department's Trafficking in Persons report
 * of a given year. The year is the report's year: the 2016 report covers April 2015 to March
 * 2016. Without a source it answers from the best evidence: the report's own words, else
 * Kelley and Heiss's record, else the news articles; =TIP_BASIS names the one it took. Give a
 * range of years to fill a column; cells without a tier show "N/A: ...".
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {number|Array<Array<number>>} year The report year, such as 2016, a date in that year, or a range of years.
 * @param {string|Array<Array<string>>} [country] Optional: a country, by name or ISO code, such as "Burma" or "KHM". Leave it out for Cambodia.
 * @param {string|Array<Array<string>>} [source] Optional: which source gives the tier: SOURCE_LIST. Leave it out for "any".
 * @return {string|Array<Array<string>>} "Tier 1", "Tier 2", "Tier 2 Watch List" or "Tier 3".
 * @example =TIP_TIER(2016)
 * @example =TIP_TIER(2024, "Cambodia", "report")
 * @example =TIP_TIER(2010, "Cambodia", "any")
 * @customfunction
 */
export function TIP_TIER(year: Arg, country?: Arg, source?: Arg): Out | Out[][] {
  required({ year });
  const dates = sheetDates();
  return broadcast(['year', 'country', 'source'], [year, country, source], (y, c, s) =>
    isBlank(y) ? '' : tierOf(y, c, s, dates),
  );
}

/**
 * Returns the tier as a number, for charts and sums: Tier 1 = 1, Tier 2 = 2, Tier 2 Watch
 * List = 2.5, Tier 3 = 3. The year is the report's year (the 2016 report covers April 2015 to
 * March 2016).
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {number|Array<Array<number>>} year The report year, such as 2016, a date in that year, or a range of years.
 * @param {string|Array<Array<string>>} [country] Optional: a country, by name or ISO code. Leave it out for Cambodia.
 * @param {string|Array<Array<string>>} [source] Optional: which source gives the tier: SOURCE_LIST. Leave it out for "any".
 * @return {number|Array<Array<number>>} 1, 2, 2.5 or 3.
 * @example =TIP_TIER_NUMBER(2009)
 * @customfunction
 */
export function TIP_TIER_NUMBER(year: Arg, country?: Arg, source?: Arg): Out | Out[][] {
  required({ year });
  const dates = sheetDates();
  return broadcast(['year', 'country', 'source'], [year, country, source], (y, c, s) =>
    isBlank(y) ? '' : tierNumber(tierOf(y, c, s, dates)),
  );
}

/**
 * Returns whether the press reported a tier as the State Department did: the news articles'
 * and passages' tier set against the report's own words, or, where the sources hold no report
 * text for that year, against Kelley and Heiss's record (coded from the reports). The verdict
 * is one of "agrees with the report", "differs from the report: press …, report …", "agrees
 * with the record; no report text", "differs from the record: …; no report text", "report
 * only" or "record only" (the press gives no tier), "press only" or "no source"; a press error
 * the data records follows it: "; press correction", "; press self-contradiction", "; press
 * headline against body". With detail TRUE, it says it in words, each error quoted.
 * =TIP_SOURCE("tier", year, country) gives every source's citation.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {number|Array<Array<number>>} year The report year, such as 2016, or a range of years.
 * @param {string|Array<Array<string>>} [country] Optional: a country, by name or ISO code. Leave it out for Cambodia.
 * @param {boolean} [detail] Optional: TRUE for the check in words, with where each tier comes from and each press error quoted. Leave it out for the short verdict.
 * @return {string|Array<Array<string>>} A short verdict such as "agrees with the report" or "agrees with the record; no report text; press correction"; with detail, sentences.
 * @example =TIP_CHECK(2016)
 * @example =TIP_CHECK(2012, , TRUE)
 * @customfunction
 */
export function TIP_CHECK(year: Arg, country?: Arg, detail?: Arg): Out | Out[][] {
  required({ year });
  const dates = sheetDates();
  const words = single(detail, 'detail') === true;
  return broadcast(['year', 'country'], [year, country], (y, c) => {
    if (isBlank(y)) return '';
    const check = checkTier(ds(), parseCountry(ds(), c), parseYear(y, 'year', dates));
    return words ? check.text : check.verdict;
  });
}

/**
 * Returns a figure reported with the TIP report, as a number (such as traffickers convicted,
 * prosecutions or anti-trafficking funding), from the report's own words or the press; a
 * figure given as "at least" is that lower bound, and TIP_SOURCE gives its wording, its unit
 * and whose count it is. The year is the calendar year the figure is about (for whole-report
 * figures such as "countries ranked", the report's year). A year means the whole year: a
 * figure about another period answers only when that period is asked for, such as "Jan-Jun
 * 2019", "Apr 2008-Mar 2009" or "2017 reporting period". Metric names ignore case and spaces;
 * =TIP_METRICS() lists them. Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} metric A metric such as "convictions", "prosecutions" or "NCCT funding".
 * @param {number|string|Array<Array<number|string>>} year The year the figure is about, such as 2015 or a date in it, or another period, such as "Jan-Jun 2019" or "2017 reporting period".
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia, and for whole-report metrics such as "countries ranked".
 * @param {string|Array<Array<string>>} [source] Optional: which source gives the figure: SOURCE_LIST. Leave it out for "any" (the report first).
 * @return {number|Array<Array<number>>} The figure as a number; =TIP_SOURCE gives its wording, such as "at least", and its unit.
 * @example =TIP_STAT("convictions", 2015)
 * @example =TIP_STAT("prosecutions", 2016, , "report")
 * @example =TIP_STAT(B1:D1, A2:A5)
 * @customfunction
 */
export function TIP_STAT(metric: Arg, year: Arg, country?: Arg, source?: Arg): Out | Out[][] {
  required({ metric, year });
  const dates = sheetDates();
  return broadcast(
    ['metric', 'year', 'country', 'source'],
    [metric, year, country, source],
    (m, y, c, s) => {
      if (isBlank(m) || isBlank(y)) return '';
      return figureLookup(m, y, c, s, dates).figure.value;
    },
  );
}

/**
 * Returns how the sources compare on a figure: "agrees" (two or more sources give the same
 * value, unit and wording), "differs", "<source> only" (such as "report only" or "press only"), "period
 * differs" (another source gives the same count for another period of the same report, as the
 * press puts the 2017 report's "at least 100" convictions, which the report gives no period,
 * in 2016) or "no source". With detail TRUE, it says it in words.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} metric A metric such as "convictions".
 * @param {number|string|Array<Array<number|string>>} year The year or period the figure is about, such as 2015 or "2017 reporting period".
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia.
 * @param {boolean} [detail] Optional: TRUE for the check in words, such as "agrees: 2 sources give 43 individuals in 2015 (report, articles)". Leave it out for the short answer.
 * @return {string|Array<Array<string>>} "agrees", "differs", "period differs", "report only", "press only" or "no source"; with detail, a sentence.
 * @example =TIP_STAT_CHECK("convictions", 2015)
 * @example =TIP_STAT_CHECK("convictions", 2016, , TRUE)
 * @customfunction
 */
export function TIP_STAT_CHECK(metric: Arg, year: Arg, country?: Arg, detail?: Arg): Out | Out[][] {
  required({ metric, year });
  const dates = sheetDates();
  const words = single(detail, 'detail') === true;
  return broadcast(['metric', 'year', 'country'], [metric, year, country], (m, y, c) => {
    if (isBlank(m) || isBlank(y)) return '';
    const found = parseMetric(ds(), m);
    const place = parsePlace(ds(), found, c);
    const check = compareFigure(ds(), found, parsePeriod(y, 'year', dates), place);
    return words ? check.text : check.verdict;
  });
}

/**
 * The most cells one TIP_SOURCE formula answers: a citation runs to hundreds of characters
 * (every source's, for a tier), so 5,000 of them are already millions of characters.
 */
export const MAX_SOURCE_CELLS = 5000;
const SOURCE_LIMIT_WHY = 'each citation runs to hundreds of characters';

/**
 * Returns the sources behind a tier or a figure, one line per record (at most 600 characters):
 * the quote, the short citation (author, year) with the address, and the basis; for a figure,
 * its unit and whose count it is (the NCCT's, some media reports'); a record's value gives its
 * file and row. With no source named, every source's lines, each headed by its source (for a
 * tier, the source the default ("any") answers from first; for a figure, the report's first).
 * =TIP_CITE gives the full reference.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} what "tier", or a metric such as "convictions".
 * @param {number|string|Array<Array<number|string>>} year The report year for "tier"; the figure's year or period for a metric.
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia.
 * @param {string|Array<Array<string>>} [source] Optional: one source only: SOURCE_LIST. Leave it out for every source's citations.
 * @return {string|Array<Array<string>>} One citation a line.
 * @example =TIP_SOURCE("tier", 2016)
 * @example =TIP_SOURCE("tier", 2024, , "report")
 * @example =TIP_SOURCE("convictions", 2016)
 * @customfunction
 */
export function TIP_SOURCE(what: Arg, year: Arg, country?: Arg, source?: Arg): Out | Out[][] {
  required({ what, year });
  limitCells('TIP_SOURCE', [what, year, country, source], MAX_SOURCE_CELLS, SOURCE_LIMIT_WHY);
  const dates = sheetDates();
  return broadcast(
    ['what', 'year', 'country', 'source'],
    [what, year, country, source],
    (w, y, c, s) => {
      if (isBlank(w) || isBlank(y)) return '';
      if (!isTier(w)) {
        const metric = parseMetric(ds(), w);
        const period = parsePeriod(y, 'year', dates);
        const place = parsePlace(ds(), metric, c);
        return figureCitations(ds(), metric, period, place, parseSource(ds(), s), !isBlank(s));
      }
      const { place, y: year, choice } = tierArgs(y, c, s, dates);
      return tierCitations(place, year, choice, !isBlank(s));
    },
  );
}

/**
 * Returns how a tier or figure was reached: "stated" (the quoted text gives it outright),
 * "inferred" (it follows from the sources' own text, with reasoning), or "external" (it also
 * needs a fact from outside all the sources, such as a report's release date); a value of
 * Kelley and Heiss's record is "coded". Without a source (the default, "any"), the source it
 * takes follows in brackets: "stated (report)". With detail TRUE, in words, with each outside
 * fact it rests on.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} what "tier", or a metric such as "convictions".
 * @param {number|string|Array<Array<number|string>>} year The report year for "tier"; the figure's year or period for a metric.
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia.
 * @param {string|Array<Array<string>>} [source] Optional: for a tier or a figure, SOURCE_LIST. Leave it out for "any".
 * @param {boolean} [detail] Optional: TRUE for the reasoning and outside facts in words. Leave it out for the one word.
 * @return {string|Array<Array<string>>} "stated", "inferred", "external" or "coded"; with detail, sentences.
 * @example =TIP_BASIS("tier", 2014)
 * @example =TIP_BASIS("tier", 2022, , "any")
 * @example =TIP_BASIS("tier", 2019, , "articles", TRUE)
 * @customfunction
 */
export function TIP_BASIS(
  what: Arg,
  year: Arg,
  country?: Arg,
  source?: Arg,
  detail?: Arg,
): Out | Out[][] {
  required({ what, year });
  const dates = sheetDates();
  const words = single(detail, 'detail') === true;
  return broadcast(
    ['what', 'year', 'country', 'source'],
    [what, year, country, source],
    (w, y, c, s) => {
      if (isBlank(w) || isBlank(y)) return '';
      if (!isTier(w)) {
        const found = figureLookup(w, y, c, s, dates);
        if (words) return found.sources.map((f) => basisDetail(ds(), f)).join('\n');
        const basis = overallBasis(found.sources);
        return parseSource(ds(), s) === ANY ? `${basis} (${found.from.key})` : basis;
      }
      const { place, y: year, choice } = tierArgs(y, c, s, dates);
      const found = tierFrom(ds(), place, year, choice);
      const basis = words ? found.answer.detail : found.answer.basis;
      return choice === ANY ? `${basis} (${found.from.key})` : basis;
    },
  );
}

/**
 * Returns the citation of a tier or a figure, one line to paste (at most 400 characters): the
 * reference (APA 7th edition, the default) or bibliography entry (Chicago 17th edition) of the
 * document that gives the value: author, date, title, site and address. With "any", of the
 * source that gives it (Kelley and Heiss's data set for its tiers). What the sidebar's "Copy
 * citation" copies; italics come as plain text.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string|Array<Array<string>>} what "tier", or a metric such as "convictions".
 * @param {number|string|Array<Array<number|string>>} year The report year for "tier"; the figure's year or period for a metric.
 * @param {string|Array<Array<string>>} [country] Optional: a country. Leave it out for Cambodia.
 * @param {string|Array<Array<string>>} [source] Optional: for "tier", SOURCE_LIST. Leave it out for "articles".
 * @param {string|Array<Array<string>>} [style] Optional: "apa" or "chicago" (notes and bibliography). Leave it out for "apa".
 * @return {string|Array<Array<string>>} The reference, such as "U.S. Department of State. (2018, June 28). 2018 Trafficking in Persons Report: Cambodia. https://…".
 * @example =TIP_CITE("tier", 2018, , "report")
 * @example =TIP_CITE("convictions", 2016, , , "chicago")
 * @customfunction
 */
export function TIP_CITE(
  what: Arg,
  year: Arg,
  country?: Arg,
  source?: Arg,
  style?: Arg,
): Out | Out[][] {
  required({ what, year });
  limitCells('TIP_CITE', [what, year, country, source, style], MAX_SOURCE_CELLS, SOURCE_LIMIT_WHY);
  const dates = sheetDates();
  return broadcast(
    ['what', 'year', 'country', 'source', 'style'],
    [what, year, country, source, style],
    (w, y, c, s, st) => {
      if (isBlank(w) || isBlank(y)) return '';
      const chosen = parseCitationStyle(st);
      if (!isTier(w)) {
        return ds().citation(figureLookup(w, y, c, s, dates).figure.document)[chosen];
      }
      const { place, y: year, choice } = tierArgs(y, c, s, dates);
      return tierFrom(ds(), place, year, choice).answer.cited[chosen];
    },
  );
}

/**
 * Returns a column of the years that have a value, in time order: report years with a tier, or
 * the periods a metric has figures for (a year, or text such as "Jan-Jun 2019" for part of
 * one); an error with a message when there are none. Feed it to TIP_TIER or TIP_STAT to fill a
 * column in one formula.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string} [what] Optional: "tier", or a metric such as "convictions". Leave it out for "tier".
 * @param {string} [country] Optional: a country. Leave it out for Cambodia.
 * @param {string} [source] Optional: for tiers or a metric, SOURCE_LIST. Leave it out for "any".
 * @return {Array<Array<number|string>>} One year or period a row, in time order.
 * @example =TIP_YEARS()
 * @example =TIP_TIER(TIP_YEARS())
 * @customfunction
 */
export function TIP_YEARS(what?: Arg, country?: Arg, source?: Arg): (number | string)[][] {
  const w = single(what, 'what');
  const place = parseCountry(ds(), single(country, 'country'));
  const s = single(source, 'source');
  const from = parseSource(ds(), s);
  let years: (number | string)[];
  let none: string;
  if (isBlank(w) || isTier(w)) {
    years = tierYears(ds(), place, from);
    none = `No report year gives ${place.name} a tier in ${from === ANY ? 'any source' : from.label} (=TIP_COUNTRIES() lists each country's years).`;
  } else {
    const metric = parseMetric(ds(), w);
    const where = metric.scope === 'global' ? null : place.name;
    const only = figureSourceOf(ds(), from);
    years = ds().metricPeriods(metric.key, where, only).map(periodArgument);
    none = `No year has a figure for ${metric.key}${where ? ` for ${where}` : ''} in ${only ? only.label : 'the sources'} (=TIP_METRICS() lists each metric's years).`;
  }
  // An empty array is not a value Sheets documents for a custom function: say it in words.
  if (years.length === 0) throw new TipError(none);
  return years.map((y) => [y]);
}

/**
 * Returns a country's tier timeline as a table with a header row: report year, tier, the source
 * it comes from and its basis, then each source's own tier in a column of its own, how the
 * sources compare, and the documents behind the tier. Ready for QUERY and charts.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string} [country] Optional: a country. Leave it out for Cambodia.
 * @param {string} [source] Optional: which years make rows and where the Tier column comes from: SOURCE_LIST. Leave it out for "any".
 * @return {Array<Array<string|number>>} A table with a header row.
 * @example =TIP_TIMELINE()
 * @example =TIP_TIMELINE("Cambodia", "any")
 * @customfunction
 */
export function TIP_TIMELINE(country?: Arg, source?: Arg): Table {
  const place = parseCountry(ds(), single(country, 'country'));
  return timelineTable(ds(), place, parseSource(ds(), single(source, 'source')));
}

/**
 * Returns every figure in the sources as a table, one row each with a header row: metric,
 * label, unit, country, period, year, value, qualifier, basis, citation, the source it comes
 * from and whose count it is. Where two sources give the same figure, each has its row.
 * Some locales separate arguments with ";" instead of ",".
 *
 * @param {string} [metric] Optional: only this metric. Leave it out for every metric.
 * @param {string} [source] Optional: only this source's figures: SOURCE_LIST. Leave it out for "any": every source's.
 * @return {Array<Array<string|number>>} A table with a header row.
 * @example =TIP_FIGURES()
 * @example =TIP_FIGURES("convictions", "report")
 * @example =QUERY(TIP_FIGURES(), "select Col6, Col7 where Col1 = 'convictions'", 1)
 * @customfunction
 */
export function TIP_FIGURES(metric?: Arg, source?: Arg): Table {
  const m = single(metric, 'metric');
  const choice = parseSource(ds(), single(source, 'source'));
  figureSourceOf(ds(), choice);
  return figuresLongTable(ds(), isBlank(m) ? undefined : parseMetric(ds(), m), choice);
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
 * Returns the countries as a table with a header row: name, other accepted names (ISO codes
 * among them), the report years with a tier, and the sources that speak of it.
 *
 * @param {string} [source] Optional: the countries of one source: SOURCE_LIST. Leave it out for "any".
 * @return {Array<Array<string>>} A table with a header row.
 * @example =TIP_COUNTRIES()
 * @example =TIP_COUNTRIES("dataset")
 * @customfunction
 */
export function TIP_COUNTRIES(source?: Arg): Table {
  return countriesTable(ds(), parseSource(ds(), single(source, 'source')));
}

/**
 * Returns the news articles and passages of the press source, as a table with a header
 * row: id, kind (article or passage), headline, publisher, byline, date, address, the report
 * year each is about, how that year was reached and from what clue, and the archived copy.
 * Takes no argument.
 *
 * @return {Array<Array<string|number>>} A table with a header row.
 * @example =TIP_ARTICLES()
 * @customfunction
 */
export function TIP_ARTICLES(): Table {
  return articlesTable(ds());
}

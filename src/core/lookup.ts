import { DEFAULT_COUNTRY } from './args';
import { TipError } from './errors';
import type { Dataset } from './dataset';
import type {
  Basis,
  Country,
  Figure,
  Metric,
  NonPlacement,
  Period,
  Placement,
  SourceDocument,
  Sourced,
} from './types';
import { MONTHS, isWholeYear, periodArgument, periodLabel, samePeriod } from './periods';
import { ANY, type SourceChoice } from './compare';
import type { DocumentsSource } from './sources/documents';
import { groupThousands } from './text';

export interface StatFact {
  metric: Metric;
  country: string | null;
  period: Period;
  /** The figure given: the first of `sources`. */
  figure: Figure;
  /** The figures of the source it comes from for that period, stated ones first. */
  sources: readonly Figure[];
  /** The source it comes from ("any" takes the first in registry order that has one). */
  from: DocumentsSource;
  /** Every source's figures for that period, in registry order: what a check compares. */
  all: readonly Figure[];
}

/**
 * A negative fact in words, with its quote: “Cambodia Moves Up on US Trafficking List” says
 * Russia was no longer in Tier 3 in the 2003 report (“…”); it does not give its new tier.
 */
export function negativeNote(ds: Dataset, n: NonPlacement): string {
  const doc = ds.document(n.document);
  const placed = ds.documentSources.some(
    (s) => s.documents.includes(doc) && s.placementsFor(n.country, n.year).length > 0,
  );
  const what = n.notTier ? `was not in ${n.notTier}` : 'was not listed';
  const rest = n.notTier && !placed ? '; it does not give its tier' : '';
  return `${documentNoun(doc)} “${doc.headline}” says ${n.country} ${what} in the ${n.year} report (“${n.quote}”)${rest}.`;
}

/** "The article", "The news report", "The report page", "The embassy release". */
export function documentNoun(doc: SourceDocument): string {
  const nouns: Record<SourceDocument['kind'], string> = {
    'news article': 'The article',
    'news passage': 'The news report',
    'report text': 'The report page',
    'mirror of report text': 'The report page',
    'embassy press release': 'The embassy release',
  };
  return nouns[doc.kind];
}

/** What a figure is of: "convictions for Cambodia", "countries_ranked". */
function subjectOf(metric: Metric, country: string | null): string {
  return country ? `${metric.key} for ${country}` : metric.key;
}

/** "2015", "January–June 2019", or "the 2007 report" for whole-report figures. */
export function figurePeriodLabel(metric: Metric, period: Period): string {
  return metric.scope === 'global' ? `${period.year} report` : periodLabel(period);
}

/**
 * The formula that yields a figure, with its period as TIP_STAT reads it; a source, when
 * given, is named: =TIP_STAT("prosecutions", 2016, "Cambodia", "report").
 */
export function statFormula(
  metric: Metric,
  period: Period,
  country: string | null,
  source?: string,
): string {
  return formulaFor(metric.key, periodArgument(period), country, source);
}

/**
 * Text as a formula writes it, in double quotes with each double quote doubled, as Sheets
 * does: Côte "d'Ivoire" -> "Côte ""d'Ivoire""". (JSON's backslash escapes are not Sheets'.)
 */
export function sheetsText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The formula that yields a tier or a figure in a cell; `when` is a year or a period text. A
 * value asked of a named source names it: =TIP_TIER(2016, "Cambodia", "articles"),
 * =TIP_STAT("prosecutions", 2016, "Cambodia", "report").
 */
export function formulaFor(
  what: string,
  when: number | string,
  country: string | null,
  source?: string,
): string {
  const quote = sheetsText;
  const arg = typeof when === 'number' ? String(when) : quote(when);
  if (what === 'tier' && source) {
    return `=TIP_TIER(${arg}, ${quote(country ?? DEFAULT_COUNTRY)}, ${quote(source)})`;
  }
  if (source)
    return `=TIP_STAT(${quote(what)}, ${arg}, ${country ? quote(country) : ''}, ${quote(source)})`;
  const place = country && country !== DEFAULT_COUNTRY ? `, ${quote(country)}` : '';
  return what === 'tier'
    ? `=TIP_TIER(${arg}${place})`
    : `=TIP_STAT(${quote(what)}, ${arg}${place})`;
}

/**
 * The source a figure is asked from: undefined for "any"; a source of tiers only (the record)
 * is an error that names the sources of figures.
 */
export function figureSourceOf(ds: Dataset, choice: SourceChoice): DocumentsSource | undefined {
  if (choice === ANY) return undefined;
  const found = ds.documentSources.find((s) => s === choice);
  if (found) return found;
  throw new TipError(
    `source "${choice.key}" (${choice.label}) gives tiers only: figures come from ${ds.documentSources.map((s) => `"${s.key}"`).join(', ')} or "${ANY}".`,
  );
}

/** "43 individuals in the report's own words": a figure and the source that gives it. */
function givenIn(ds: Dataset, f: Figure): string {
  return `${figureText(f)} ${unitText(f.unit)} in ${ds.figureSource(f).label}`;
}

/** What two figures for the same period must share to agree: value, qualifier and unit. */
export function figureValueKey(f: Figure): string {
  return `${f.qualifier ?? ''} ${f.value} ${f.unit}`;
}

/**
 * The figure for a period from the source asked for: a year asks for the whole year (for
 * whole-report metrics, the report's year), any other period for exactly that period. "any"
 * takes the first source in registry order with a figure, and is an error where two sources
 * give different figures (value, qualifier or unit): never a silent pick. When the sources
 * have the metric for another period of that year, the message names it, its value and how to
 * ask for it; when only another source has it, the formula that asks that source.
 */
export function statFact(
  ds: Dataset,
  metric: Metric,
  period: Period,
  country: Country | null,
  choice: SourceChoice = ANY,
): StatFact {
  const where = metric.scope === 'global' ? null : (country?.name ?? null);
  const subject = subjectOf(metric, where);
  if (metric.scope === 'global' && !isWholeYear(period)) {
    throw new TipError(
      `${metric.key} is counted once per report: give the report's year, such as ${ds.metricPeriods(metric.key, null)[0]?.year ?? 2007}, not ${periodLabel(period)}.`,
    );
  }
  const only = figureSourceOf(ds, choice);
  const inChoice = (f: Figure) => !only || ds.figureSource(f) === only;
  const everyYear = ds.figuresFor(metric.key, where, period.year);
  const all = ds.documentSources.flatMap((s) =>
    everyYear.filter((f) => ds.figureSource(f) === s && samePeriod(f.period, period)),
  );
  const given = all.filter(inChoice);
  const sameYear = everyYear.filter(inChoice);
  const named = only ? only.label : 'the sources';
  if (given.length === 0) {
    const wanted = metric.scope === 'global' ? `the ${period.year} report` : periodLabel(period);
    const elsewhere = [...new Set(all.map((f) => ds.figureSource(f)))]
      .map((s) => ` A figure is in ${s.label}: ${statFormula(metric, period, where, s.key)}.`)
      .join('');
    if (sameYear.length) {
      const other = sameYear[0];
      throw new TipError(
        `No figure for ${subject} for ${period.fromMonth === undefined && !period.reportingPeriod ? `the whole of ${period.year}` : wanted} in ${named}; ` +
          `they have ${periodLabel(other.period)}: ${figureText(other)} ${unitText(other.unit)}. ` +
          `Ask for that period: ${statFormula(metric, other.period, where, only?.key)}.${elsewhere}`,
      );
    }
    const periods = ds.metricPeriods(metric.key, where, only);
    throw new TipError(
      `No ${subject} for ${wanted} in ${named}; ` +
        (periods.length
          ? `${metric.scope === 'global' ? 'report years' : 'periods'} with a figure: ${periods.map((p) => figurePeriodLabel(metric, p)).join(', ')}.`
          : 'it has no figure for any year.') +
        elsewhere,
    );
  }
  const from = ds.figureSource(given[0]);
  if (choice === ANY && new Set(given.map(figureValueKey)).size > 1) {
    const firsts = ds.documentSources
      .map((s) => given.find((f) => ds.figureSource(f) === s))
      .filter((f): f is Figure => f !== undefined);
    throw new TipError(
      `The sources disagree on ${subject} for ${periodLabel(period)}: ${firsts.map((f) => givenIn(ds, f)).join(', ')}. ` +
        `Name one source, or compare them with =TIP_STAT_CHECK(${JSON.stringify(metric.key)}, ${JSON.stringify(periodArgument(period))}).`,
    );
  }
  const sources = given.filter((f) => ds.figureSource(f) === from);
  return { metric, country: where, period, figure: sources[0], sources, from, all };
}

export function publisherLabel(doc: SourceDocument): string {
  return doc.publisher ?? 'publisher not known';
}

/** "2009-06-17" -> "17 June 2009". */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Where a document can be found, as a reference reads: headline, publisher (byline), date,
 * address. Fields the data lacks are left out, never guessed.
 */
export function documentReference(doc: SourceDocument): string {
  const by = doc.byline ? ` (${doc.byline})` : '';
  return [
    doc.headline,
    `${publisherLabel(doc)}${by}`,
    doc.published ? dateText(doc.published) : '',
    doc.url ?? 'address not known',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The outside facts a record rests on, each with where to check it. */
export function outsideFactsText(ds: Dataset, ids: readonly string[] | undefined): string {
  return (ids ?? [])
    .map((id) => ds.outsideFact(id))
    .map((f) => `${f.statement} (Check: ${f.check})`)
    .join(' ');
}

/** What a placement's words say beyond its tier: "downgraded; 4th year in a row; “state sponsor”". */
export function placementRemarks(p: Placement): string {
  const parts = [
    p.movement ? `${p.movement}${p.movementBasis ? ` (${p.movementBasis})` : ''}` : '',
    p.consecutiveYears ? `${ordinal(p.consecutiveYears)} year in a row` : '',
    ...(p.labels ?? []).map((l) => `called “${l}”`),
  ];
  return parts.filter(Boolean).join('; ');
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How a TIP_SOURCE line ends: the basis, in words a cell can hold. */
const BASIS_END: Record<Basis, string> = {
  stated: 'stated.',
  inferred: 'inferred.',
  external: 'external (rests on an outside fact: =TIP_BASIS(…, TRUE) names it).',
};

/** The longest line TIP_SOURCE gives: one source that speaks, readable in a cell. */
export const SOURCE_LINE_MAX = 600;

/**
 * One line of TIP_SOURCE: the quote, what its words say of the move, the short citation (APA
 * in-text, formatted at build time) with the address, and the basis:
 *
 *   “from 43 in 2015 to at least 100 in 2016” — (“US gives score on trafficking,” 2017) https://…; stated.
 *
 * A negative fact starts with what it denies ("Not in Tier 3 in the 2003 report: "). The
 * reasoning and the outside facts behind a value are in the sidebar and =TIP_BASIS(…, TRUE);
 * the full reference is =TIP_CITE's. A line longer than SOURCE_LINE_MAX has its quote cut in
 * the middle ("…"), never its citation.
 */
export function citation(ds: Dataset, fact: Sourced | NonPlacement): string {
  const doc = ds.document(fact.document);
  const figure = 'attribution' in fact ? (fact as Figure) : undefined;
  // A negative fact is the one record with a year and no tier.
  const negative =
    'year' in fact && !('tier' in fact)
      ? `${fact.notTier ? `Not in ${fact.notTier}` : 'Not listed'} in the ${fact.year} report: `
      : '';
  const remarks =
    'tier' in fact ? placementRemarks(fact as Placement) : figure ? countedBy(figure) : '';
  const where = [ds.citation(doc.id).short, doc.url].filter(Boolean).join(' ');
  const line = (quote: string) =>
    `${negative}“${quote}”${remarks ? ` (${remarks})` : ''} — ${where}; ${BASIS_END[fact.basis]}`;
  const full = line(fact.quote);
  const over = full.length - SOURCE_LINE_MAX;
  if (over <= 0) return full;
  const keep = Math.max(0, fact.quote.length - over - 1);
  const head = Math.ceil(keep / 2);
  return line(
    `${fact.quote.slice(0, head)}…${fact.quote.slice(fact.quote.length - (keep - head))}`,
  );
}

/** What each basis means, as =TIP_BASIS(…, TRUE) says it. */
const BASIS_MEANS: Record<Basis, string> = {
  stated: 'the quoted words give it outright',
  inferred: 'it follows from the sources’ own words, as the sidebar reasons it',
  external: 'it also rests on a fact from outside the sources',
};

/**
 * How a value was reached, in words (=TIP_BASIS with detail TRUE): its basis, the quote, and
 * each outside fact it rests on with where to check it. The reasoning recorded with a value is
 * in the sidebar (dist/Code.js leaves it out).
 */
export function basisDetail(ds: Dataset, fact: Sourced | NonPlacement): string {
  const outside = outsideFactsText(ds, fact.outsideFacts);
  return `${fact.basis}: ${BASIS_MEANS[fact.basis]} (“${fact.quote}”, ${ds.citation(fact.document).short}).${outside ? ` Outside fact: ${outside}` : ''}`;
}

/**
 * Whose count a figure is, as its document attributes it: "counted by National Committee for
 * Counter Trafficking (NCCT): “The National Committee for Counter Trafficking (NCCT) reported”".
 */
export function countedBy(figure: Figure): string {
  const { by, quote } = figure.attribution;
  // Words of attribution that the figure's own quote already holds are not repeated.
  const words = quote && !figure.quote.includes(quote) ? `: “${quote}”` : '';
  return `${figure.unit}; counted by ${by}${words}`;
}

/** Every source of a fact, one citation a line. */
export function citations(ds: Dataset, sources: readonly (Sourced | NonPlacement)[]): string {
  return sources.map((s) => citation(ds, s)).join('\n');
}

/** stated when any source states it; inferred when any infers it from the articles alone; else external. */
export function overallBasis(sources: readonly Sourced[]): Basis {
  if (sources.some((s) => s.basis === 'stated')) return 'stated';
  return sources.some((s) => s.basis === 'inferred') ? 'inferred' : 'external';
}

/** Value with its qualifier, as the article words it: "at least 100". */
export function figureText(figure: Figure): string {
  const value = groupThousands(figure.value);
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}

/** "US dollars" for USD; every other unit as the data names it ("individuals", "cases"). */
export function unitText(unit: string): string {
  return unit === 'USD' ? 'US dollars' : unit;
}

/** "at least 100 individuals, 2016", "78 cases, January–June 2019": value, unit and period. */
export function figureDisplay(metric: Metric, figure: Figure): string {
  return `${figureText(figure)} ${unitText(figure.unit)}, ${figurePeriodLabel(metric, figure.period)}`;
}

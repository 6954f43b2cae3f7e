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
import { MONTHS, periodArgument, periodLabel, samePeriod } from './periods';
import { groupThousands } from './text';

export interface StatFact {
  metric: Metric;
  country: string | null;
  period: Period;
  figure: Figure;
  sources: readonly Figure[];
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

/** The formula that yields a figure, with its period as TIP_STAT reads it. */
export function statFormula(metric: Metric, period: Period, country: string | null): string {
  return formulaFor(metric.key, periodArgument(period), country);
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
 * tier asked of a named source names it: =TIP_TIER(2016, "Cambodia", "articles").
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
  const place = country && country !== DEFAULT_COUNTRY ? `, ${quote(country)}` : '';
  return what === 'tier'
    ? `=TIP_TIER(${arg}${place})`
    : `=TIP_STAT(${quote(what)}, ${arg}${place})`;
}

/**
 * The figure for a period: a year asks for the whole year (for whole-report metrics, the
 * report's year), months ask for exactly those months. When the sources have the metric for
 * another part of that year, the message names it, its value and how to ask for it.
 */
export function statFact(
  ds: Dataset,
  metric: Metric,
  period: Period,
  country: Country | null,
): StatFact {
  const where = metric.scope === 'global' ? null : (country?.name ?? null);
  const subject = subjectOf(metric, where);
  if (metric.scope === 'global' && period.fromMonth !== undefined) {
    throw new TipError(
      `${metric.key} is counted once per report: give the report's year, such as ${ds.metricPeriods(metric.key, null)[0]?.year ?? 2007}, not ${periodLabel(period)}.`,
    );
  }
  const sameYear = ds.figuresFor(metric.key, where, period.year);
  const sources = sameYear.filter((f) => samePeriod(f.period, period));
  if (sources.length === 0) {
    const wanted = metric.scope === 'global' ? `the ${period.year} report` : periodLabel(period);
    if (sameYear.length) {
      const other = sameYear[0];
      throw new TipError(
        `No figure for ${subject} for ${period.fromMonth === undefined ? `the whole of ${period.year}` : wanted} in the sources; ` +
          `they have ${periodLabel(other.period)}: ${figureText(other)} ${metric.unit}. ` +
          `Ask for that period: ${statFormula(metric, other.period, where)}.`,
      );
    }
    const periods = ds.metricPeriods(metric.key, where);
    throw new TipError(
      `No ${subject} for ${wanted} in the sources; ` +
        (periods.length
          ? `${metric.scope === 'global' ? 'report years' : 'periods'} with a figure: ${periods.map((p) => figurePeriodLabel(metric, p)).join(', ')}.`
          : 'it has no figure for any year.'),
    );
  }
  return { metric, country: where, period, figure: sources[0], sources };
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

const YEAR_NOTE: Record<Basis, string> = {
  stated: '',
  inferred: ' (year inferred)',
  external: ' (year from an outside fact)',
};

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

/**
 * “quote” — Headline, Publisher, date, address; on the 2017 TIP report; stated.
 * External records add the outside facts they rest on; a negative fact starts with what it
 * denies ("Not in Tier 3 in 2003:", "Not listed in 2003:"); a placement adds what its words
 * say of the move ("downgraded").
 */
export function citation(ds: Dataset, fact: Sourced | NonPlacement): string {
  const doc = ds.document(fact.document);
  const year =
    doc.reportYear === null
      ? 'report year not fixed'
      : `on the ${doc.reportYear}${YEAR_NOTE[doc.reportYearBasis ?? 'stated']} TIP report`;
  // A negative fact is the one record with a year and no tier.
  const negative =
    'year' in fact && !('tier' in fact)
      ? `${fact.notTier ? `Not in ${fact.notTier}` : 'Not listed'} in the ${fact.year} report: `
      : '';
  const outside =
    fact.basis === 'external'
      ? `, resting on an outside fact: ${outsideFactsText(ds, fact.outsideFacts)}`
      : '';
  const remarks = 'tier' in fact ? placementRemarks(fact as Placement) : '';
  return `${negative}“${fact.quote}”${remarks ? ` (${remarks})` : ''} — ${documentReference(doc)}; ${year}; ${fact.basis}${outside}${outside ? '' : '.'}`;
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

/** "at least 100 people (January–June 2019)": value, qualifier, unit and any part-year period. */
export function figureDisplay(metric: Metric, figure: Figure): string {
  const unit = metric.unit === 'USD' ? 'US dollars' : metric.unit;
  return `${figureText(figure)} ${unit}, ${figurePeriodLabel(metric, figure.period)}`;
}

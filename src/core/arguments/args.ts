import { DEFAULT_COUNTRY, unknownCountryMessage } from '../base/country-names';

import { memoParse } from '../base/memo';
import { TipError, show } from '../base/errors';
import type { DataIndex } from '../data-index';
import type { Country, Metric } from '../base/types';
import {
  CITATION_STYLES,
  CITATION_STYLE_LABELS,
  type CitationStyle,
} from '../citations/citation-styles';
import { type CellValue, isBlank } from '../base/values';

export { type CellValue, isBlank } from '../base/values';

export { DEFAULT_COUNTRY } from '../base/country-names';
export { parseYear } from '../base/periods';

/** What to give for each argument a function cannot do without. */
const NEEDED: Record<string, string> = {
  year: 'a year such as 2016',
  metric: 'a metric such as "convictions"',
  what: '"tier" or a metric such as "convictions"',
};

/**
 * Required arguments: one left out of the formula (=TIP_TIER()) reaches the function as
 * undefined and is an error that names it; an empty cell given as the argument arrives as ""
 * and stays a blank (blank in, blank out).
 */
export function required(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args))
    if (value === undefined) throw new TipError(`${name} is missing: give ${NEEDED[name]}.`);
}

/** Text, trimmed; `valid` (what is valid, in words) is worked out only for the message. */
function requireText(value: CellValue, name: string, valid: () => string): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new TipError(`${name} ${show(value)} is not a ${name} name: ${valid()}.`);
}

/**
 * A country name or alias, or an ISO code; blank means Cambodia. An unknown name gets the
 * closest names ("Did you mean …?").
 */
export const parseCountry = memoParse(function parseCountry(
  ds: DataIndex,
  value: CellValue,
): Country {
  if (isBlank(value)) return ds.findCountry(DEFAULT_COUNTRY) as Country;
  // Counting every country reads Kelley and Heiss's record: only for a message.
  const valid = () =>
    `=TIP_COUNTRIES() lists all ${ds.allCountries.length} countries of every source, and =TIP_COUNTRIES("${ds.press.key}") those of ${ds.press.label} (names, other names, ISO codes)`;
  const text = requireText(value, 'country', valid);
  const country = ds.findCountry(text);
  if (!country) {
    throw new TipError(unknownCountryMessage(ds.allCountries, text, 'any source', valid()));
  }
  return country;
});

/** A metric key, label or alias, whatever its case and spacing. */
export const parseMetric = memoParse(function parseMetric(ds: DataIndex, value: CellValue): Metric {
  const valid = () =>
    `valid metrics are ${ds.metrics.map((m) => m.key).join(', ')} (=TIP_METRICS() lists them with units)`;
  const text = requireText(value, 'metric', valid);
  const metric = ds.findMetric(text);
  if (!metric) throw new TipError(`Unknown metric ${show(text)}: ${valid()}.`);
  return metric;
});

/**
 * The country a figure is looked up for: none for a whole-report metric whose country is left
 * blank, otherwise the country given (Cambodia when blank).
 */
export function parsePlace(ds: DataIndex, metric: Metric, value: CellValue): Country | null {
  return metric.scope === 'global' && isBlank(value) ? null : parseCountry(ds, value);
}

/** An optional single-value argument: a range here is a mistake worth naming. */
export function single(value: unknown, name: string): CellValue {
  if (Array.isArray(value)) {
    const flat = value.flat();
    if (flat.length === 1) return flat[0] as CellValue;
    throw new TipError(`${name} takes one value, not a range of ${flat.length} cells.`);
  }
  return value as CellValue;
}

/**
 * A citation style: "apa" (APA 7th edition, the default when left blank) or "chicago"
 * (Chicago 17th edition, notes and bibliography), whatever their case.
 */
export function parseCitationStyle(value: CellValue): CitationStyle {
  if (isBlank(value)) return CITATION_STYLES[0];
  const key = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const found = CITATION_STYLES.find((s) => s === key);
  if (found) return found;
  throw new TipError(
    `style ${show(value)} is not a citation style: give ${CITATION_STYLES.map((s) => `"${s}" (${CITATION_STYLE_LABELS[s]})`).join(' or ')}, or leave it out for "apa".`,
  );
}

/**
 * Sheets number formats that keep a figure a number (for sums and charts) while showing what
 * qualifies it: `"at least "#,##0` displays 100 as "at least 100". Literal text goes in double
 * quotes, as Google's number-format syntax requires.
 */
import type { Figure } from '../base/types';
import { isWholeYear, periodLabel } from '../base/periods';
import { groupThousands } from '../base/text';

const literal = (text: string) => `"${text.replace(/"/g, '')}"`;

/** `"at least "#,##0" (January–June 2019)"`: the number, its qualifier before, a note after. */
function numberFormat(qualifier?: string, note?: string): string {
  const prefix = qualifier ? literal(`${qualifier} `) : '';
  return `${prefix}#,##0${note ? literal(` (${note})`) : ''}`;
}

/** The format for a figure's cell, or null when the plain number says it all. */
export function figureNumberFormat(figure: Figure, withPeriod: boolean): string | null {
  const note = withPeriod && !isWholeYear(figure.period) ? periodLabel(figure.period) : undefined;
  return figure.qualifier || note ? numberFormat(figure.qualifier, note) : null;
}

/** What a cell under figureNumberFormat displays: "at least 100", "78 (January–June 2019)". */
export function figureCellText(figure: Figure, withPeriod: boolean): string {
  const value = groupThousands(Math.round(figure.value));
  const prefix = figure.qualifier ? `${figure.qualifier} ` : '';
  const suffix =
    withPeriod && !isWholeYear(figure.period) ? ` (${periodLabel(figure.period)})` : '';
  return `${prefix}${value}${suffix}`;
}

/** Value-column formats of the inserted figures table, from its Qualifier column. */
export function valueFormats(qualifiers: readonly (string | number)[]): string[] {
  return qualifiers.map((q) => numberFormat(q ? String(q) : undefined));
}

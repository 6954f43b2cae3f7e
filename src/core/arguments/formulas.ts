import { DEFAULT_COUNTRY } from '../base/country-names';

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

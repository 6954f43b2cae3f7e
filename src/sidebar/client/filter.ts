/** Which documents and facts the filters and the search let through. Pure, for tests. */
import type { ArticleView, FactView } from '../api';

export interface Filters {
  /** A country name, or "" for all. */
  country: string;
  /** A year, or "" for all. */
  year: string;
  /** "tier", a metric key, or "" for all. */
  what: string;
  /** Free text, matched against quotes, headlines, values and reasoning. */
  query: string;
  /**
   * How a placement compares across the sources ("differs", "agrees", "only"), or what the
   * press check says of a press placement ("press-differs": the press differs from the report
   * or the record; "press-error": the data records a press error), or "" for all. Set, it lets
   * placements only through (a figure's check shows on its card).
   */
  check: string;
  /** A source key ("report", "articles"), or "" for all. */
  source: string;
}

export const NO_FILTERS: Filters = {
  country: '',
  year: '',
  what: '',
  query: '',
  check: '',
  source: '',
};

/** Whether a placement passes the check filter ("only": one source alone). */
function verdictMatches(compared: FactView['compared'], check: string): boolean {
  if (!check) return true;
  const verdict = compared?.verdict;
  if (verdict === undefined) return false;
  if (check === 'press-differs') return compared?.check?.startsWith('differs') ?? false;
  if (check === 'press-error') return compared?.check?.includes('; press ') ?? false;
  return check === 'only' ? verdict.endsWith(' only') : verdict === check;
}

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

function factMatches(fact: FactView, article: ArticleView, f: Filters, words: string[]): boolean {
  if (f.country && fact.country !== f.country) return false;
  if (f.year && String(fact.year) !== f.year) return false;
  if (f.what && fact.what !== f.what) return false;
  if (f.source && article.source !== f.source) return false;
  // The check filter is on placements (its options say so); a figure's check is on its card.
  if (f.check && fact.kind !== 'tier') return false;
  if (!verdictMatches(fact.compared, f.check)) return false;
  if (words.length === 0) return true;
  const haystack = fold(
    [
      fact.subject,
      fact.valueText,
      fact.quote,
      fact.reasoning ?? '',
      fact.formula ?? '',
      fact.basis,
      article.headline,
      article.publisher,
      article.sourceLabel,
    ].join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

/**
 * The documents with at least one fact that passes, each with only the facts that pass. With
 * no filter and no search, every document is shown, a page that gives no fact (an undated
 * report page) included; with only a source chosen, every document of that source.
 */
export function filterArticles(articles: readonly ArticleView[], f: Filters): ArticleView[] {
  const words = fold(f.query).split(' ').filter(Boolean);
  const narrowed = words.length > 0 || [f.country, f.year, f.what, f.check].some(Boolean);
  return articles
    .filter((a) => !f.source || a.source === f.source)
    .map((a) => ({ ...a, facts: a.facts.filter((fact) => factMatches(fact, a, f, words)) }))
    .filter((a) => a.facts.length > 0 || !narrowed);
}

export function factCount(articles: readonly ArticleView[]): number {
  return articles.reduce((n, a) => n + a.facts.length, 0);
}

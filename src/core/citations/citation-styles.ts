/**
 * The citation styles the add-on offers, with no dependency: the sidebar's bundle and the
 * argument parser read it. The citations themselves are formatted at build time
 * (src/data/format-citations.ts).
 */

/** APA 7th edition (author–date), the default, and Chicago 17th edition (notes and bibliography). */
export const CITATION_STYLES = ['apa', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** How each style is named in messages and the panel's menu. */
export const CITATION_STYLE_LABELS: Record<CitationStyle, string> = {
  apa: 'APA 7th edition (author–date)',
  chicago: 'Chicago 17th edition (notes and bibliography)',
};

/** The longest citation =TIP_CITE gives: the build refuses a longer one (format-citations.ts). */
export const CITE_MAX = 400;

/**
 * The README's table of where the articles and Kelley and Heiss's record do not agree, or only
 * one has a tier, for the articles' countries and the record's report years.
 * tests/readme.test.ts checks that the README holds exactly this table (and shows it when not).
 */
import { compareTier, type Check } from '../src/core/compare';
import type { Dataset } from '../src/core/dataset';
import { yearRanges } from '../src/core/text';

const SHOWN: Check[] = ['differs', 'articles only', 'dataset only'];

export function recordTable(ds: Dataset): string {
  const [from, to] = ds.reference.span;
  const rows = [...ds.countries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((country) => {
      const years: Record<string, number[]> = {};
      for (let year = from; year <= to; year++) {
        const { check } = compareTier(ds, country, year);
        if (SHOWN.includes(check)) (years[check] ??= []).push(year);
      }
      const cell = (check: Check) => (years[check] ? yearRanges(years[check]) : '—');
      return `| ${country.name} | ${SHOWN.map(cell).join(' | ')} |`;
    });
  return [
    '| Country | Differs | Articles only | Dataset only |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

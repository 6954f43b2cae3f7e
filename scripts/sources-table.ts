/**
 * The README's table of where the sources part: for each country of the data files, the
 * report years where two sources that give a tier differ, and those only one source gives (a
 * column per source, from the registry). Years no source covers are not listed.
 * tests/readme.test.ts checks that the README holds exactly this table (and shows it when not).
 */
import { ANY, compareTier, tierYears } from '../src/core/compare';
import type { Dataset } from '../src/core/dataset';
import { yearRanges } from '../src/core/text';

export function sourcesTable(ds: Dataset): string {
  const columns = ['differs', ...ds.sources.map((s) => `${s.key} only`)];
  const rows = [...ds.countries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((country) => {
      const years: Record<string, number[]> = {};
      for (const year of tierYears(ds, country, ANY)) {
        const { verdict } = compareTier(ds, country, year);
        if (columns.includes(verdict)) (years[verdict] ??= []).push(year);
      }
      const cell = (column: string) => (years[column] ? yearRanges(years[column]) : '—');
      return `| ${country.name} | ${columns.map(cell).join(' | ')} |`;
    });
  const heads = ['Differs', ...ds.sources.map((s) => `${s.entry.column} only`)];
  return [
    `| Country | ${heads.join(' | ')} |`,
    `| --- | ${heads.map(() => '---').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

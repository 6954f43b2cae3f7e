/**
 * The README's table of where the sources part: for each country of the data files, the
 * report years where two sources that give a tier differ, those only one source gives (a
 * column per source, from the registry), and the press errors the data records (errata, by
 * year and kind, as TIP_CHECK names them). Years no source covers are not listed.
 * tests/readme.test.ts checks that the README holds exactly this table (and shows it when not).
 */
import { pressErrors } from '../src/core/tiers/check';
import { ANY, compareTier, tierYears } from '../src/core/tiers/compare';
import type { DataIndex } from '../src/core/data-index';
import { yearRanges } from '../src/core/base/text';

export function sourcesTable(ds: DataIndex): string {
  const columns = ['differs', ...ds.sources.map((s) => `${s.key} only`)];
  const rows = [...ds.countries]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((country) => {
      const years: Record<string, number[]> = {};
      const errors: string[] = [];
      for (const year of tierYears(ds, country, ANY)) {
        const { verdict } = compareTier(ds, country, year);
        if (columns.includes(verdict)) (years[verdict] ??= []).push(year);
        const kinds = new Set(
          pressErrors(ds.press.placementsFor(country.name, year)).map((e) => e.kind),
        );
        if (kinds.size) errors.push(`${year} ${[...kinds].join(', ')}`);
      }
      const cell = (column: string) => (years[column] ? yearRanges(years[column]) : '—');
      return `| ${country.name} | ${columns.map(cell).join(' | ')} | ${errors.join('; ') || '—'} |`;
    });
  const heads = ['Differs', ...ds.sources.map((s) => `${s.entry.column} only`), 'Press errors'];
  return [
    `| Country | ${heads.join(' | ')} |`,
    `| --- | ${heads.map(() => '---').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

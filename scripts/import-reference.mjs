// npm run import-reference: writes src/data/reference-tiers.json, the project's compact copy of
// Kelley and Heiss's tier record (../shared/reference/scorecard-diplomacy/map_tiers.csv), with
// its attribution and MIT licence text. One entry per run of consecutive CSV rows of one
// country, in the CSV's order (src/core/sources/reference.ts reads it):
//   "ISO|name in the record|years|one character per row"
// where years lists the rows' years as runs in row order ("1999-2014", "2015,1999-2014"), left
// empty for the usual run (the file's "years", 1999-2015), and
// the character is the record's factor code (1 Tier 1, 2 Tier 2, 3 Tier 2 Watch List, 4 Tier 3)
// or "-" for NA. A row's number in the CSV follows from the order: the header is row 1.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DATA_DIR, ROOT } from './lib.mjs';

export const REFERENCE_DIR = path.resolve(ROOT, '..', 'shared', 'reference', 'scorecard-diplomacy');
export const CSV_FILE = path.join(REFERENCE_DIR, 'map_tiers.csv');

/** The CSV's rows as objects, in file order. */
export function readCsv(file = CSV_FILE) {
  return parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
}

/** "1999-2014", "2015,1999-2014": the years of consecutive rows, as runs. */
function runs(years) {
  const parts = [];
  for (let i = 0; i < years.length;) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(j === i ? String(years[i]) : `${years[i]}-${years[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export function compact(rows) {
  const blocks = [];
  let current = null;
  for (const row of rows) {
    if (!current || current.iso !== row.iso) {
      current = { iso: row.iso, name: row.countryname, years: [], codes: '' };
      blocks.push(current);
    }
    if (current.name !== row.countryname)
      throw new Error(`map_tiers.csv: two names for ${row.iso}`);
    if (!/^(NA|[1-4])$/.test(row.tier)) throw new Error(`map_tiers.csv: tier "${row.tier}"`);
    current.years.push(Number(row.year));
    current.codes += row.tier === 'NA' ? '-' : row.tier;
  }
  const counts = new Map();
  for (const b of blocks) counts.set(runs(b.years), (counts.get(runs(b.years)) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const countries = blocks.map((b) => {
    const own = runs(b.years);
    return `${b.iso}|${b.name}|${own === usual ? '' : own}|${b.codes}`;
  });
  return { years: usual, countries };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const licence = fs.readFileSync(path.join(REFERENCE_DIR, 'LICENSE'), 'utf8').trim();
  const reference = {
    title: 'Scorecard Diplomacy: TIP report tier placements, 2001–2015',
    authors: 'Judith Kelley and Andrew Heiss',
    year: 2017,
    source:
      'github.com/andrewheiss/scorecard-diplomacy, commit f8c06be83c75c34c97bc3992e24fedc8d275c83b, data/processed/map_tiers.csv',
    file: 'map_tiers.csv',
    book: 'Judith G. Kelley, Scorecard Diplomacy: Grading States to Influence their Reputation and Behavior, Cambridge University Press, 2017',
    licence,
    // The record as a citation names it (src/core/citations/csl.ts): a data set, by its repository's
    // own title, at the commit the file was copied from.
    cite: {
      authors: [
        { family: 'Kelley', given: 'Judith' },
        { family: 'Heiss', given: 'Andrew' },
      ],
      title: 'Scorecard Diplomacy code repository',
      site: 'GitHub',
      date: '2017',
      url: 'https://github.com/andrewheiss/scorecard-diplomacy/blob/f8c06be83c75c34c97bc3992e24fedc8d275c83b/data/processed/map_tiers.csv',
    },
    coding:
      '1 = Tier 1, 2 = Tier 2, 3 = Tier 2 Watch List, 4 = Tier 3, - = NA (not in that report, or a special case)',
    ...compact(readCsv()),
  };
  const out = path.join(DATA_DIR, 'reference-tiers.json');
  const text = `${JSON.stringify(reference, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    // Compares the data, not the layout (Prettier may wrap the file's lines).
    const same =
      JSON.stringify(JSON.parse(fs.readFileSync(out, 'utf8'))) === JSON.stringify(reference);
    console.log(
      same
        ? `import-reference: ${path.relative(ROOT, out)} is what map_tiers.csv gives`
        : `import-reference: ${path.relative(ROOT, out)} differs from map_tiers.csv: run npm run import-reference`,
    );
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(out, text);
  console.log(
    `import-reference: ${reference.countries.length} runs of rows written to ${path.relative(ROOT, out)}`,
  );
}

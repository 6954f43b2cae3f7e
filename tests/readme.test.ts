/**
 * The README's section on the data states counts and facts about the data files; these tests
 * fail when the data changes and the README does not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES, getDataset } from '../src/data';
import { sourcesTable } from '../scripts/sources-table';

const readme = fs
  .readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8')
  .replace(/\s+/g, ' ');
const section = readme.slice(
  readme.indexOf('## Where the data comes from'),
  readme.indexOf('## Push it to a spreadsheet'),
);
const facts = [...DATA_FILES.placements, ...DATA_FILES.nonPlacements, ...DATA_FILES.figures];

test('the record counts it gives are the data files’ counts', () => {
  const count = (pattern: RegExp) => Number(pattern.exec(section)?.[1]);
  expect(count(/`placements\.json` \((\d+) records\)/)).toBe(DATA_FILES.placements.length);
  expect(count(/`non-placements\.json` \((\d+) records\)/)).toBe(DATA_FILES.nonPlacements.length);
  expect(count(/`figures\.json` \((\d+) records\)/)).toBe(DATA_FILES.figures.length);
  expect(count(/`metrics\.json` \((\d+) metrics\)/)).toBe(DATA_FILES.metrics.length);
  expect(count(/`outside-facts\.json` \((\d+) records\)/)).toBe(DATA_FILES.outsideFacts.length);
  expect(count(/`countries\.json` \((\d+) countries\)/)).toBe(DATA_FILES.countries.length);
  expect(count(/(\d+) are named in at least one article/)).toBe(
    DATA_FILES.countries.filter((c) => c.namedIn.length > 0).length,
  );
  for (const basis of ['stated', 'inferred', 'external'] as const) {
    expect([basis, count(new RegExp(`_${basis}_ \\((\\d+) records\\)`))]).toEqual([
      basis,
      facts.filter((f) => f.basis === basis).length,
    ]);
  }
});

test('the countries it says no article names are those', () => {
  const unnamed = DATA_FILES.countries.filter((c) => c.namedIn.length === 0).map((c) => c.name);
  expect(section).toContain(
    `${unnamed.slice(0, -1).join(', ')} and the ${unnamed.at(-1)} are named in none`,
  );
});

test('every outside fact is described in the section', () => {
  expect(section).toContain("ASEAN's members in 2003");
  for (const id of DATA_FILES.outsideFacts.map((f) => f.id)) {
    const year = /tip-(\d{4})-release/.exec(id)?.[1];
    if (year) expect(section).toContain(`the ${year} report's release`);
  }
});

test('its table of where the articles and the record part is the data’s', () => {
  // Prettier pads table cells; compare cells, not spacing.
  const cells = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('|') && !/^\|[\s|:-]+\|$/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
  const expected = cells(sourcesTable(getDataset()));
  const raw = fs.readFileSync(path.resolve(__dirname, '..', 'README.md'), 'utf8');
  const start = raw.indexOf('| Country ');
  const table = raw.slice(start, raw.indexOf('\n\n', start));
  expect(cells(table)).toEqual(expected);
});

/** src/data/columnar.ts: the compact form of the data in dist/Code.js gives back every record. */
import { decodeTable, encodeTable } from '../src/data/columnar';
import { DATA_FILES } from '../src/data';

test('every array of records of the data files comes back exactly', () => {
  const tables = Object.entries(DATA_FILES).filter(([, v]) => Array.isArray(v));
  expect(tables.length).toBeGreaterThan(8);
  for (const [key, rows] of tables) {
    const back = decodeTable(JSON.parse(JSON.stringify(encodeTable(rows as never))));
    expect([key, back]).toEqual([key, rows]);
  }
});

test('a field of objects travels as a table of its own, absent and empty objects kept apart', () => {
  const rows = [
    { id: 'a', cite: { author: 'U.S. Department of State', date: '2018' } },
    { id: 'b', cite: { author: 'U.S. Department of State' } },
    { id: 'c' },
    { id: 'd', cite: {} },
    { id: 'e', cite: { author: 'U.S. Department of State', date: '2019' } },
  ];
  const encoded = encodeTable(rows);
  const [fields] = encoded;
  expect(fields.find((f) => Array.isArray(f) && f[0] === 'cite')).toEqual([
    'cite',
    null,
    expect.any(Array),
  ]);
  expect(decodeTable(encoded)).toEqual(rows);
  expect('cite' in decodeTable(encoded)[2]).toBe(false);
});

import { packData, unpackData } from '../src/sidebar/embed';
import { sidebarData } from '../src/core/tables/facts';
import { DataIndex } from '../src/core/data-index';
import { readDataFolder } from '../src/data/files';
import path from 'node:path';

describe("the sidebar page's packed data", () => {
  test('unpacks to exactly the data the build packed, and is smaller', () => {
    const data = sidebarData(
      new DataIndex(readDataFolder(path.join(__dirname, '..', 'src', 'data'))),
    );
    const packed = packData(data);
    expect(unpackData(JSON.parse(JSON.stringify(packed)))).toEqual(
      JSON.parse(JSON.stringify(data)),
    );
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(data).length * 0.8);
  });

  test('keeps absent keys absent, nulls, one-record lists and strings that look like marks', () => {
    const value = {
      rows: [{ a: 1, b: null }, { a: 2, c: [{ x: 'repeated string!' }] }, { a: 3 }],
      one: [{ only: true }],
      tricky: ['\u0001' + '0', '\u0000', 'repeated string!', 'repeated string!'],
    };
    const back = unpackData(JSON.parse(JSON.stringify(packData(value))));
    expect(back).toEqual(value);
    expect(Object.keys((back as typeof value).rows[2])).toEqual(['a']);
  });
});

/**
 * A compact form for the data embedded in dist/Code.js, which every custom-function call
 * loads: an array of records becomes [header, columns], one array per field, and a field whose
 * values repeat (article ids, tiers, quotes shared by several records) or that some records
 * lack is stored once per distinct value, as indexes (-1 for a record without the field). A
 * field whose values are objects (a document's year clue, its citation fields) may travel as
 * a table of its own, so that each of their fields is stored once per distinct value too; its
 * column then says which records have it (1) or not (0). decodeTable gives back exactly the
 * records encodeTable was given.
 */
type Row = Record<string, unknown>;
/**
 * A field: its name; or its name and its distinct values (the column then holds indexes); or
 * its name, null and the table of its objects (the column then holds 1 or 0).
 */
type Field = string | [string, unknown[]] | [string, null, Columnar];
export type Columnar = [Field[], unknown[][]];

const isObject = (v: unknown): v is Row => !!v && typeof v === 'object' && !Array.isArray(v);

const size = (v: unknown) => JSON.stringify(v).length;

export function encodeTable(rows: readonly Row[]): Columnar {
  const names: string[] = [];
  for (const row of rows) for (const k of Object.keys(row)) if (!names.includes(k)) names.push(k);
  const fields: Field[] = [];
  const columns: unknown[][] = [];
  for (const name of names) {
    const plain = rows.map((r) => r[name]);
    const distinct: unknown[] = [];
    const keys: string[] = [];
    const indexes = plain.map((v, i) => {
      if (!(name in rows[i])) return -1;
      const key = JSON.stringify(v);
      if (!keys.includes(key)) {
        keys.push(key);
        distinct.push(v);
      }
      return keys.indexOf(key);
    });
    const someLack = indexes.includes(-1);
    const present = rows.map((r) => (name in r ? 1 : 0));
    const nested = plain.every((v, i) => !present[i] || isObject(v))
      ? encodeTable(plain.map((v) => (isObject(v) ? v : {})))
      : null;
    const byValue = size(distinct) + size(indexes);
    if (
      nested &&
      size(nested) + size(present) < Math.min(byValue, someLack ? Infinity : size(plain))
    ) {
      fields.push([name, null, nested]);
      columns.push(present);
    } else if (someLack || byValue < size(plain)) {
      fields.push([name, distinct]);
      columns.push(indexes);
    } else {
      fields.push(name);
      columns.push(plain);
    }
  }
  return [fields, columns];
}

export function decodeTable([fields, columns]: Columnar): Row[] {
  const count = columns.length ? columns[0].length : 0;
  const rows: Row[] = [];
  const nestedRows: Row[][] = [];
  for (let i = 0; i < count; i++) {
    const row: Row = {};
    fields.forEach((field, j) => {
      const v = columns[j][i];
      if (typeof field === 'string') row[field] = v;
      else if (field[1] === null) {
        if (v === 1) row[field[0]] = (nestedRows[j] ??= decodeTable(field[2]))[i];
      } else if (v !== -1) row[field[0]] = field[1][v as number];
    });
    rows.push(row);
  }
  return rows;
}

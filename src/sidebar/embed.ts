/**
 * The sidebar's data travels inside its HTML page as JSON in a
 * `<script type="application/json" id="sidebar-data">` element (written by scripts/build.mjs).
 * Every `<`, `>` and `&` is escaped (so no text can close the element or open a comment), and
 * the two line separators JSON allows but old JavaScript did not; JSON.parse reads the escapes
 * back as the same characters.
 */
export const SIDEBAR_DATA_ID = 'sidebar-data';

export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The page's data element, packed (packData). */
export function dataScript(value: unknown): string {
  return `<script type="application/json" id="${SIDEBAR_DATA_ID}">${embedJson(packData(value))}</script>`;
}

/** Marks a packed list of records; a key's value of ABSENT is a key the record lacks. */
const PACKED = '\u0000records';
const ABSENT = '\u0000';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The same value with every list of two or more records written as its keys once and a row of
 * values per record (`{"\u0000records": keys, "rows": [[…], …]}`), so that the page does not
 * repeat each field's name for every fact; unpackRecords gives back the value exactly.
 */
export function packRecords(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length < 2 || !value.every(isRecord)) return value.map(packRecords);
    const keys = [...new Set(value.flatMap((r) => Object.keys(r)))];
    return {
      [PACKED]: keys,
      rows: value.map((r) => keys.map((k) => (r[k] === undefined ? ABSENT : packRecords(r[k])))),
    };
  }
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, packRecords(v)]));
  return value;
}

/** What packRecords packed, as it was (a key the record lacked stays absent). */
export function unpackRecords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpackRecords);
  if (!isRecord(value)) return value;
  const keys = value[PACKED];
  if (Array.isArray(keys))
    return (value.rows as unknown[][]).map((row) =>
      Object.fromEntries(
        keys.flatMap((k: string, i) => (row[i] === ABSENT ? [] : [[k, unpackRecords(row[i])]])),
      ),
    );
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unpackRecords(v)]));
}

/** Marks a reference to the table of repeated strings: "\u0001" and the string's index. */
const SHARED = '\u0001';
const STRINGS = '\u0000strings';

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/**
 * The page's data: its lists of records packed (packRecords), and each string of 12 characters
 * or more that occurs more than once (a quote shared by several facts, a verdict) written once
 * in a table and referred to by its index. unpackData gives back the value exactly.
 */
export function packData(value: unknown): unknown {
  const packed = packRecords(value);
  const counts = new Map<string, number>();
  mapStrings(packed, (s) => (counts.set(s, (counts.get(s) ?? 0) + 1), s));
  const table = [...counts].filter(([s, n]) => s.length >= 12 && n > 1).map(([s]) => s);
  const index = new Map(table.map((s, i) => [s, i]));
  const data = mapStrings(packed, (s) =>
    index.has(s) ? `${SHARED}${index.get(s)}` : s.startsWith(SHARED) ? `${SHARED}${s}` : s,
  );
  return { [STRINGS]: table, data };
}

/** What packData packed, as it was. */
export function unpackData(value: unknown): unknown {
  const { [STRINGS]: table, data } = value as { [STRINGS]: string[]; data: unknown };
  const strings = mapStrings(data, (s) =>
    !s.startsWith(SHARED) ? s : s.startsWith(SHARED, 1) ? s.slice(1) : table[Number(s.slice(1))],
  );
  return unpackRecords(strings);
}

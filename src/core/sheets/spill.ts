/**
 * Whether a formula's result could spill over cells below and to the right of it (an array
 * result). Sheets documents no way to read how far a result reaches, and a blank cell of one
 * reads as an empty cell: so the answer fails closed. A formula is taken as single-valued only
 * when everything in it is known to give one value: functions listed below (an aggregate may
 * read ranges; any other listed function only single cells), single-cell references, numbers,
 * text and TRUE/FALSE. Anything else (an array literal {…}, ARRAYFORMULA, QUERY, FILTER,
 * SEQUENCE, IMPORTRANGE, a named range, a custom function, one of the add-on's table
 * functions, a range outside an aggregate) could spill. Pure: knows nothing of Apps Script.
 */

/** What a cell shows while its custom function runs. */
export const LOADING_TEXT = 'Loading...';

/** One value whatever their arguments, ranges included. */
const AGGREGATES = new Set(
  (
    'SUM SUMIF SUMIFS SUMPRODUCT SUMSQ COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS COUNTUNIQUE ' +
    'AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS MIN MINA MAX MAXA MAXIFS MINIFS MEDIAN MODE STDEV ' +
    'STDEVP STDEVA VAR VARP PRODUCT CORREL LARGE SMALL RANK PERCENTILE QUARTILE ROWS COLUMNS ' +
    'MATCH VLOOKUP HLOOKUP JOIN TEXTJOIN CONCATENATE'
  ).split(' '),
);

/** An aggregate's call with no call inside it: SUM(A1:A3). */
const AGGREGATE_CALL = new RegExp(
  `(?<![\\w.])(?:${[...AGGREGATES].join('|')})\\s*\\([^()]*\\)`,
  'gi',
);

/**
 * One value for single-value arguments (given a range, some of them give an array): among them
 * the add-on's functions that answer one cell (TIP_TIER(2016)).
 */
const SCALARS = new Set(
  (
    'IF IFS IFERROR IFNA AND OR NOT XOR ROUND ROUNDUP ROUNDDOWN INT ABS MOD POWER SQRT LN LOG ' +
    'LOG10 EXP SIGN PI RAND RANDBETWEEN CEILING FLOOR LEN LEFT RIGHT MID UPPER LOWER PROPER ' +
    'TRIM CONCAT SUBSTITUTE REPLACE REPT TEXT VALUE TO_TEXT N T EXACT FIND SEARCH CHAR CODE ' +
    'HYPERLINK DATE TIME YEAR MONTH DAY HOUR MINUTE SECOND WEEKDAY EDATE EOMONTH DATEDIF ' +
    'TODAY NOW ISNUMBER ISTEXT ISBLANK ISERROR ISNA ISLOGICAL NA TRUE FALSE ' +
    'TIP_TIER TIP_TIER_NUMBER TIP_CHECK TIP_STAT TIP_SOURCE TIP_BASIS'
  ).split(' '),
);

/** A1, $B$2, with or without a sheet ('My sheet'!A1 has its name taken out before). */
const CELL = /^\$?[A-Z]{1,3}\$?\d+$/i;

/**
 * Whether a formula could lay an array result over the cells below and right of it, given the
 * formula (as Range.getFormulas gives it) and what its cell shows (getDisplayValues): one still
 * loading or already #REF! (blocked, or broken) counts as spilling.
 */
export function maySpill(formula: string, shown: string): boolean {
  if (shown === LOADING_TEXT || shown === '#REF!') return true;
  // Text and quoted sheet names hold nothing to read.
  let code = formula
    .replace(/^=/, '')
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/'(?:[^']|'')*'!/g, '');
  // An aggregate gives one value whatever it reads: each innermost one counts as a number.
  for (let before = ''; before !== code;) {
    before = code;
    code = code.replace(AGGREGATE_CALL, '0');
  }
  if (/[{}]/.test(code)) return true;
  const functions: string[] = [];
  let ranges = false;
  const token = /([A-Za-z_][\w.]*!)?(\$?[A-Za-z_][\w.$]*)(\s*\()?(:\$?[A-Za-z]*\$?\d*)?/g;
  for (const [, , name, call, range] of code.matchAll(token)) {
    if (call) {
      functions.push(name.toUpperCase());
      continue;
    }
    if (range) ranges = true;
    else if (!CELL.test(name) && !/^(TRUE|FALSE)$/i.test(name)) return true; // a named range
  }
  if (/\d\s*:\s*\$?\d/.test(code)) ranges = true; // whole rows: 1:3
  for (const f of functions) {
    if (AGGREGATES.has(f)) continue;
    if (!SCALARS.has(f) || ranges) return true;
  }
  return ranges && functions.length === 0;
}

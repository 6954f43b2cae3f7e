/**
 * A small evaluator of custom-function formulas for the in-memory spreadsheet, for tests that
 * need formulas to give results (an array result laid out over the cells, #REF! where it is
 * blocked) without the preview's formula engine: `=NAME(arg, …)` where NAME is one of the
 * functions given and each argument is a number, a "text", a cell (A1) or a range (A1:B2) of
 * the formula's sheet, or another such call. As Sheets passes them: a range as a 2D array, a
 * cell as its value, an argument written empty (`=F(, 2)`) as "", and one left out at the end
 * not at all (the function sees undefined). Anything else is an error (the cell shows #ERROR!).
 */
import { parseA1, type FakeSheet, type Value } from './sheets';

type Fn = (...args: unknown[]) => unknown;
type Result = Value | Value[][];

export function customFunctionEvaluator(functions: Record<string, Fn>) {
  return (sheet: FakeSheet, _row: number, _col: number, formula: string): Result => {
    let at = 0;
    const text = formula.replace(/^=/, '');
    const fail = (): never => {
      throw new Error(`The evaluator cannot read ${formula}`);
    };
    const skip = () => {
      while (text[at] === ' ') at++;
    };
    const expr = (): unknown => {
      skip();
      const rest = text.slice(at);
      let m: RegExpExecArray | null;
      if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
        at += m[0].length;
        return m[1].replace(/""/g, '"');
      }
      if ((m = /^-?\d+(\.\d+)?/.exec(rest))) {
        at += m[0].length;
        return Number(m[0]);
      }
      if ((m = /^([A-Z]+\d+)(?::([A-Z]+\d+))?(?![\w(])/i.exec(rest))) {
        at += m[0].length;
        const [r1, c1] = parseA1(m[1]);
        if (!m[2]) return sheet.valueAt(r1, c1);
        const [r2, c2] = parseA1(m[2]);
        return Array.from({ length: r2 - r1 + 1 }, (_, i) =>
          Array.from({ length: c2 - c1 + 1 }, (_, j) => sheet.valueAt(r1 + i, c1 + j)),
        );
      }
      if ((m = /^([A-Z_][A-Z0-9_]*)\(/i.exec(rest))) {
        at += m[0].length;
        const fn = functions[m[1].toUpperCase()] ?? fail();
        const args: unknown[] = [];
        skip();
        if (text[at] === ')') at++;
        else {
          for (;;) {
            skip();
            args.push(text[at] === ',' || text[at] === ')' ? '' : expr());
            skip();
            if (text[at++] === ')') break;
            if (text[at - 1] !== ',') fail();
          }
        }
        return fn(...args);
      }
      return fail();
    };
    const value = expr();
    skip();
    if (at !== text.length) fail();
    return (value === null || value === undefined ? '' : value) as Result;
  };
}

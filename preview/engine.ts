/**
 * The formula engine of the preview: HyperFormula (GPL-3.0, used here under its "gpl-v3"
 * licence key; it is a development dependency of the preview only, never part of dist/), with
 * every TIP_ custom function of dist/Code.js registered as a HyperFormula function that calls
 * the bundle, as Sheets calls a custom function: ranges in as 2D arrays, "" for empty cells and
 * for an argument written empty (=TIP_YEARS(, , A1)), nothing for one left out (the function
 * sees undefined), a thrown error shown as #ERROR! with its message, a 2D array spilled.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import type { CustomFunction } from '../emulator/bundle';
import { serialToDate } from './cells';

type Cell = string | number | boolean | Date;

/**
 * A value as Sheets hands it to a custom function: "" for an empty cell, a Date for a date
 * cell (midnight of that day in the page's time zone, which is the preview spreadsheet's),
 * a plain number for a number however it is formatted. An argument left out of the formula
 * (HyperFormula gives undefined) stays undefined, as the function's parameter is in Sheets.
 */
function toSheets(value: unknown): Cell | undefined {
  if (value === undefined) return undefined;
  if (value === EmptyValue || value === null) return '';
  if (typeof value === 'object' && value !== null && 'val' in value) {
    const n = value as { val: number; getDetailedType?: () => string };
    const type = n.getDetailedType?.();
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME' ? serialToDate(n.val) : n.val;
  }
  return value as Cell;
}

function toArgument(value: unknown): Cell | Cell[][] | undefined {
  return value instanceof SimpleRangeValue
    ? value.rawData().map((row) => row.map((v) => toSheets(v) ?? ''))
    : toSheets(value);
}

/** Copies a result out of the bundle's realm into plain values HyperFormula accepts. */
function toResult(value: unknown): unknown {
  if (Array.isArray(value)) {
    return SimpleRangeValue.onlyValues(
      value.map((row: unknown[]) => row.map((v) => (v === null ? '' : v))) as never,
    );
  }
  return value;
}

/** Registers the custom functions with HyperFormula, under their own names. */
export function registerCustomFunctions(functions: CustomFunction[]): void {
  class TipFunctions extends FunctionPlugin {}
  const implemented: ImplementedFunctions = {};
  const proto = TipFunctions.prototype as unknown as Record<string, unknown>;
  for (const f of functions) {
    implemented[f.name] = {
      method: `run_${f.name}`,
      sizeOfResultArrayMethod: `size_${f.name}`,
      vectorizationForbidden: true,
      parameters: f.params.map(() => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: true,
        passSubtype: true, // keeps a date a date (DateNumber), to hand it over as a Date
      })),
    };
    proto[`run_${f.name}`] = function (this: FunctionPlugin, ast: { args: never[] }, state: never) {
      const plugin = this as unknown as {
        runFunction: (
          args: never[],
          state: never,
          meta: unknown,
          impl: (...a: unknown[]) => unknown,
        ) => unknown;
        metadata: (name: string) => unknown;
      };
      return plugin.runFunction(ast.args, state, plugin.metadata(f.name), (...args: unknown[]) => {
        try {
          return toResult(f.fn(...args.map(toArgument)));
        } catch (err) {
          return new CellError(ErrorType.ERROR, (err as Error).message);
        }
      });
    };
    // The size of a spill must be known before evaluation: a lookup has the broadcast shape of
    // its arguments; a table function is sized by running it with its arguments as they are
    // now, cells included (=TIP_YEARS(, , A1)): the page sizes it again when a cell changes
    // (main.ts), as Sheets sizes a result when it arrives.
    proto[`size_${f.name}`] = function (
      this: FunctionPlugin,
      ast: { args: { type: string; value?: unknown }[] },
      state: never,
    ) {
      if (f.table) {
        const evaluate = (this as unknown as { evaluateAst: (a: unknown, s: never) => unknown })
          .evaluateAst;
        try {
          const out = f.fn(...ast.args.map((a) => toArgument(evaluate.call(this, a, state))));
          if (Array.isArray(out))
            return new ArraySize(Math.max(1, ...out.map((r: unknown[]) => r.length)), out.length);
        } catch {
          /* an error is a scalar */
        }
        return ArraySize.scalar();
      }
      const sizeOf = (this as unknown as { arraySizeForAst: (a: unknown, s: never) => ArraySize })
        .arraySizeForAst;
      const sizes = ast.args.map((a) => sizeOf.call(this, a, state));
      const width = Math.max(1, ...sizes.map((s) => s.width));
      const height = Math.max(1, ...sizes.map((s) => s.height));
      return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
    };
  }
  TipFunctions.implementedFunctions = implemented;
  const names = Object.fromEntries(functions.map((f) => [f.name, f.name]));
  HyperFormula.registerFunctionPlugin(TipFunctions, { enGB: names, enUS: names });
}

/**
 * The engine with the preview spreadsheet's locale, English (United States), as a new Sheets
 * file has it for a US account: what a user types is parsed by HyperFormula's own options, so
 * 1/5/2016 (month first) and 2016-05-01 are dates, TRUE and false are booleans, 12.5 and 50%
 * and $5 are numbers, and anything else stays text.
 */
export function createEngine(): HyperFormula {
  const hf = HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    language: 'enGB',
    dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'],
    currencySymbol: ['$'],
  });
  // In a Sheets formula TRUE and FALSE are the boolean values, in any letter case
  // (=TIP_CHECK(2005, "Cambodia", TRUE)); HyperFormula knows them only as the functions TRUE()
  // and FALSE(), so each name is defined as its function's value, workbook-wide.
  hf.addNamedExpression('TRUE', '=TRUE()');
  hf.addNamedExpression('FALSE', '=FALSE()');
  return hf;
}

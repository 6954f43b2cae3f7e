/**
 * What Apps Script reads in dist/Code.js, for both loaders: its top-level
 * `function NAME(params) {` declarations (the entry points) and, from the JSDoc block above
 * each, which are custom functions (`@customfunction`) and which always return a table
 * (`@return {Array<...>}`). No Node.js or DOM API here: the node and browser loaders share it.
 */

export interface Declaration {
  name: string;
  params: string[];
  jsdoc: string;
  /** Marked `@customfunction`: Sheets offers it in formulas. */
  customFunction: boolean;
  /** Its JSDoc `@return` is an Array: it answers with a table, not one value per input cell. */
  returnsTable: boolean;
}

const DECLARATION = /(?:(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n)?^function (\w+)\(([^)]*)\) \{$/gm;

export function declarations(code: string): Declaration[] {
  return [...code.matchAll(DECLARATION)].map((m) => {
    const jsdoc = m[1] ?? '';
    return {
      name: m[2],
      params: m[3] ? m[3].split(', ') : [],
      jsdoc,
      customFunction: /@customfunction/.test(jsdoc),
      returnsTable: /@return \{Array</.test(jsdoc),
    };
  });
}

/** A custom function as a formula engine registers it: name, parameters, and the callable. */
export interface CustomFunction {
  name: string;
  params: string[];
  /** Always returns a table (its JSDoc @return is an Array), rather than one value per input cell. */
  table: boolean;
  fn: (...args: unknown[]) => unknown;
}

export function customFunctions(
  code: string,
  entries: Record<string, (...args: unknown[]) => unknown>,
): CustomFunction[] {
  return declarations(code)
    .filter((d) => d.customFunction)
    .map((d) => ({ name: d.name, params: d.params, table: d.returnsTable, fn: entries[d.name] }));
}

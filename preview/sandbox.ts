/**
 * dist/Code.js in the page, as Apps Script runs it: a classic script whose top-level functions
 * see the services (here the in-memory Sheets fake) as globals.
 */
import type { CustomFunction } from './engine';

export type Entry = (...args: unknown[]) => unknown;

export interface Bundle {
  entries: Record<string, Entry>;
  customFunctions: CustomFunction[];
}

export function loadBundle(code: string, services: Record<string, unknown>): Bundle {
  const declarations = [
    ...code.matchAll(/(?:(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n)?^function (\w+)\(([^)]*)\) \{$/gm),
  ].map((m) => ({ jsdoc: m[1] ?? '', name: m[2], params: m[3] ? m[3].split(', ') : [] }));
  const names = declarations.map((d) => d.name);
  const serviceNames = Object.keys(services);
  const factory = new Function(...serviceNames, `${code}\nreturn { ${names.join(', ')} };`) as (
    ...s: unknown[]
  ) => Record<string, Entry>;
  const entries = factory(...serviceNames.map((n) => services[n]));
  const customFunctions = declarations
    .filter((d) => /@customfunction/.test(d.jsdoc))
    .map((d) => ({
      name: d.name,
      params: d.params,
      table: /@return \{Array</.test(d.jsdoc),
      fn: entries[d.name],
    }));
  return { entries, customFunctions };
}

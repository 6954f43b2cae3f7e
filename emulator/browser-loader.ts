/**
 * Apps Script emulator, in a web page: runs dist/Code.js as Apps Script does, as a classic
 * script whose top-level functions see the services (the in-memory Sheets of ./sheets) as
 * globals and nothing of the page's modules. The node counterpart is ./node-loader.
 */
import { customFunctions, declarations, type CustomFunction } from './bundle';

export type Entry = (...args: unknown[]) => unknown;

export interface Bundle {
  /** Every top-level function of Code.js, by name (menu items, sidebar endpoints, TIP_ functions). */
  entries: Record<string, Entry>;
  /** The `@customfunction`s, for a formula engine. */
  customFunctions: CustomFunction[];
}

export function loadBundle(code: string, services: Record<string, unknown>): Bundle {
  const names = declarations(code).map((d) => d.name);
  const serviceNames = Object.keys(services);
  const factory = new Function(...serviceNames, `${code}\nreturn { ${names.join(', ')} };`) as (
    ...s: unknown[]
  ) => Record<string, Entry>;
  const entries = factory(...serviceNames.map((n) => services[n]));
  return { entries, customFunctions: customFunctions(code, entries) };
}

/**
 * Apps Script emulator, in Node.js: loads the built dist/Code.js as Apps Script does, a
 * classic script in a fresh V8 context with no require, module, process or exports, and only
 * the services handed to it (the in-memory Sheets of ./sheets, for instance). Used by the
 * tests and by the benchmark (scripts/bench.mjs); the page's counterpart is ./browser-loader.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const CODE_JS = path.resolve(__dirname, '..', 'dist', 'Code.js');

/** The top-level functions of dist/Code.js, callable by name. */
export type Sandbox = Record<string, (...args: unknown[]) => unknown> & vm.Context;

export function readBundle(file = CODE_JS): string {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
  return fs.readFileSync(file, 'utf8');
}

/** A fresh context holding only these services as globals (the platform's part of a cold start). */
export function newContext(services: Record<string, unknown> = {}): Sandbox {
  return vm.createContext({ ...services }) as Sandbox;
}

/** Runs Code.js in the context, as Apps Script does on every server call (the script's part). */
export function runBundle(context: Sandbox, code = readBundle()): Sandbox {
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  return context;
}

export function loadBundle(services: Record<string, unknown> = {}, code = readBundle()): Sandbox {
  return runBundle(newContext(services), code);
}

/**
 * Values as a test sees them: results made in the sandbox carry its own Array and Object,
 * so they are copied into this realm before being compared.
 */
export function plain<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

/** Runs an expression inside the sandbox, to build Dates, arrays and functions of its own realm. */
export function inSandbox<T>(sandbox: Sandbox, expression: string): T {
  return vm.runInContext(expression, sandbox) as T;
}

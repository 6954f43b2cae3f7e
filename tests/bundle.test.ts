/** dist/Code.js as Apps Script sees it: a classic script whose entry points are top-level declarations. */
import vm from 'node:vm';
import * as entry from '../src/Code';
import { loadBundle, readBundle } from '../emulator/node-loader';

const code = readBundle();
const entryNames = Object.keys(entry);

/** name -> { params, jsdoc } for every top-level `function NAME(params)` with the block above it. */
function declarations(text: string) {
  const found = new Map<string, { params: string[]; jsdoc: string }>();
  const pattern = /(?:(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\n)?^function (\w+)\(([^)]*)\) \{$/gm;
  for (const m of text.matchAll(pattern)) {
    found.set(m[2], { params: m[3] ? m[3].split(', ') : [], jsdoc: m[1] ?? '' });
  }
  return found;
}

function paramNames(fn: unknown): string[] {
  const src = String(fn);
  const list = src.slice(src.indexOf('(') + 1, src.indexOf(')')).trim();
  return list ? list.split(',').map((p) => p.trim().replace(/\s*=.*$/, '')) : [];
}

describe('dist/Code.js', () => {
  test('is a classic script: no import, export or require', () => {
    expect(() => new vm.Script(code)).not.toThrow();
    expect(code).not.toMatch(/\brequire\(|\bmodule\.exports\b|^\s*(import|export)\s/m);
  });

  test('loads in a context without require, module, process or exports', () => {
    const sandbox = loadBundle();
    for (const name of ['require', 'module', 'process', 'exports']) {
      expect(vm.runInContext(`typeof ${name}`, sandbox)).toBe('undefined');
    }
    expect(typeof sandbox.TIP_TIER).toBe('function');
  });

  test('declares every entry point of src/Code.ts at top level with its real parameter names', () => {
    const decls = declarations(code);
    expect(entryNames.length).toBeGreaterThanOrEqual(11);
    for (const name of entryNames) {
      expect(decls.get(name)?.params).toEqual(paramNames((entry as Record<string, unknown>)[name]));
    }
  });

  test('puts each custom function’s JSDoc directly above its declaration', () => {
    const decls = declarations(code);
    const custom = entryNames.filter((n) => n.startsWith('TIP_'));
    expect(custom.length).toBeGreaterThanOrEqual(11);
    for (const name of custom) {
      const { jsdoc, params } = decls.get(name)!;
      expect(jsdoc).toMatch(/@customfunction/);
      expect(jsdoc).toMatch(/@return \{/);
      expect(jsdoc).toMatch(/@example =TIP_/);
      const documented = [...jsdoc.matchAll(/@param \{[^}]+\} \[?(\w+)/g)].map((m) => m[1]);
      expect(documented).toEqual(params);
      expect(name).not.toMatch(/_$/);
    }
  });

  test('states which year each function means', () => {
    const decls = declarations(code);
    expect(decls.get('TIP_TIER')!.jsdoc).toContain('the 2016 report covers April 2015 to');
    expect(decls.get('TIP_STAT')!.jsdoc).toContain('the calendar year the figure is about');
  });

  test('stays under 160 KB', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(160 * 1024);
  });
});

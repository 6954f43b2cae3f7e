/**
 * The Apps Script emulator (emulator/) is a module of its own: the product (src/, preview/,
 * scripts/) never reaches into tests/, the emulator never reaches into src/ or tests/, and its
 * two loaders see the same entry points in dist/Code.js.
 */
import fs from 'node:fs';
import path from 'node:path';
import { declarations } from '../emulator/bundle';
import { loadBundle as loadInPage } from '../emulator/browser-loader';
import { loadBundle, readBundle } from '../emulator/node-loader';
import { createFakeSheets } from '../emulator/sheets';

const ROOT = path.resolve(__dirname, '..');

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return files(rel);
    return /\.(ts|mjs|cjs|js|html)$/.test(e.name) ? [rel] : [];
  });
}

/** Every module path a file imports or builds from path segments. */
function references(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\(|require\()\s*['"]([^'"]+)['"]/g)].map((m) =>
    path.join(path.dirname(file), m[1]),
  );
  for (const m of text.matchAll(/path\.(?:join|resolve)\(([^)]*)\)/g)) {
    const parts = [...m[1].matchAll(/['"]([^'"]+)['"]/g)].map((p) => p[1]);
    if (parts.length) found.push(parts.join('/'));
  }
  return found;
}

test.each(['src', 'preview', 'scripts', 'emulator'])(
  'nothing in %s/ imports from tests/',
  (dir) => {
    const offenders = files(dir).filter((f) =>
      references(f).some((r) => r === 'tests' || r.startsWith('tests/')),
    );
    expect(offenders).toEqual([]);
  },
);

test('the emulator depends on neither the add-on source nor the tests', () => {
  const offenders = files('emulator').flatMap((f) =>
    references(f)
      .filter((r) => /^(src|tests)(\/|$)/.test(r))
      .map((r) => `${f} -> ${r}`),
  );
  expect(offenders).toEqual([]);
});

test('the node and the browser loader find the same entry points and custom functions', () => {
  const code = readBundle();
  const names = declarations(code).map((d) => d.name);
  expect(names).toEqual(
    expect.arrayContaining(['onOpen', 'TIP_TIER', 'TIP_STAT', 'sidebarInsert']),
  );
  const inNode = loadBundle(createFakeSheets().services as never, code);
  const inPage = loadInPage(code, createFakeSheets().services as never);
  for (const name of names) {
    expect(typeof inNode[name]).toBe('function');
    expect(typeof inPage.entries[name]).toBe('function');
  }
  const custom = inPage.customFunctions.map((f) => f.name);
  expect(custom).toEqual(names.filter((n) => n.startsWith('TIP_')));
  expect(inPage.customFunctions.find((f) => f.name === 'TIP_TIMELINE')?.table).toBe(true);
  expect(inPage.customFunctions.find((f) => f.name === 'TIP_TIER')?.table).toBe(false);
  expect(inPage.entries.TIP_TIER(2016)).toBe(inNode.TIP_TIER(2016));
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { customFunctionProblems, entryPoints, renderDeclarations } from '../scripts/entry-points';

const doc = (params: string[]) =>
  `/**\n * Help.\n${params.map((p) => ` * @param {number} ${p} A value.\n`).join('')} * @return {number} A value.\n * @example =TIP_X(1)\n * @customfunction\n */`;

describe('the build’s entry-point rules', () => {
  test('accept a well-formed custom function', () => {
    expect(customFunctionProblems('TIP_X', ['year'], doc(['year']))).toEqual([]);
  });

  test('refuse names Sheets would hide or that collide outside the TIP_ namespace', () => {
    expect(customFunctionProblems('TIP_X_', ['year'], doc(['year']))[0]).toContain(
      'do not end in "_"',
    );
    expect(customFunctionProblems('tier', ['year'], doc(['year']))[0]).toContain('named TIP_');
  });

  test('refuse help whose @param names differ from the parameters', () => {
    expect(customFunctionProblems('TIP_X', ['year', 'country'], doc(['year']))[0]).toContain(
      '@param names (year) differ from its parameters (year, country)',
    );
  });

  test('read exports from a real module and render top-level declarations', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entry-'));
    fs.writeFileSync(
      path.join(dir, 'impl.ts'),
      `${doc(['year'])}\nexport function TIP_X(year: number) { return year; }\nexport function onOpen(e: unknown) { return e; }\n`,
    );
    fs.writeFileSync(path.join(dir, 'entry.ts'), `export { TIP_X, onOpen } from './impl';\n`);
    const entries = entryPoints(path.join(dir, 'entry.ts'));
    expect(entries.map((e) => [e.name, e.params, e.custom])).toEqual([
      ['TIP_X', ['year'], true],
      ['onOpen', ['e'], false],
    ]);
    // Compact (Code.js is loaded on every call); only a custom function keeps its JSDoc, which
    // Sheets reads for the formula help.
    expect(renderDeclarations(entries, 'G')).toBe(
      `${doc(['year'])}\nfunction TIP_X(year) {\nreturn G.TIP_X(year)\n}\nfunction onOpen(e) {\nreturn G.onOpen(e)\n}\n`,
    );
  });
});

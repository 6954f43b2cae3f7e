/**
 * The import check (.dependency-cruiser.cjs, `npm run check-imports`) fails on a circle: run
 * on a scratch folder with circles of each kind, it names every forbidden one and passes the
 * one it allows (type-only imports outside src/). It fails too when a folder of src/core
 * imports one above it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(
  ROOT,
  'node_modules',
  'dependency-cruiser',
  'bin',
  'dependency-cruise.mjs',
);

/** Two files that import each other: values (they run) or types only. */
const CIRCLE = {
  value: {
    'a.ts': "import { b } from './b';\nexport const a = (): number => b;\n",
    'b.ts': "import { a } from './a';\nexport const b = 1;\nexport const c = a;\n",
  },
  types: {
    'a.ts': "import type { B } from './b';\nexport interface A {\n  b?: B;\n}\n",
    'b.ts': "import type { A } from './a';\nexport interface B {\n  a?: A;\n}\n",
  },
};

function cruise(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cycles-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }),
    );
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const folders = [...new Set(Object.keys(files).map((f) => f.split('/')[0]))];
    const run = spawnSync(process.execPath, [DEPCRUISE, '--config', CONFIG, ...folders], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const inFolder = (folder: string, files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, text]));

test('a circle of values in src/ fails, and the check names its files', () => {
  const { status, out } = cruise(inFolder('src/core', CIRCLE.value));
  expect(status).not.toBe(0);
  expect(out).toMatch(
    /error no-circle-in-src: src\/core\/a\.ts →\s+src\/core\/b\.ts →\s+src\/core\/a\.ts/,
  );
});

test('a circle of type-only imports in src/ fails too', () => {
  const { status, out } = cruise(inFolder('src/core', CIRCLE.types));
  expect(status).not.toBe(0);
  expect(out).toContain('error no-circle-in-src: src/core/a.ts');
});

test('outside src/, a circle of imports that run fails and one of types only passes', () => {
  const value = cruise(inFolder('emulator', CIRCLE.value));
  expect(value.status).not.toBe(0);
  expect(value.out).toContain('error no-runtime-circle: emulator/a.ts');
  const types = cruise(inFolder('emulator', CIRCLE.types));
  expect(types.out).not.toContain('error');
  expect(types.status).toBe(0);
});

test("a core folder that imports a folder above it fails, naming the folder's rule", () => {
  const { status, out } = cruise({
    'src/core/base/a.ts': "import { b } from '../tables/b';\nexport const a = (): number => b;\n",
    'src/core/tables/b.ts': 'export const b = 1;\n',
  });
  expect(status).not.toBe(0);
  expect(out).toContain('error core-layers-base: src/core/base/a.ts → src/core/tables/b.ts');
});

test('files that import one way pass', () => {
  const { status, out } = cruise({
    'src/core/a.ts': "import { b } from './b';\nexport const a = (): number => b;\n",
    'src/core/b.ts': 'export const b = 1;\n',
  });
  expect(out).toContain('no dependency violations found');
  expect(status).toBe(0);
});

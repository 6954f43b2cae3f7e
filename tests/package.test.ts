/**
 * npm run package: the release zip a user without Node installs from (INSTALL.md). The test
 * runs the packaging script as `npm run package` does (without building again: jest's setup
 * built dist/), unpacks the zip with fflate, and runs its Code.gs as Apps Script would, a
 * classic script in a bare V8 context, with every custom function of src/Code.ts present.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import * as entry from '../src/Code';
import { customFunctions, declarations } from '../emulator/bundle';
import { createFakeSheets } from '../emulator/sheets';
import { loadBundle, readBundle } from '../emulator/node-loader';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const FOLDER = `tip-cambodia-sheets-${pkg.version}`;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tip-release-'));
let files: Record<string, string>;
let printed: string;

beforeAll(() => {
  printed = execFileSync(process.execPath, ['scripts/package.mjs', '--no-build', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const zip = fs.readFileSync(path.join(out, `${FOLDER}.zip`));
  files = Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(zip))).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const file = (name: string) => files[`${FOLDER}/${name}`];

test('npm run package runs the packaging script, which builds first', () => {
  expect(pkg.scripts.package).toBe('node scripts/package.mjs');
  expect(fs.readFileSync(path.join(ROOT, 'scripts', 'package.mjs'), 'utf8')).toMatch(
    /if \(!skipBuild\) await build\(/,
  );
  expect(printed).toMatch(new RegExp(`^package: .*${FOLDER}\\.zip \\d+ bytes\\n$`));
});

test('the zip holds the six release files in one folder named after the version', () => {
  expect(Object.keys(files).sort()).toEqual(
    ['Code.gs', 'INSTALL.md', 'LICENSE', 'NOTICE', 'Sidebar.html', 'appsscript.json']
      .map((n) => `${FOLDER}/${n}`)
      .sort(),
  );
  expect(file('Code.gs')).toBe(readBundle());
  expect(file('Sidebar.html')).toBe(
    fs.readFileSync(path.join(ROOT, 'dist', 'Sidebar.html'), 'utf8'),
  );
  expect(JSON.parse(file('appsscript.json'))).toEqual(
    JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')),
  );
  expect(file('LICENSE')).toMatch(/^MIT License/);
  expect(file('NOTICE')).toContain('Kelley and Heiss');
  expect(file('INSTALL.md')).toBe(fs.readFileSync(path.join(ROOT, 'INSTALL.md'), 'utf8'));
});

test('its Code.gs runs in a bare V8 context with every custom function of src/Code.ts', () => {
  const code = file('Code.gs');
  const sandbox = loadBundle({}, code);
  const custom = Object.keys(entry).filter((n) => n.startsWith('TIP_'));
  expect(custom.length).toBeGreaterThanOrEqual(12);
  const declared = customFunctions(code, sandbox);
  expect(declared.map((d) => d.name).sort()).toEqual([...custom].sort());
  for (const d of declared) expect(typeof d.fn).toBe('function');
  expect(sandbox.TIP_TIER(2016)).toBe('Tier 2');
  // The menu's entry points are there too, and the menu lists the refresh.
  const fake = createFakeSheets();
  const withServices = loadBundle(fake.services as unknown as Record<string, unknown>, code);
  withServices.onOpen({ authMode: 'FULL' });
  expect(fake.ui.menus[0].items).toContainEqual({
    label: 'Refresh TIP formulas',
    functionName: 'menuRefreshFormulas',
  });
  const names = declarations(code).map((d) => d.name);
  for (const name of Object.keys(entry)) expect(names).toContain(name);
});

test('packing twice gives the same bytes', () => {
  const again = fs.mkdtempSync(path.join(os.tmpdir(), 'tip-release-'));
  try {
    execFileSync(process.execPath, ['scripts/package.mjs', '--no-build', '--out', again], {
      cwd: ROOT,
    });
    expect(fs.readFileSync(path.join(again, `${FOLDER}.zip`))).toEqual(
      fs.readFileSync(path.join(out, `${FOLDER}.zip`)),
    );
  } finally {
    fs.rmSync(again, { recursive: true, force: true });
  }
});

describe('INSTALL.md', () => {
  /** Each step's words, in the order a user meets them. */
  const STEPS = [
    '## 1. Open the spreadsheet',
    '**Extensions**, then **Apps Script**',
    '**Untitled project**',
    '**Project Settings**',
    '**Show "appsscript.json" manifest file in editor**',
    '**appsscript.json**: click it',
    '**Code.gs**: click it',
    '**Sidebar.html**: next to **Files**, click **+**',
    '**Save project**',
    'reload the page',
    '`=TIP_TIER(2016)`',
    '**Authorization required**',
    '**choose an account**',
    "**Google hasn't verified this app**",
    '**Advanced**',
    '**Go to TIP Cambodia (unsafe)**',
    '**TIP Cambodia wants to access your Google Account**',
    '**Allow**',
    'Refresh TIP formulas**: Sheets keeps',
  ];
  /** INSTALL.md with every run of white space as one space (Prettier wraps its lines). */
  const text = () => file('INSTALL.md').replace(/\s+/g, ' ');

  test('takes the user from the spreadsheet to an authorised menu, in order', () => {
    let at = -1;
    for (const step of STEPS) {
      const i = text().indexOf(step, at + 1);
      expect([step, i > at]).toEqual([step, true]);
      at = i;
    }
  });

  test('names the release files, the Sidebar file name the code opens, and the two scopes', () => {
    for (const name of ['Code.gs', 'Sidebar.html', 'appsscript.json', 'LICENSE', 'NOTICE'])
      expect(text()).toContain(`\`${name}\``);
    expect(/createHtmlOutputFromFile\(["']Sidebar["']\)/.test(file('Code.gs'))).toBe(true);
    expect(text()).toContain('Type the name **Sidebar**');
    const manifest = JSON.parse(file('appsscript.json'));
    expect(manifest.oauthScopes).toHaveLength(2);
    expect(text()).toContain('lists two `oauthScopes`');
    expect(text()).toContain('`"timeZone": "Asia/Phnom_Penh"`');
    expect(manifest.timeZone).toBe('Asia/Phnom_Penh');
    expect(file('Code.gs').split('\n')[0]).toBe(
      '// Built by scripts/build.mjs from src/ — do not edit.',
    );
    expect(text()).toContain('`// Built by scripts/build.mjs from src/ — do not edit.`');
    expect(file('Code.gs').includes('\nfunction TIP_TIER(year, country, source) {')).toBe(true);
  });

  test('gives the size of Sidebar.html as it is', () => {
    const kb = Buffer.byteLength(file('Sidebar.html')) / 1000;
    const said = Number(/`Sidebar.html` is about (\d+) KB/.exec(text())![1]);
    expect(Math.abs(kb - said)).toBeLessThan(100);
  });
});

test('the README names both routes: the release files without Node, and clasp', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const install = readme.slice(readme.indexOf('## Install it in a spreadsheet'));
  expect(install).toMatch(/^## Install it in a spreadsheet: the release files, or clasp\n/);
  expect(install).toContain('**Without Node');
  expect(install).toContain('`npm run package`');
  expect(install).toContain('`release/tip-cambodia-sheets-<version>.zip`');
  expect(install).toContain('[INSTALL.md](INSTALL.md)');
  expect(install).toContain('**With Node (developers):** clasp');
  expect(readme).toContain('npx clasp create --type standalone --rootDir dist');
});

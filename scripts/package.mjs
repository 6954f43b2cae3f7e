// npm run package: builds dist/, then writes release/tip-cambodia-sheets-<version>.zip, the
// files a user without Node pastes into the Apps Script editor (INSTALL.md says how):
// Code.gs (dist/Code.js), Sidebar.html, appsscript.json, INSTALL.md, LICENSE and NOTICE.
//
//   node scripts/package.mjs [--no-build] [--out DIR]
//
// The zip is the same for the same files: every entry carries the data's date
// (src/data/data-date.json) as its time, not the time of packaging.
import { zipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { build, packageVersion } from './build.mjs';
import { DIST, ROOT, cliOption } from './lib.mjs';

export const RELEASE_DIR = path.join(ROOT, 'release');
export const RELEASE_NAME = 'tip-cambodia-sheets';

/** Each file of the release: its name in the zip, and where it comes from. */
export const RELEASE_FILES = [
  ['Code.gs', (dist) => path.join(dist, 'Code.js')],
  ['Sidebar.html', (dist) => path.join(dist, 'Sidebar.html')],
  ['appsscript.json', (dist) => path.join(dist, 'appsscript.json')],
  ['INSTALL.md', () => path.join(ROOT, 'INSTALL.md')],
  ['LICENSE', () => path.join(ROOT, 'LICENSE')],
  ['NOTICE', () => path.join(ROOT, 'NOTICE.md')],
];

/** The zip's entries, in one folder named after the release: name -> bytes. */
export function releaseEntries(dist = DIST, version = packageVersion()) {
  const folder = `${RELEASE_NAME}-${version}`;
  return Object.fromEntries(
    RELEASE_FILES.map(([name, from]) => {
      const file = from(dist);
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
      return [`${folder}/${name}`, new Uint8Array(fs.readFileSync(file))];
    }),
  );
}

/** Writes the zip and returns its path and size. */
export async function packageRelease({ out = RELEASE_DIR, dist = DIST, skipBuild = false } = {}) {
  if (!skipBuild) await build(undefined, dist);
  const version = packageVersion();
  const { lastChanged } = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'src', 'data', 'data-date.json'), 'utf8'),
  );
  const zip = zipSync(releaseEntries(dist, version), {
    level: 9,
    mtime: new Date(`${lastChanged}T00:00:00Z`),
  });
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${RELEASE_NAME}-${version}.zip`);
  fs.writeFileSync(file, zip);
  return { file, bytes: zip.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { file, bytes } = await packageRelease({
    out: cliOption('--out', RELEASE_DIR),
    skipBuild: process.argv.includes('--no-build'),
  });
  console.log(`package: ${path.relative(process.cwd(), file)} ${bytes} bytes`);
}

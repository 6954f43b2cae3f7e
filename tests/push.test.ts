/**
 * npm run push works without a terminal: clasp push asks before overwriting the remote
 * manifest and, with no terminal to answer, skips the push; --force overwrites it without
 * asking (appsscript.json in this repository is the manifest's source of truth).
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

test('npm run push builds, then pushes with --force', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.scripts.push).toBe('npm run build && clasp push --force');
});

test('the installed clasp documents --force as overwriting the manifest without the prompt', () => {
  const push = fs.readFileSync(
    path.join(ROOT, 'node_modules', '@google', 'clasp', 'build', 'src', 'commands', 'push.js'),
    'utf8',
  );
  expect(push).toContain(".option('-f, --force', 'Forcibly overwrites the remote manifest.')");
  expect(push).toMatch(/if \(isManifestUpdated && !force\)/);
});

test('no .clasp.json is committed: clasp create writes one, with the script ID and rootDir dist', () => {
  // `clasp create` refuses to run where a .clasp.json exists ("Project file already exists."),
  // so the repository ships none; the README's command makes it.
  const create = fs.readFileSync(
    path.join(
      ROOT,
      'node_modules',
      '@google',
      'clasp',
      'build',
      'src',
      'commands',
      'create-script.js',
    ),
    'utf8',
  );
  expect(create).toContain('if (clasp.project.exists()) {');
  expect(fs.existsSync(path.join(ROOT, '.clasp.json'))).toBe(false);
  expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain(
    '.clasp.json',
  );
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(
    'npx clasp create --type standalone --rootDir dist --title "TIP Cambodia"',
  );
});

test('what clasp uploads: Code.js, Sidebar.html and the manifest, nothing else', () => {
  const ignore = fs.readFileSync(path.join(ROOT, '.claspignore'), 'utf8');
  expect(ignore).toContain('!Code.js');
  expect(ignore).toContain('!appsscript.json');
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));
  expect(manifest.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ]);
});

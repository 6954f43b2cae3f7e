// Jest global setup: builds dist/ when it is missing or older than src/ or scripts/, so that
// `npx jest` alone never tests a stale bundle. (`npm test` builds before jest anyway.)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

module.exports = async () => {
  const code = path.join(root, 'dist', 'Code.js');
  const built = fs.existsSync(code) ? fs.statSync(code).mtimeMs : 0;
  const sources = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'scripts')));
  if (built < sources)
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
};

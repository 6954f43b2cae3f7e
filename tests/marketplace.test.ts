/**
 * marketplace/: the listing kit. Each image has the size Google's store-listing page asks for
 * (read from the PNG's own header), and was made by scripts/marketplace-images.mjs, which
 * lists it; the texts keep the page's limits; the privacy policy and the terms say what is
 * true of the add-on: the manifest's two scopes, and no network request in what ships.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const KIT = path.join(ROOT, 'marketplace');
const read = (...p: string[]) => fs.readFileSync(path.join(KIT, ...p), 'utf8');

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(b.toString('latin1', 12, 16)).toBe('IHDR');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** The sizes Google's store-listing page gives for each kind of image. */
const SIZES: [pattern: RegExp, size: [number, number]][] = [
  [/^icon-128\.png$/, [128, 128]],
  [/^icon-32\.png$/, [32, 32]],
  [/^card-banner-220x140\.png$/, [220, 140]],
  [/^screenshot-\d-[a-z-]+\.png$/, [1280, 800]],
];

describe('images', () => {
  const images = fs.readdirSync(path.join(KIT, 'images')).sort();
  const script = fs.readFileSync(path.join(ROOT, 'scripts', 'marketplace-images.mjs'), 'utf8');

  test('two icons, a card banner and at least one screenshot, nothing else', () => {
    expect(images.filter((f) => f.startsWith('icon-'))).toEqual(['icon-128.png', 'icon-32.png']);
    expect(images).toContain('card-banner-220x140.png');
    const shots = images.filter((f) => f.startsWith('screenshot-'));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const f of images) expect([f, SIZES.some(([p]) => p.test(f))]).toEqual([f, true]);
  });

  test.each(images)('%s has the size the listing asks for', (f) => {
    const [, size] = SIZES.find(([p]) => p.test(f))!;
    expect(pngSize(path.join(KIT, 'images', f))).toEqual(size);
  });

  test.each(images)('%s is one the script makes, at that size', (f) => {
    const [, [w, h]] = SIZES.find(([p]) => p.test(f))!;
    expect(script).toContain(`'${f}': [${w}, ${h}, `);
  });

  test('the icons and banner are rendered from SVG sources; the screenshots from the preview', () => {
    for (const svg of ['icon.svg', 'banner.svg']) expect(read('source', svg)).toMatch(/^<svg /);
    expect(script).toContain("import { startPreview } from './preview.mjs';");
    expect(script).toContain('startPreview({ port: 0, skipBuild })');
  });
});

describe('texts', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8'));

  test('short and detailed descriptions keep the page’s limits', () => {
    const short = read('short-description.txt').trim();
    expect(short.length).toBeGreaterThan(50);
    expect(short.length).toBeLessThanOrEqual(200);
    const long = read('long-description.txt');
    expect(long.length).toBeLessThan(16_000);
    expect(long).toContain('=TIP_TIER(2016)');
  });

  test('the privacy policy names each scope of the manifest, and no other', () => {
    const policy = read('privacy-policy.md');
    expect(manifest.oauthScopes).toHaveLength(2);
    for (const scope of manifest.oauthScopes) expect(policy).toContain(`\`${scope}\``);
    const named = policy.match(/https:\/\/www\.googleapis\.com\/auth\/[\w.]+/g)!;
    expect(new Set(named)).toEqual(new Set(manifest.oauthScopes));
    expect(policy).toContain('makes **no network requests**');
    expect(policy).toContain('nothing leaves your spreadsheet');
  });

  test('what the policy says of the code is true of what ships', () => {
    const code = fs.readFileSync(path.join(ROOT, 'dist', 'Code.js'), 'utf8');
    const sidebar = fs.readFileSync(path.join(ROOT, 'dist', 'Sidebar.html'), 'utf8');
    for (const service of [
      'UrlFetchApp',
      'PropertiesService',
      'CacheService',
      'DriveApp',
      'MailApp',
      'GmailApp',
    ])
      expect([service, code.includes(service)]).toEqual([service, false]);
    for (const call of ['fetch(', 'sendBeacon', 'WebSocket', '<script src', '<img'])
      expect([call, sidebar.includes(call)]).toEqual([call, false]);
    // Errors are logged to the publisher's Cloud project, as the policy says.
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(read('privacy-policy.md')).toContain("publisher's Google Cloud log");
  });

  test('terms, support page and kit README are there, and the README lists every file', () => {
    expect(read('terms-of-service.md')).toContain('MIT licence');
    expect(read('support.md')).toContain('Refresh TIP formulas');
    const readme = read('README.md');
    for (const f of [
      'short-description.txt',
      'long-description.txt',
      'privacy-policy.md',
      'terms-of-service.md',
      'support.md',
    ])
      expect(readme).toContain(`\`${f}\``);
    expect(readme).toContain('https://developers.google.com/workspace/marketplace/create-listing');
  });
});

// npm start: builds the add-on, then serves a local page that runs dist/Code.js over the
// in-memory Sheets fake, with a formula grid, the add-on menu, the sidebar and the charts.
// Loopback only. Port: --port N, or PORT, or 8417 (0 picks a free one).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build } from './build.mjs';
import { DIST, ROOT } from './lib.mjs';

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function bundlePreview() {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'preview', 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

export async function startPreview({ port = 8417, host = '127.0.0.1', skipBuild = false } = {}) {
  if (!skipBuild) await build();
  const script = await bundlePreview();
  const files = {
    '/': ['text/html', () => fs.readFileSync(path.join(ROOT, 'preview', 'index.html'))],
    '/preview.css': ['text/css', () => fs.readFileSync(path.join(ROOT, 'preview', 'styles.css'))],
    '/preview.js': ['text/javascript', () => script],
    '/shim.js': [
      'text/javascript',
      () => fs.readFileSync(path.join(ROOT, 'emulator', 'script-run.js')),
    ],
    '/dist/Code.js': ['text/javascript', () => fs.readFileSync(path.join(DIST, 'Code.js'))],
    '/dist/Sidebar.html': ['text/html', () => fs.readFileSync(path.join(DIST, 'Sidebar.html'))],
  };
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = files[pathname];
    if (!file || req.method !== 'GET') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': `${file[0]}; charset=utf-8`,
      'cache-control': 'no-store',
    });
    res.end(file[1]());
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}/`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(option('port') ?? process.env.PORT ?? 8417);
  const { url } = await startPreview({ port, skipBuild: process.argv.includes('--no-build') });
  console.log(`TIP Cambodia preview: ${url}  (Ctrl+C to stop)`);
}

// npm start: builds the add-on, then serves a local page that runs dist/Code.js over the
// Apps Script emulator (emulator/), with a formula grid, the add-on menu, the sidebar and the
// charts. Loopback only. Port: --port N, or PORT, or 8417 (0 picks a free one).
//
// A wrong or busy port is one line on stderr and exit code 1, never a stack trace. The server
// stops on Ctrl+C (SIGINT), SIGTERM and SIGHUP, and also when the process that started it
// goes away (`npm start` killed by its process id, even with kill -9, leaves no server behind).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build } from './build.mjs';
import { DIST, ROOT } from './lib.mjs';

export const DEFAULT_PORT = 8417;
const HOST = '127.0.0.1';

/** An error whose message is all the user needs: printed as one line, without a stack. */
export class UsageError extends Error {}

/**
 * The port to listen on, from `--port N`, else PORT, else 8417. A whole number from 0 to
 * 65535 (0 picks a free port); anything else is a UsageError naming the value.
 */
export function choosePort(argv = process.argv.slice(2), env = process.env) {
  const i = argv.indexOf('--port');
  let raw;
  let where;
  if (i >= 0) {
    raw = argv[i + 1];
    where = '--port';
    if (raw === undefined || raw.startsWith('--'))
      throw new UsageError(
        '--port needs a number after it, such as --port 9000 (0 picks a free port).',
      );
  } else if (env.PORT !== undefined && env.PORT !== '') {
    raw = env.PORT;
    where = 'PORT';
  } else {
    return DEFAULT_PORT;
  }
  const text = String(raw).trim();
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new UsageError(
      `${where} ${JSON.stringify(String(raw))} is not a port: give a whole number from 0 to 65535 (0 picks a free port).`,
    );
  }
  return Number(text);
}

function listenError(err, port) {
  if (err.code === 'EADDRINUSE')
    return new UsageError(
      `Port ${port} on ${HOST} is already in use by another program (another npm start?): stop it, or choose another port with npm start -- --port N or PORT=N npm start (0 picks a free one).`,
    );
  if (err.code === 'EACCES')
    return new UsageError(
      `Port ${port} on ${HOST} needs administrator rights: choose a port from 1024 to 65535 with npm start -- --port N (0 picks a free one).`,
    );
  return err;
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

/**
 * Listens first (so that a busy port is reported before a build), then builds and bundles;
 * requests that arrive meanwhile wait for the files.
 */
export async function startPreview({ port = DEFAULT_PORT, host = HOST, skipBuild = false } = {}) {
  let files;
  let ready;
  const filesReady = new Promise((resolve, reject) => (ready = { resolve, reject }));
  const server = http.createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    await filesReady.catch(() => {});
    const file = files?.[pathname];
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
    server.once('error', (err) => reject(listenError(err, port)));
    server.listen(port, host, resolve);
  });
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  try {
    if (!skipBuild) await build();
    const script = await bundlePreview();
    await esbuild.stop(); // its service process is not needed while serving
    const read =
      (...p) =>
      () =>
        fs.readFileSync(path.join(...p));
    files = {
      '/': ['text/html', read(ROOT, 'preview', 'index.html')],
      '/preview.css': ['text/css', read(ROOT, 'preview', 'styles.css')],
      '/preview.js': ['text/javascript', () => script],
      '/shim.js': ['text/javascript', read(ROOT, 'emulator', 'script-run.js')],
      '/dist/Code.js': ['text/javascript', read(DIST, 'Code.js')],
      '/dist/Sidebar.html': ['text/html', read(DIST, 'Sidebar.html')],
    };
    ready.resolve();
  } catch (err) {
    ready.reject(err);
    await close();
    throw err;
  }
  const url = `http://${host}:${server.address().port}/`;
  return { url, server, close };
}

/** The parent process id of `pid` (Linux /proc), or undefined where it cannot be read. */
function parentOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * Stops on a signal, or when the process that started it is gone, closing every connection.
 * `npm start` runs this script through a shell (sh -c), so when the parent is a shell the
 * watch is on the shell's parent, npm: a `kill -9` of npm leaves the shell waiting, not us.
 */
function stopWithParent(close) {
  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`TIP Cambodia preview: stopped (${why}).`);
    await close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
  const parent = process.ppid;
  const shell = /^(sh|dash|bash|zsh)$/.test(commandOf(parent));
  const grandparent = shell ? parentOf(parent) : undefined;
  setInterval(() => {
    const orphaned =
      process.ppid !== parent || (grandparent !== undefined && parentOf(parent) !== grandparent);
    if (orphaned) void stop('the process that started it has ended');
  }, 500).unref();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const port = choosePort();
    const preview = await startPreview({ port, skipBuild: process.argv.includes('--no-build') });
    stopWithParent(preview.close);
    console.log(`TIP Cambodia preview: ${preview.url}  (Ctrl+C to stop)`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`npm start: ${err.message}`);
    process.exit(1);
  }
}

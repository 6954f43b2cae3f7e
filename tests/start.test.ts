/**
 * `npm start` as a user runs it: a wrong or busy port is one clear line, and the server stops
 * on Ctrl+C, on SIGTERM, and when `npm start` itself is ended by its process id, leaving no
 * server process behind. Ports are picked by the system (port 0) and everything is loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Run {
  child: ChildProcess;
  out: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, detached = false): Run {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '', ...env },
    detached,
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += String(c)));
  child.stderr!.on('data', (c) => (out += String(c)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, out: () => out, exited };
}

const preview = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, ['scripts/preview.mjs', '--no-build', ...args], env);

/** Waits for a condition, polling; fails with the message after 15 s. */
async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const end = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function urlOf(r: Run): Promise<URL> {
  await until('the preview URL', () => /http:\/\/127\.0\.0\.1:\d+\//.test(r.out()));
  return new URL(/http:\/\/127\.0\.0\.1:\d+\//.exec(r.out())![0]);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Every process below `pid` (Linux /proc), to prove none is left running. */
function descendants(pid: number): number[] {
  const dir = `/proc/${pid}/task`;
  if (!fs.existsSync(dir)) return [];
  const children = fs
    .readdirSync(dir)
    .flatMap((tid) => {
      try {
        return fs.readFileSync(`${dir}/${tid}/children`, 'utf8').trim().split(/\s+/);
      } catch {
        return [];
      }
    })
    .filter(Boolean)
    .map(Number);
  const all = children.flatMap((c) => [c, ...descendants(c)]);
  all.forEach((p) => seen.add(p));
  return all;
}

const alive = (pid: number) => fs.existsSync(`/proc/${pid}`);

/** Every process the tests saw, ended after the tests if one is still there (a failed test). */
const seen = new Set<number>();
afterAll(() => {
  for (const pid of seen) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

/** The message lines a run printed (no blank lines, no npm banner). */
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('a port that cannot be used is one line naming it', () => {
  test.each([
    [
      { PORT: 'abc' },
      [],
      'npm start: PORT "abc" is not a port: give a whole number from 0 to 65535 (0 picks a free port).',
    ],
    [
      {},
      ['--port', '70000'],
      'npm start: --port "70000" is not a port: give a whole number from 0 to 65535 (0 picks a free port).',
    ],
    [
      {},
      ['--port', '-1'],
      'npm start: --port "-1" is not a port: give a whole number from 0 to 65535 (0 picks a free port).',
    ],
    [
      {},
      ['--port'],
      'npm start: --port needs a number after it, such as --port 9000 (0 picks a free port).',
    ],
    [
      {},
      ['--port', '80.5'],
      'npm start: --port "80.5" is not a port: give a whole number from 0 to 65535 (0 picks a free port).',
    ],
  ])('%j %j', async (env, args, message) => {
    const r = preview(args, env);
    expect((await r.exited).code).toBe(1);
    expect(lines(r.out())).toEqual([message]);
  });

  test('a port another program listens on', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const r = preview(['--port', String(port)]);
      expect((await r.exited).code).toBe(1);
      expect(lines(r.out())).toEqual([
        `npm start: Port ${port} on 127.0.0.1 is already in use by another program (another npm start?): stop it, or choose another port with npm start -- --port N or PORT=N npm start (0 picks a free one).`,
      ]);
    } finally {
      busy.close();
    }
  });
});

describe('stopping leaves no server behind', () => {
  test('SIGTERM to the server: it closes its port and exits 0, open connections included', async () => {
    const r = preview(['--port', '0']);
    const url = await urlOf(r);
    // A kept-alive connection must not hold the server open.
    const socket = net.connect(Number(url.port), '127.0.0.1');
    // The server ends the connection as it stops: with a reset when the request is still
    // unread (a busy machine), which is no failure; any other socket error is.
    let socketError: string | undefined;
    socket.on('error', (e: NodeJS.ErrnoException) => (socketError = e.code ?? e.message));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    r.child.kill('SIGTERM');
    expect(await r.exited).toEqual({ code: 0, signal: null });
    expect(await accepts(Number(url.port))).toBe(false);
    socket.destroy();
    expect([undefined, 'ECONNRESET']).toContain(socketError);
  });

  test('Ctrl+C in the terminal (SIGINT to the whole npm start process group)', async () => {
    const r = run(NPM, ['start', '--', '--port', '0', '--no-build'], {}, true);
    const url = await urlOf(r);
    const below = descendants(r.child.pid!);
    expect(below.length).toBeGreaterThan(0);
    process.kill(-r.child.pid!, 'SIGINT');
    await r.exited;
    await until('every process of npm start to end', () => below.every((p) => !alive(p)));
    expect(await accepts(Number(url.port))).toBe(false);
  });

  test.each(['SIGTERM', 'SIGKILL'] as const)(
    'npm start ended by its process id (%s)',
    async (signal) => {
      const r = run(NPM, ['start', '--', '--port', '0', '--no-build']);
      const url = await urlOf(r);
      const below = descendants(r.child.pid!);
      expect(below.length).toBeGreaterThan(0);
      r.child.kill(signal);
      await r.exited;
      await until('the server process to end', () => below.every((p) => !alive(p)));
      expect(await accepts(Number(url.port))).toBe(false);
    },
  );
});

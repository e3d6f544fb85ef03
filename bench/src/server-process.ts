import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface ServerProcess {
  url: string;
  pid: number;
  /** The last few kB the server wrote to stdout and stderr, to explain its error answers. */
  readOutput(): string;
  /** Resident memory of the server process now, in MB (Linux /proc). */
  readRssMb(): Promise<number>;
  stop(): Promise<void>;
}

/** A port nothing listens on right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built server (apps/server/dist) as a child process on a free port and waits until
 * /healthz answers. `env` is added to this process's environment; PORT and HOST are set here.
 */
export async function startServer(options: {
  root: string;
  env: Record<string, string>;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  // The database is the caller's choice: DATABASE_URL only when its env names one, else PGlite.
  const { DATABASE_URL: _url, DATABASE_MIGRATION_URL: _owner, ...inherited } = process.env;
  const child = spawn(process.execPath, [join(options.root, 'apps/server/dist/index.js')], {
    cwd: options.root,
    env: {
      ...inherited,
      LOG_LEVEL: 'warn',
      // A benchmark is one client asking as fast as it can: the per-caller budget would measure itself.
      CALL_BUDGET_PER_MINUTE: '10000000',
      ...options.env,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last lines of output, to explain a server that never came up.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-16_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited) throw new Error(`server exited before it was healthy:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server not healthy in time:\n${output}`);
    }
    const healthy = await fetch(`${url}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) break;
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    pid: child.pid!,
    readOutput: () => output,
    readRssMb: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    stop,
  };
}

/** Signs in with e-mail and password through tRPC; returns the session cookie (name=value). */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes('session='));
  if (!response.ok || !cookie) {
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  }
  return cookie.split(';')[0]!;
}

/** A tRPC query over HTTP GET as the dashboard sends it; throws on any error answer. */
export async function queryTrpc(
  url: string,
  cookie: string,
  path: string,
  input?: unknown,
): Promise<unknown> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${url}/trpc/${path}${query}`, { headers: { cookie } });
  const body = (await response.json()) as { result?: { data: unknown } };
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body.result?.data;
}

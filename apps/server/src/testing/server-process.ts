import { spawn } from 'node:child_process';

const entry = new URL('../index.ts', import.meta.url).pathname;

/**
 * The server as an operator runs it, in a child process from source, for the tests about processes:
 * start, crash, restart. `listening` resolves with its URL; a refused start rejects it.
 */
export function spawnServer(env: Record<string, string>) {
  // The embedded database in DATA_DIR, whatever database the test run itself was given.
  const { DATABASE_URL: _url, DATABASE_MIGRATION_URL: _owner, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...inherited, PORT: '0', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve(url.replace('localhost', '127.0.0.1'));
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  // Awaited only by tests that expect a start; a refused start must not be an unhandled rejection.
  listening.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, listening, exited, output: () => output };
}

export async function signInOverHttp(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lagesbild-demo' }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

/** A tRPC query over HTTP with a session cookie; anything but a 200 throws. */
export async function trpcGet<T>(url: string, cookie: string, path: string, input: unknown = {}) {
  const query = encodeURIComponent(JSON.stringify(input));
  const res = await fetch(`${url}/trpc/${path}?input=${query}`, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

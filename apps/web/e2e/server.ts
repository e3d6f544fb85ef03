import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverEntry = join(webRoot, '../server/dist/index.js');
const LISTENING = /Lägesbild is listening on (http:\/\/\S+)/;

export interface RunningServer {
  baseURL: string;
  stop(): Promise<void>;
}

/**
 * Starts the built server (turbo builds web and server first) with a fresh embedded database, which
 * seeds the demo city on first start. PORT=0 unless `env` names one; the address is read from the log.
 */
export async function startServer(extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lagesbild-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // The tests sign in dozens of times a minute from one address.
    SIGN_IN_LIMIT_PER_MINUTE: '10000',
    ...extraEnv,
  };
  // The embedded database, never a developer's or CI's PostgreSQL, unless a spec names a database
  // it created for itself.
  if (!extraEnv.DATABASE_URL) delete env.DATABASE_URL;

  const child = spawn(process.execPath, [serverEntry], {
    cwd: webRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';

  // Ready when it says so, however long a busy machine takes to seed; a start that fails exits.
  const baseURL = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      reject(new Error(`the server exited with code ${code}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  });
  // From here on the server's warnings and errors show in the test output (and the pipes never fill).
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.pipe(process.stdout);
  child.stderr.pipe(process.stderr);
  child.removeAllListeners('exit');
  let stopping = false;
  child.on('exit', (code, signal) => {
    if (!stopping)
      console.error(`the Lägesbild server stopped early (code ${code}, signal ${signal})`);
  });

  return {
    baseURL,
    async stop() {
      stopping = true;
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

import { DataFolderInUseError, DataFolderNotADatabaseError } from '@lagesbild/db/client';
import { buildApp } from './app';
import { startDatabase } from './database';
import { readEnv } from './env';
import { createLog } from './log';

const env = readEnv();
const log = createLog(env.LOG_LEVEL);

async function main() {
  const database = await startDatabase(env, {
    log: (m) => log.info(m),
    warn: (m) => log.warn(m),
  });
  const app = await buildApp({ env, database, logger: log });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: closing`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const address = await app.listen({ port: env.PORT, host: env.HOST });
  const url = new URL(address);
  if (url.hostname === '127.0.0.1' || url.hostname === '0.0.0.0') url.hostname = 'localhost';
  // Tests read this line to find the port when PORT=0.
  console.log(`Lägesbild is listening on ${url.origin}`);
}

main().catch((err: unknown) => {
  // Something the operator must act on gets a plain sentence, not only a log record.
  if (err instanceof DataFolderInUseError || err instanceof DataFolderNotADatabaseError) {
    console.error(err.message);
  }
  log.fatal({ err }, 'failed to start');
  process.exit(1);
});

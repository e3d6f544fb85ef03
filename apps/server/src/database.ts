import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openDatabase, type DatabaseHandle } from '@lagesbild/db/client';
import { migrateDatabase } from '@lagesbild/db/migrate';
import { isDatabaseEmpty, seedDemo } from '@lagesbild/db/seed';
import { repositoryRoot, type Env } from './env';

export interface StartDatabaseOptions {
  log: (message: string) => void;
}

/** Opens the configured database, applies the committed migrations and seeds the demo city when empty. */
export async function startDatabase(
  env: Env,
  { log }: StartDatabaseOptions,
): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (env.DATABASE_URL) {
    handle = await openDatabase({
      kind: 'postgres',
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
    });
    log('database: PostgreSQL server');
  } else {
    const dataDir = resolve(repositoryRoot, env.DATA_DIR);
    await mkdir(dataDir, { recursive: true });
    handle = await openDatabase({ kind: 'pglite', dataDir });
    log(`database: embedded PostgreSQL (PGlite) in ${dataDir}`);
  }
  await migrateDatabase(handle);
  if (env.SEED_DEMO && (await isDatabaseEmpty(handle.db))) {
    const summary = await seedDemo(handle.db);
    log(`seeded the demo city: ${summary.assessments} assessments in ${summary.rounds} rounds`);
  }
  return handle;
}

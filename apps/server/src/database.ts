import { resolve } from 'node:path';
import { seedDemoPlan } from '@lagesbild/api';
import { grantApplicationRole, roleOfUrl } from '@lagesbild/db/app-role';
import { openDatabase, openDataFolder, type DatabaseHandle } from '@lagesbild/db/client';
import { migrateDatabase } from '@lagesbild/db/migrate';
import { isDatabaseEmpty, seedDemo } from '@lagesbild/db/seed';
import { repositoryRoot, type Env } from './env';

/** The demo city seedDemo creates, whatever organisation the server is configured for. */
export const DEMO_ORGANISATION_SLUG = 'malmo';

export interface StartDatabaseOptions {
  log: (message: string) => void;
  /** What the operator should see at the default log level (a stale lock taken over); `log` if absent. */
  warn?: (message: string) => void;
}

/** Opens the configured database, applies the committed migrations and seeds the demo city when empty. */
export async function startDatabase(
  env: Env,
  { log, warn = log }: StartDatabaseOptions,
): Promise<DatabaseHandle> {
  if (env.DATABASE_MIGRATION_URL) return startWithSeparateOwner(env, { log });
  if (env.DATABASE_URL) {
    const handle = await openDatabase({
      kind: 'postgres',
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
    });
    log('database: PostgreSQL server');
    await prepareDatabase(handle, env, { log });
    return handle;
  }
  const dataDir = resolve(repositoryRoot, env.DATA_DIR);
  const { handle, created } = await openDataFolder(
    dataDir,
    (staged) => prepareDatabase(staged, env, { log }),
    { log: warn },
  );
  log(`database: embedded PostgreSQL (PGlite) in ${dataDir}${created ? ', created now' : ''}`);
  return handle;
}

async function prepareDatabase(handle: DatabaseHandle, env: Env, { log }: StartDatabaseOptions) {
  await migrateDatabase(handle);
  if (env.SEED_DEMO && (await isDatabaseEmpty(handle.db))) {
    const summary = await seedDemo(handle.db);
    log(`seeded the demo city: ${summary.assessments} assessments in ${summary.rounds} rounds`);
    // The demo's plan editions go through the same repositories as a user's changes, so they live in api.
    await seedDemoPlan(handle.db, DEMO_ORGANISATION_SLUG);
  }
}

/**
 * Least privilege on PostgreSQL: the owner migrates, seeds and grants; the server then runs as
 * DATABASE_URL's role, which cannot change the schema or rewrite the audit log.
 */
async function startWithSeparateOwner(env: Env, { log }: StartDatabaseOptions) {
  if (!env.DATABASE_URL) throw new Error('DATABASE_MIGRATION_URL needs DATABASE_URL as well');
  const role = roleOfUrl(env.DATABASE_URL);
  const owner = await openDatabase({
    kind: 'postgres',
    url: env.DATABASE_MIGRATION_URL!,
    // Two: the migrator holds its lock on one connection and migrates on the other.
    poolSize: 2,
  });
  try {
    await prepareDatabase(owner, env, { log });
    await grantApplicationRole(owner, role);
  } finally {
    await owner.close();
  }
  log(`database: PostgreSQL server, running as role ${role}`);
  return openDatabase({
    kind: 'postgres',
    url: env.DATABASE_URL,
    poolSize: env.DATABASE_POOL_SIZE,
  });
}

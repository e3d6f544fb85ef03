import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type AppOptions } from '../app';

/**
 * Real servers over HTTP for one test file, all on one test database: `start(env)` listens on a free
 * port and gives its address. The servers, then the database, close after the file's last test.
 */
export function serversOnOneDatabase() {
  let database: DatabaseHandle;
  const apps: Awaited<ReturnType<typeof buildApp>>[] = [];
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.close();
  });
  return {
    get database() {
      return database;
    },
    async start(env: Partial<AppOptions['env']> = {}) {
      const app = await buildApp({
        env: { ORGANISATION: 'malmo', WEB_DIST: '/nonexistent', ...env },
        database,
      });
      apps.push(app);
      return app.listen({ port: 0, host: '127.0.0.1' });
    },
  };
}

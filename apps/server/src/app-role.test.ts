import { appendAudit, recordHeartbeat } from '@lagesbild/db/repositories';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDatabase } from './database';
import { readEnv } from './env';

const template = inject('testTemplate');
const ROLE = 'lagesbild_app_server_test';

function withDatabase(url: string, database: string, user?: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (user) u.username = user;
  return u.toString();
}

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// Roles exist only on a PostgreSQL server; the embedded database has one user.
describe.skipIf(template.kind !== 'postgres')('the server on PostgreSQL with its own role', () => {
  const adminUrl = template.kind === 'postgres' ? template.adminUrl : '';
  const database = `lb_role_${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    await admin(adminUrl, `create database ${database}`);
    await admin(
      adminUrl,
      `do $$ begin create role ${ROLE} login;
       exception when duplicate_object or unique_violation then null; end $$`,
    );
  });
  afterAll(() => admin(adminUrl, `drop database if exists ${database} with (force)`));

  it('migrates and seeds as the owner, then runs as a role that cannot rewrite the audit log', async () => {
    const handle = await startDatabase(
      readEnv({
        DATABASE_URL: withDatabase(adminUrl, database, ROLE),
        DATABASE_MIGRATION_URL: withDatabase(adminUrl, database),
      }),
      { log: () => {} },
    );
    try {
      const [{ user }] = (
        (await handle.db.execute(sql`select current_user as user`)) as unknown as {
          rows: { user: string }[];
        }
      ).rows as [{ user: string }];
      expect(user).toBe(ROLE);
      await appendAudit(handle.db, {
        organisationSlug: 'malmo',
        at: new Date('2026-11-27T10:00:00Z'),
        actorUserId: null,
        actorLabel: 'test',
        action: 'test.append',
        outcome: 'success',
      });
      // The health check's write, as this role: a refusal here would make /healthz report a full disk.
      await expect(
        recordHeartbeat(handle.db, new Date('2026-11-27T10:00:00Z')),
      ).resolves.toBeUndefined();
      for (const statement of [
        `update audit_log set actor_label = 'someone else'`,
        `delete from audit_log`,
        `truncate audit_log`,
        `drop table audit_log`,
      ]) {
        await expect(handle.db.execute(sql.raw(statement)), statement).rejects.toMatchObject({
          cause: { code: expect.stringMatching(/^42501$/) },
        });
      }
    } finally {
      await handle.close();
    }
  });
});

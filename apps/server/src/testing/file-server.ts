import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app';

export interface FileServer {
  database: DatabaseHandle;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Signs a demo account in and returns its session cookie. */
  cookieOf(email: string): Promise<string>;
  /** The newest audit entry: what a download or upload must leave behind. */
  lastAudit(): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

/** The real server over HTTP on a test database, for the tests of files people download. */
export async function startFileServer(): Promise<FileServer> {
  const database = await openTestDatabase();
  const app = await buildApp({
    env: { ORGANISATION: 'malmo', WEB_DIST: '/nonexistent' },
    database,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    database,
    base,
    async cookieOf(email) {
      const res = await fetch(`${base}/trpc/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'lagesbild-demo' }),
      });
      return res.headers.get('set-cookie')!.split(';')[0]!;
    },
    async lastAudit() {
      const r = (await database.db.execute(
        sql`select action, outcome, actor_label, summary from audit_log order by id desc limit 1`,
      )) as unknown as { rows: Record<string, unknown>[] };
      return r.rows[0];
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './client';

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Gives the role the server runs as exactly what the application needs: read and write the data,
 * but only read and append the audit log. The owner (who runs migrations) calls this after migrating,
 * so new tables are covered too. A trigger refuses changes to the audit log as well; the missing
 * privilege is the second lock, and the one that also stops TRUNCATE.
 */
export async function grantApplicationRole(handle: DatabaseHandle, role: string): Promise<void> {
  const r = quoteIdentifier(role);
  await handle.db.transaction(async (tx) => {
    for (const statement of [
      `grant usage on schema public to ${r}`,
      `grant select, insert, update, delete on all tables in schema public to ${r}`,
      `grant usage, select on all sequences in schema public to ${r}`,
      `revoke update, delete, truncate on audit_log from ${r}`,
      // The health check writes its heartbeat and reads which migrations are applied.
      `grant usage on schema health to ${r}`,
      `grant select, insert, update on all tables in schema health to ${r}`,
      `grant usage on schema drizzle to ${r}`,
      `grant select on all tables in schema drizzle to ${r}`,
    ]) {
      await tx.execute(sql.raw(statement));
    }
  });
}

/** The user a PostgreSQL connection string signs in as. */
export function roleOfUrl(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('DATABASE_URL names no user, so there is no role to grant to');
  return user;
}

import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** What the audit log's hash chain says of itself (see migration 0012). */
export interface AuditChainState {
  entries: number;
  /** The number of the first entry that breaks the chain, or null when every entry holds. */
  firstBroken: number | null;
  /** The last entry's hash: kept by an auditor, it shows later that nothing was cut off at the end. */
  head: string | null;
}

/** Recomputes every entry's hash in the database and checks each link to the one before. */
export async function verifyAuditChain(db: Pick<Database, 'execute'>): Promise<AuditChainState> {
  const result = (await db.execute(
    sql`select entries::int as entries, first_broken::int as first_broken, head from audit_log_verify()`,
  )) as unknown as {
    rows: { entries: number; first_broken: number | null; head: string | null }[];
  };
  const row = result.rows[0]!;
  return { entries: Number(row.entries), firstBroken: row.first_broken, head: row.head };
}

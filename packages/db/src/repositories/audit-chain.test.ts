import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { openTestDatabase } from '../testing/test-db';
import { appendAudit } from './audit';
import { verifyAuditChain } from './audit-chain';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const NOW = new Date('2026-11-27T10:00:00Z');
const append = (action: string) =>
  appendAudit(handle.db, {
    organisationSlug: 'malmo',
    at: NOW,
    actorUserId: null,
    actorLabel: 'granskare@x.se',
    action,
    outcome: 'success',
    summary: { note: 'å "citat" \\ snedstreck' },
  });

/** What someone with the database owner's rights could do behind the application's back. */
async function tamper(statement: string) {
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql.raw('alter table audit_log disable trigger audit_log_append_only'));
    await tx.execute(sql.raw(statement));
    await tx.execute(sql.raw('alter table audit_log enable trigger audit_log_append_only'));
  });
}

const count = async () =>
  Number(
    (
      (await handle.db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

describe('the audit log is a hash chain', () => {
  it('chains every entry, the seeded ones and those written at the same time, in one unbroken line', async () => {
    const before = await verifyAuditChain(handle.db);
    expect(before.firstBroken).toBeNull();
    await Promise.all(Array.from({ length: 8 }, (_, i) => append(`test.concurrent.${i}`)));
    const after = await verifyAuditChain(handle.db);
    expect(after).toMatchObject({ entries: before.entries + 8, firstBroken: null });
    expect(after.head).toMatch(/^[0-9a-f]{64}$/);
    expect(after.head).not.toBe(before.head);
  });

  it('shows the first entry that was edited, removed or slipped in', async () => {
    for (const action of ['test.a', 'test.b', 'test.c']) await append(action);
    const { entries } = await verifyAuditChain(handle.db);
    const second = entries - 1;

    await tamper(`update audit_log set actor_label = 'någon annan' where chain_seq = ${second}`);
    expect((await verifyAuditChain(handle.db)).firstBroken).toBe(second);
    await tamper(`update audit_log set actor_label = 'granskare@x.se' where chain_seq = ${second}`);
    expect((await verifyAuditChain(handle.db)).firstBroken).toBeNull();

    await tamper(`delete from audit_log where chain_seq = ${second}`);
    expect((await verifyAuditChain(handle.db)).firstBroken).toBe(entries);
  });

  it('refuses TRUNCATE, so the log cannot be emptied in one statement either', async () => {
    await append('test.keep');
    const before = await count();
    await expect(handle.db.execute(sql`truncate audit_log cascade`)).rejects.toThrow();
    expect(await count()).toBe(before);
    expect((await verifyAuditChain(handle.db)).firstBroken).toBeNull();
  });
});

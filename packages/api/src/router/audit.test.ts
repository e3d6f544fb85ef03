import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { createCaller } from '../index';
import { loadTestUser } from '../testing/users';

let handle: DatabaseHandle;
let itd: ReturnType<typeof createCaller>;
const anonymous = () =>
  createCaller(createContextInner({ db: handle.db, organisationSlug: 'malmo' }));

beforeAll(async () => {
  handle = await openTestDatabase();
  const user = await loadTestUser(handle.db, 'itd');
  itd = createCaller(createContextInner({ db: handle.db, organisationSlug: 'malmo', user }));
  // Three failed sign-ins and one that works, as the log's content.
  for (const password of ['fel1', 'fel2', 'fel3']) {
    await anonymous()
      .auth.signIn({ email: 'granskning@exempel.se', password })
      .catch(() => {});
  }
  await anonymous().auth.signIn({ email: 'itd@demo.lagesbild.se', password: 'lagesbild-demo' });
});
afterAll(() => handle.close());

describe('audit.list', () => {
  it('lists the newest first, with who, what and the outcome', async () => {
    const { entries, actions } = await itd.audit.list({});
    expect(entries[0]).toMatchObject({
      actorLabel: 'Ida Ledning (ITD)',
      action: 'auth.signIn',
      outcome: 'success',
    });
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => b - a));
    expect(actions).toContain('auth.signIn');
  });

  it('filters by outcome and by part of the actor, case-insensitively', async () => {
    const failed = await itd.audit.list({ outcome: 'failure', actor: 'GRANSKNING' });
    expect(failed.entries).toHaveLength(3);
    expect(failed.entries.every((e) => e.actorLabel === 'granskning@exempel.se')).toBe(true);
    expect((await itd.audit.list({ actor: '%' })).entries).toHaveLength(0);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const all = (await itd.audit.list({ limit: 200 })).entries.map((e) => e.id);
    const first = await itd.audit.list({ limit: 2 });
    const second = await itd.audit.list({ limit: 2, cursor: first.nextCursor! });
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.slice(0, 4));
  });
});

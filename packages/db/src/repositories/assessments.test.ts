import { ConflictError, NotFoundError, type AssessmentFields } from '@lagesbild/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { assessmentHistory, assessments } from '../schema/index';
import { openTestDatabase } from '../testing/test-db';
import { saveAssessment, type AssessmentKey } from './assessments';
import { loadCapabilityDetail } from './capability-detail';

/** The clock these tests pin. */
const NOW = new Date('2026-11-27T10:00:00Z');

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

async function readCurrent(key: AssessmentKey) {
  const detail = await loadCapabilityDetail(
    handle.db,
    key.organisationSlug,
    key.capabilityCode,
    key.roundCode,
  );
  const a = detail.assessments.find((x) => x.unitSlug === key.unitSlug)!;
  return { fields: a, history: detail.history.filter((h) => h.unitSlug === key.unitSlug) };
}

async function versionOf(key: AssessmentKey): Promise<number> {
  const rows = await handle.db.execute(sql`
    select a.version from assessments a
    join rounds r on r.id = a.round_id join units u on u.id = a.unit_id join capabilities c on c.id = a.capability_id
    where r.code = ${key.roundCode} and u.slug = ${key.unitSlug} and c.code = ${key.capabilityCode}`);
  return Number((rows as unknown as { rows: { version: number }[] }).rows[0]!.version);
}

function keyFor(unitSlug: string): AssessmentKey {
  return {
    organisationSlug: 'malmo',
    roundCode: '2026-K3',
    unitSlug,
    capabilityCode: firstCapability,
  };
}

let firstCapability = '';
beforeAll(async () => {
  const rows = await handle.db.execute(sql`select code from capabilities order by id limit 1`);
  firstCapability = (rows as unknown as { rows: { code: string }[] }).rows[0]!.code;
});

function withSelfRating(fields: AssessmentFields, selfRating: number): AssessmentFields {
  return {
    ...fields,
    notApplicable: false,
    selfRating,
    validatedRating: null,
    comment: `ändrad till ${selfRating}`,
  };
}

describe('saveAssessment', () => {
  it('keeps the earlier version in history: who, when, and each field from what to what', async () => {
    const key = keyFor('stadskontoret');
    const before = await readCurrent(key);
    const version = await versionOf(key);
    const next = withSelfRating(before.fields, before.fields.selfRating === 5 ? 4 : 5);

    const saved = await saveAssessment(handle.db, {
      ...key,
      expectedVersion: version,
      fields: next,
      changedBy: 'Test Person',
      at: NOW,
    });

    expect(saved.version).toBe(version + 1);
    expect(saved.fields.selfRating).toBe(next.selfRating);
    const after = await readCurrent(key);
    expect(after.history).toHaveLength(before.history.length + 1);
    const entry = after.history[0]!;
    expect(entry).toMatchObject({ version: version + 1, changedBy: 'Test Person' });
    expect(entry.changes).toContainEqual({
      field: 'selfRating',
      from: before.fields.selfRating,
      to: next.selfRating,
    });
    expect(Date.parse(entry.changedAt)).toBe(NOW.getTime());
  });

  it('saving the same values creates no new version', async () => {
    const key = keyFor('kulturforvaltningen');
    const before = await readCurrent(key);
    const version = await versionOf(key);
    const { unitSlug: _u, ...fields } = before.fields;
    const saved = await saveAssessment(handle.db, {
      ...key,
      expectedVersion: version,
      fields,
      changedBy: 'Test',
      at: NOW,
    });
    expect(saved.version).toBe(version);
    expect((await readCurrent(key)).history).toHaveLength(before.history.length);
  });

  it('refuses a save from a stale version with the current values, and writes nothing', async () => {
    const key = keyFor('miljoforvaltningen');
    const before = await readCurrent(key);
    const version = await versionOf(key);
    const save = saveAssessment(handle.db, {
      ...key,
      expectedVersion: version - 1,
      fields: withSelfRating(before.fields, 1),
      changedBy: 'Late Person',
      at: NOW,
    });
    await expect(save).rejects.toBeInstanceOf(ConflictError);
    await expect(save).rejects.toMatchObject({ details: { currentVersion: version } });
    expect(await versionOf(key)).toBe(version);
    expect((await readCurrent(key)).history).toHaveLength(before.history.length);
  });

  it('of many simultaneous saves on one version exactly one wins', async () => {
    const key = keyFor('fritidsforvaltningen');
    const before = await readCurrent(key);
    const version = await versionOf(key);
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5, 1, 2, 3].map((rating, i) =>
        saveAssessment(handle.db, {
          ...key,
          expectedVersion: version,
          fields: { ...withSelfRating(before.fields, rating), comment: `samtidig ${i}` },
          changedBy: `Person ${i}`,
          at: NOW,
        }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.every((r) => r.reason instanceof ConflictError)).toBe(true);
    expect(await versionOf(key)).toBe(version + 1);
    expect((await readCurrent(key)).history).toHaveLength(before.history.length + 1);
  });

  it('an unknown assessment is NotFound', async () => {
    await expect(
      saveAssessment(handle.db, {
        ...keyFor('no-such-unit'),
        expectedVersion: 1,
        fields: (await readCurrent(keyFor('stadskontoret'))).fields,
        changedBy: 'x',
        at: NOW,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the database itself refuses a rating outside 1–5 or a rating on a not-applicable row', async () => {
    const [row] = await handle.db.select({ id: assessments.id }).from(assessments).limit(1);
    const where = eq(assessments.id, row!.id);
    await expect(
      handle.db.update(assessments).set({ selfRating: 6 }).where(where),
    ).rejects.toThrow();
    await expect(
      handle.db.update(assessments).set({ notApplicable: true, selfRating: 3 }).where(where),
    ).rejects.toThrow();
    const history = await handle.db
      .select()
      .from(assessmentHistory)
      .where(eq(assessmentHistory.assessmentId, row!.id));
    expect(history.length).toBeGreaterThan(0);
  });
});

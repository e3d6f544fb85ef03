import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import type { StrengthNoteFields } from '@lagesbild/domain';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf, fieldFailureOf } from '../testing/users';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const fields = (overrides: Partial<StrengthNoteFields> = {}): StrengthNoteFields => ({
  kind: 'weakness',
  areaCode: 'testverksamhet',
  capabilityCode: 'testautomatisering',
  weight: 2,
  text: 'Regressionstester körs för hand.',
  ...overrides,
});

describe('ITD values strengths and weaknesses', () => {
  it('lists the demo notes, strengths first and the heaviest first', async () => {
    const viewer = await callAs(handle.db, 'viewer');
    const notes = await viewer.plan.strengthNotes();
    expect(notes.map((n) => [n.kind, n.weight, n.areaName])).toEqual([
      ['strength', 3, 'Digital säkerhet'],
      ['strength', 2, 'Informationshantering'],
      ['strength', 2, 'Samverkan'],
      ['weakness', 3, 'IT-juridik'],
      ['weakness', 3, 'Testverksamhet'],
      ['weakness', 2, 'AI'],
      ['weakness', 1, 'Nyttorealisering'],
    ]);
  });

  it('creates a note, changes it against its version and audits both', async () => {
    const itd = await callAs(handle.db, 'itd');
    const created = await itd.plan.saveStrengthNote({ code: null, version: 0, fields: fields() });
    expect(created).toEqual({ code: 'svaghet-testautomatisering', version: 1 });
    const changed = await itd.plan.saveStrengthNote({
      code: created.code,
      version: 1,
      fields: fields({ weight: 3, text: 'Inga automatiska regressionstester alls.' }),
    });
    expect(changed).toEqual({ code: created.code, version: 2 });
    const note = (await itd.plan.strengthNotes()).find((n) => n.code === created.code)!;
    expect(note).toMatchObject({
      kind: 'weakness',
      areaCode: 'testverksamhet',
      areaName: 'Testverksamhet',
      capabilityCode: 'testautomatisering',
      capabilityName: expect.stringMatching(/^Testautomatisering/),
      weight: 3,
      text: 'Inga automatiska regressionstester alls.',
      version: 2,
      updatedBy: 'Ida Ledning (ITD)',
    });
    const audited = (await handle.db.execute(
      sql`select count(*)::int as n from audit_log where action = 'plan.saveStrengthNote'`,
    )) as unknown as { rows: { n: number }[] };
    expect(audited.rows[0]!.n).toBe(2);
  });

  it('refuses a stale version with the note as saved, and changes nothing', async () => {
    const itd = await callAs(handle.db, 'itd');
    const { code } = await itd.plan.saveStrengthNote({ code: null, version: 0, fields: fields() });
    const failure = await failureOf(
      itd.plan.saveStrengthNote({ code, version: 0, fields: fields({ weight: 1 }) }),
    );
    expect(failure.code).toBe('CONFLICT');
    expect(failure.details).toMatchObject({
      currentVersion: 1,
      current: { weight: 2, text: 'Regressionstester körs för hand.' },
    });
    const note = (await itd.plan.strengthNotes()).find((n) => n.code === code)!;
    expect(note.weight).toBe(2);
  });

  it('refuses an unknown area or capability at its field', async () => {
    const itd = await callAs(handle.db, 'itd');
    const save = (f: StrengthNoteFields) =>
      fieldFailureOf(itd.plan.saveStrengthNote({ code: null, version: 0, fields: f }));
    expect(await save(fields({ areaCode: 'finns-inte', capabilityCode: null }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'unknownArea',
      field: 'fields.areaCode',
    });
    expect(await save(fields({ capabilityCode: 'finns-inte' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'unknownCapability',
      field: 'fields.capabilityCode',
    });
    // Testautomatisering is a testing capability, not an AI one.
    expect(await save(fields({ areaCode: 'ai' }))).toEqual({
      code: 'BAD_REQUEST',
      message: 'capabilityNotInArea',
      field: 'fields.capabilityCode',
    });
    expect(
      (
        await failureOf(
          itd.plan.saveStrengthNote({ code: 'finns-inte', version: 1, fields: fields() }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await itd.plan.strengthNotes()).toHaveLength(7);
  });
});

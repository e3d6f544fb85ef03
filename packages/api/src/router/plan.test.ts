import type { DatabaseHandle } from '@lagesbild/db/client';
import { publishPlanEdition } from '@lagesbild/db/repositories';
import { countRows, openTestDatabase } from '@lagesbild/db/testing';
import {
  formatPlanText,
  type CriticalFactorFields,
  type PlanContent,
  type PlanEdition,
} from '@lagesbild/domain';
import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf } from '../testing/users';
import { computePlanContent } from './plan-views';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

/** The clock these tests pin (as callAs does). */
const NOW = new Date('2026-11-27T10:00:00Z');

const ADOPTION = 'forvaltningarna-hinner-inte-ta-emot-forandringar';
const adoption = (likelihood: number, impact: number): CriticalFactorFields => ({
  title: 'Förvaltningarna hinner inte ta emot förändringar',
  kind: 'risk',
  likelihood,
  impact,
  owner: 'Stadsdirektören',
  mitigation: 'Planera införanden efter förvaltningarnas kapacitet.',
  status: 'open',
  capabilityCodes: ['forandringsledning'],
  needCodes: ['portfolj-och-behovsprocess'],
});

const chapter = (edition: PlanEdition, key: string) =>
  edition.content.chapters.find((c) => c.key === key)!;
const scoreOf = (edition: PlanEdition, code: string) =>
  edition.content.comparables.factors.find((f) => f.code === code)?.score;
const sentences = (edition: PlanEdition, key: string) =>
  chapter(edition, key).statements.map((s) => formatPlanText('sv', s.key, s.values));
const statusOf = (edition: PlanEdition, id: string) =>
  edition.content.coverage.find((c) => c.id === id)?.status;

/** ITD closes the demo city's open round, 2026-K4, at the pinned clock. */
async function closeOpenRound() {
  const itd = await callAs(handle.db, 'itd');
  const open = (await itd.rounds.list()).find((r) => r.status === 'open')!;
  expect(open.code).toBe('2026-K4');
  await itd.rounds.close({ code: open.code, version: open.version });
}

/** ITD re-scores the adoption risk: the score is recorded in the open round. */
async function rescoreAdoption(likelihood: number, impact: number) {
  const itd = await callAs(handle.db, 'itd');
  const factor = (await itd.factors.register()).factors.find((f) => f.code === ADOPTION)!;
  await itd.factors.save({
    code: ADOPTION,
    version: factor.version,
    fields: adoption(likelihood, impact),
  });
}

const count = (query: SQL) => countRows(handle.db, query);

describe('a draft follows the data', () => {
  it('gives the seeded city facts that can be counted in the seed', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    const { content } = await itd.plan.edition({ year: 2026 });
    expect(content.facts).toMatchObject({
      // 2024-K4 … 2026-K3 are closed; 2026-K4 is open.
      closedRounds: 8,
      unitsTotal: 14,
      unitsReportedLatestRound: 14,
      unitsValidatedLatestRound: 14,
      strengthsNoted: 3,
      weaknessesNoted: 4,
      // 27 needs in the register, none declined; 25 of them accepted, planned, ongoing or done.
      needsTotal: 27,
      needsDecided: 25,
      scenarios: 2,
      aiUseCases: 12,
      benefitsTotal: 16,
      boardsTotal: 13,
      factorsTotal: 12,
      itdAssessedLatestRound: true,
      itdCapacityReported: true,
    });
    expect(content.roundCode).toBe('2026-K3');
    expect(content.previousYear).toBeNull();
    expect(content.year).toBe(2026);
    expect(content.organisationName).toBe('Malmö stad');
    expect(content.generatedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('counts a factor first scored in the open round only once that round closes', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    await itd.factors.save({
      code: null,
      version: 0,
      fields: { ...adoption(2, 2), title: 'Otydliga krav på tillgänglighet', needCodes: [] },
    });
    expect((await itd.factors.register()).factors).toHaveLength(13);
    expect((await itd.plan.edition({ year: 2026 })).content.facts.factorsTotal).toBe(12);
    await closeOpenRound();
    expect((await itd.plan.edition({ year: 2026 })).content.facts.factorsTotal).toBe(13);
  });

  it('reads only closed rounds and names its basis: a re-score in the open round waits for it to close', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    const before = await itd.plan.edition({ year: 2026 });
    expect(before.content).toMatchObject({ roundCode: '2026-K3', basisClosedOn: '2026-09-30' });
    expect(sentences(before, 'factors')[0]).toBe(
      'Poängen är från bedömningsomgång 2026-K3. En faktor som fick sin första poäng senare kommer med när nästa omgång har stängts. Ägare, åtgärder och status läses som de står 2026-11-30.',
    );
    expect(scoreOf(before, ADOPTION)).toBe(12);

    await rescoreAdoption(5, 5);
    const open = await itd.plan.edition({ year: 2026 });
    expect(scoreOf(open, ADOPTION)).toBe(12);
    expect(chapter(open, 'factors')).toEqual(chapter(before, 'factors'));

    await closeOpenRound();
    const after = await itd.plan.edition({ year: 2026 });
    expect(after.content).toMatchObject({ roundCode: '2026-K4', basisClosedOn: '2026-11-27' });
    expect(sentences(after, 'status')[0]).toBe(
      'Mognadsnivåerna är från bedömningsomgång 2026-K4, stängd 2026-11-27. En öppen omgång räknas inte.',
    );
    expect(scoreOf(after, ADOPTION)).toBe(25);
    expect(after.status).toBe('draft');
    expect(after.version).toBe(before.version);
  });

  it('moves a coverage answer as ITD values strengths and weaknesses', async () => {
    // A city where ITD has not yet valued anything.
    await handle.db.execute(sql`delete from strength_notes`);
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    expect(statusOf(await itd.plan.edition({ year: 2026 }), 'q1-strengths-weaknesses')).toBe(
      'unanswered',
    );
    const note = { areaCode: 'samverkan', capabilityCode: null, weight: 2, text: 'Stark modell.' };
    await itd.plan.saveStrengthNote({
      code: null,
      version: 0,
      fields: { kind: 'strength', ...note },
    });
    const partly = await itd.plan.edition({ year: 2026 });
    expect(statusOf(partly, 'q1-strengths-weaknesses')).toBe('partly');
    expect(
      partly.content.coverage.find((c) => c.id === 'q1-strengths-weaknesses')!.missing,
    ).toEqual([{ what: 'weaknesses', who: 'itd' }]);
    await itd.plan.saveStrengthNote({
      code: null,
      version: 0,
      fields: { ...note, kind: 'weakness', areaCode: 'testverksamhet', text: 'Få testledare.' },
    });
    const answered = await itd.plan.edition({ year: 2026 });
    expect(statusOf(answered, 'q1-strengths-weaknesses')).toBe('answered');
    expect(answered.content.facts).toMatchObject({ strengthsNoted: 1, weaknessesNoted: 1 });
  });
});

describe('publishing freezes the edition', () => {
  it('keeps the published content as it was when the data changes afterwards', async () => {
    const itd = await callAs(handle.db, 'itd');
    const created = await itd.plan.create({ year: 2026 });
    expect(created).toMatchObject({ status: 'draft', version: 1, publishedAt: null });
    expect(created.basisRound).toBeNull();
    const published = await itd.plan.publish({ year: 2026, version: 1 });
    expect(published).toMatchObject({
      status: 'published',
      version: 2,
      publishedAt: '2026-11-27T10:00:00.000Z',
      publishedBy: 'Ida Ledning (ITD)',
      basisRound: '2026-K3',
    });
    const frozen = await itd.plan.edition({ year: 2026 });

    // Data of the open round and after the basis changes, and then the round closes.
    await rescoreAdoption(5, 5);
    const reporter = await callAs(handle.db, 'reporterA');
    const form = await reporter.capacity.form({ round: '2026-K4' });
    await reporter.capacity.save({
      round: '2026-K4',
      version: form.version,
      report: {
        planningFte: 9,
        competences: [{ area: 'ai-och-data', fte: 40, level: 5 }],
        demand: [],
        baseRequirements: [],
      },
    });
    // A benefit measured at its target after the basis round closed.
    const benefit = (await itd.benefits.register()).benefits.find((b) => (b.realisation ?? 0) < 1)!;
    await itd.benefits.recordMeasurement({
      benefitCode: benefit.code,
      measurement: { date: '2026-11-20', value: benefit.target },
      note: '',
    });
    await closeOpenRound();

    const later = await callAs(handle.db, 'viewer', () => new Date('2027-03-01T08:00:00Z'));
    const reread = await later.plan.edition({ year: 2026 });
    expect(reread.content).toEqual(frozen.content);
    expect(scoreOf(reread, ADOPTION)).toBe(12);
    expect((await later.plan.editions())[0]).toMatchObject({ year: 2026, basisRound: '2026-K3' });
    // The changes are real: a draft computed now stands on the closed round and reads them.
    await itd.plan.create({ year: 2027 });
    const draft = await later.plan.edition({ year: 2027 });
    expect(draft.content.roundCode).toBe('2026-K4');
    expect(scoreOf(draft, ADOPTION)).toBe(25);
    expect(chapter(draft, 'capacity')).not.toEqual(chapter(frozen, 'capacity'));
    expect(draft.content.comparables.benefits.find((b) => b.code === benefit.code)).toMatchObject({
      realisation: 1,
    });
    expect(
      await count(sql`select count(*)::int as n from audit_log where action = 'plan.publish'`),
    ).toBe(1);
  });

  it('keeps earlier editions readable and compares the next draft with the published one', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    await itd.plan.publish({ year: 2026, version: 1 });
    await itd.plan.create({ year: 2027 });
    const viewer = await callAs(handle.db, 'viewer');
    expect((await viewer.plan.editions()).map((e) => [e.year, e.status])).toEqual([
      [2027, 'draft'],
      [2026, 'published'],
    ]);
    const draft = await viewer.plan.edition({ year: 2027 });
    expect(draft.content.previousYear).toBe(2026);
    // No round has closed since the 2026 edition: chapter 1 says so rather than that nothing moved.
    expect(sentences(draft, 'comparison')).toEqual([
      'Planen bygger på bedömningsomgång 2026-K3, stängd 2026-09-30.',
      'Ingen bedömningsomgång har stängts sedan planen för 2026: båda bygger på 2026-K3. Jämförelsen väntar på nästa stängda omgång. Behov och AI-användningsfall, som inte har omgångar, står som de är i dag i kapitel 4 och 5.',
    ]);
    expect((await viewer.plan.edition({ year: 2026 })).status).toBe('published');
    const missing = await failureOf(viewer.plan.edition({ year: 2030 }));
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('refuses narratives, a second publish and a second edition of the year', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    await itd.plan.publish({ year: 2026, version: 1 });
    const narrative = { year: 2026, chapter: 'status' as const, text: 'Sent tillägg.', version: 2 };
    expect((await failureOf(itd.plan.saveNarrative(narrative))).code).toBe('CONFLICT');
    expect((await failureOf(itd.plan.publish({ year: 2026, version: 2 }))).code).toBe('CONFLICT');
    expect((await failureOf(itd.plan.create({ year: 2026 }))).code).toBe('CONFLICT');
    const edition = await itd.plan.edition({ year: 2026 });
    expect(edition).toMatchObject({ status: 'published', version: 2, narratives: {} });
  });
});

describe('narratives', () => {
  it('saves a chapter narrative and refuses a stale version without overwriting', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    const first = 'Mognaden steg mest inom samverkan.';
    expect(
      await itd.plan.saveNarrative({ year: 2026, chapter: 'status', text: first, version: 1 }),
    ).toEqual({ version: 2 });
    const stale = await failureOf(
      itd.plan.saveNarrative({ year: 2026, chapter: 'status', text: 'Annan text.', version: 1 }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details).toMatchObject({ currentVersion: 2, narratives: { status: first } });
    const edition = await itd.plan.edition({ year: 2026 });
    expect(edition.narratives).toEqual({ status: first });
    expect(edition.version).toBe(2);
  });

  it('refuses every write to reporters and viewers', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    for (const who of ['viewer', 'reporterA'] as const) {
      const caller = await callAs(handle.db, who);
      const refusals = await Promise.all([
        failureOf(caller.plan.create({ year: 2027 })),
        failureOf(caller.plan.saveNarrative({ year: 2026, chapter: 'ai', text: 'x', version: 1 })),
        failureOf(caller.plan.publish({ year: 2026, version: 1 })),
      ]);
      expect(refusals.map((r) => r.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
    expect((await itd.plan.edition({ year: 2026 })).status).toBe('draft');
    expect((await itd.plan.editions()).map((e) => e.year)).toEqual([2026]);
  });
});

describe('nothing half-saved', () => {
  it('leaves the draft as it was when a publish fails', async () => {
    const itd = await callAs(handle.db, 'itd');
    await itd.plan.create({ year: 2026 });
    await itd.plan.saveNarrative({ year: 2026, chapter: 'ai', text: 'Utkast.', version: 1 });
    expect((await failureOf(itd.plan.publish({ year: 2026, version: 1 }))).code).toBe('CONFLICT');
    const actor = {
      organisationSlug: 'malmo',
      userId: null,
      label: 'Test',
      correlationId: null,
      at: NOW,
    };
    const publish = (buildContent: () => Promise<PlanContent>) =>
      publishPlanEdition(handle.db, actor, { year: 2026, expectedVersion: 2, buildContent });
    // The computation fails: nothing is stored.
    await expect(
      publish(async () => {
        await computePlanContent(handle.db, 'malmo', 2026, {
          now: NOW,
          asOf: { today: '2026-11-27', fixed: false },
        });
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow('the disk is full');
    // The store fails inside the transaction (the database refuses a published edition without content).
    await expect(publish(async () => null as unknown as PlanContent)).rejects.toThrow();
    const edition = await itd.plan.edition({ year: 2026 });
    expect(edition).toMatchObject({ status: 'draft', version: 2, publishedAt: null });
    expect(edition.narratives).toEqual({ ai: 'Utkast.' });
    expect(
      await count(sql`select count(*)::int as n from audit_log where action = 'plan.publish'`),
    ).toBe(0);
  });
});

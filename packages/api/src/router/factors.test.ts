import type { DatabaseHandle } from '@lagesbild/db/client';
import { countRows, openTestDatabase } from '@lagesbild/db/testing';
import type { CriticalFactorFields } from '@lagesbild/domain';
import { sql, type SQL } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callAs, failureOf, fieldFailureOf } from '../testing/users';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await openTestDatabase();
});
afterEach(() => handle.close());

const count = (query: SQL) => countRows(handle.db, query);
const auditCount = () =>
  count(sql`select count(*)::int as n from audit_log where action = 'factors.save'`);

const IT_LAW = 'brist-pa-it-juridisk-kompetens';
const ADOPTION = 'forvaltningarna-hinner-inte-ta-emot-forandringar';

const fields = (overrides: Partial<CriticalFactorFields> = {}): CriticalFactorFields => ({
  title: 'Förvaltningarna hinner inte ta emot förändringar',
  kind: 'risk',
  likelihood: 3,
  impact: 4,
  owner: 'Stadsdirektören',
  mitigation: 'Planera införanden efter förvaltningarnas kapacitet.',
  status: 'open',
  capabilityCodes: ['forandringsledning'],
  needCodes: ['portfolj-och-behovsprocess'],
  ...overrides,
});

describe('the register answers Q5 from the demo data', () => {
  it('shows the board the scores of the latest closed round only, never one recorded in the open round', async () => {
    const [board, itd] = await Promise.all([
      callAs(handle.db, 'viewer').then((c) => c.factors.register()),
      callAs(handle.db, 'itd').then((c) => c.factors.register()),
    ]);
    expect(itd.currentRound).toBe('2026-K4');
    expect(board.currentRound).toBe('2026-K3');
    expect(board.rounds.map((r) => r.status)).not.toContain('open');
    for (const factor of board.factors) {
      expect(factor.history.map((h) => h.roundCode)).not.toContain('2026-K4');
      const atK3 = itd.factors
        .find((f) => f.code === factor.code)!
        .history.find((h) => h.roundCode === '2026-K3');
      if (atK3) expect([factor.likelihood, factor.impact]).toEqual([atK3.likelihood, atK3.impact]);
    }
    // IT law rose in the open round: the board still reads it as scored in 2026-K3.
    expect(board.factors.find((f) => f.code === IT_LAW)!.score).toBe(16);
  });

  it('ranks IT law first for ITD, up 4 since 2026-K3, and shows rising, steady and falling factors', async () => {
    // ITD reads the scores it has recorded in the open round too.
    const itd = await callAs(handle.db, 'itd');
    const view = await itd.factors.register();
    expect(view.factors).toHaveLength(12);
    expect(view.currentRound).toBe('2026-K4');
    expect(view.rounds.map((r) => r.code).at(-2)).toBe('2026-K3');
    expect(view.ranking.slice(0, 5)).toEqual([
      { code: IT_LAW, current: 20, previous: 16, change: 4 },
      {
        code: 'otillracklig-budgetram-for-offensiv-satsning',
        current: 20,
        previous: 20,
        change: 0,
      },
      { code: 'svag-testverksamhet', current: 20, previous: 25, change: -5 },
      { code: 'beroende-av-en-leverantor-for-driftmiljon', current: 16, previous: 12, change: 4 },
      { code: ADOPTION, current: 12, previous: 12, change: 0 },
    ]);
    // The closed factor is in the register but left out of the ranking and the matrix.
    expect(view.ranking).toHaveLength(11);
    const closed = view.factors.find((f) => f.status === 'closed')!;
    expect(view.ranking.some((r) => r.code === closed.code)).toBe(false);
    expect(view.matrix.flat().reduce((s, n) => s + n, 0)).toBe(11);
    expect(view.matrix[3]![4]).toBe(2); // likelihood 4, impact 5: IT law and testing
    expect(view.matrix[2]![2]).toBe(3);
    const itLaw = view.factors.find((f) => f.code === IT_LAW)!;
    expect(itLaw).toMatchObject({
      score: 20,
      band: 'critical',
      kind: 'risk',
      updatedBy: 'Demodata',
    });
    expect(itLaw.needs.map((n) => n.code)).toContain('it-juridisk-funktion');
    expect(itLaw.capabilities.map((c) => c.code)).toContain('it-rattslig-radgivning');
    expect(itLaw.history).toHaveLength(9);
    expect(itLaw.history[0]).toEqual({ roundCode: '2024-K4', likelihood: 3, impact: 4, score: 12 });
    const bands = view.factors.filter((f) => f.status !== 'closed').map((f) => f.band);
    expect(bands.filter((b) => b === 'critical')).toHaveLength(3);
    expect(bands.filter((b) => b === 'high')).toHaveLength(4);
  });
});

describe('saving a factor', () => {
  it('records the score in the current round, so the ranking and the matrix move', async () => {
    const itd = await callAs(handle.db, 'itd');
    const before = (await itd.factors.register()).factors.find((f) => f.code === ADOPTION)!;
    const saved = await itd.factors.save({
      code: ADOPTION,
      version: before.version,
      fields: fields({ likelihood: 5 }),
    });
    expect(saved).toEqual({ code: ADOPTION, version: before.version + 1 });
    const view = await itd.factors.register();
    const after = view.factors.find((f) => f.code === ADOPTION)!;
    expect(after).toMatchObject({ likelihood: 5, score: 20, band: 'critical' });
    expect(after.updatedBy).toBe('Ida Ledning (ITD)');
    expect(after.history.at(-1)).toEqual({
      roundCode: '2026-K4',
      likelihood: 5,
      impact: 4,
      score: 20,
    });
    expect(after.history.at(-2)).toEqual({
      roundCode: '2026-K3',
      likelihood: 3,
      impact: 4,
      score: 12,
    });
    expect(view.ranking[0]).toEqual({ code: ADOPTION, current: 20, previous: 12, change: 8 });
    expect(view.matrix[4]![3]).toBe(2);
    expect(view.matrix[2]![3]).toBe(1);
    expect(await auditCount()).toBe(1);
  });

  it('creates a factor with a code from its title, scored in the current round only', async () => {
    const itd = await callAs(handle.db, 'itd');
    const saved = await itd.factors.save({
      code: null,
      version: 0,
      fields: fields({ title: 'Otydliga krav på tillgänglighet', kind: 'success', needCodes: [] }),
    });
    expect(saved).toEqual({ code: 'otydliga-krav-pa-tillganglighet', version: 1 });
    const view = await itd.factors.register();
    const created = view.factors.find((f) => f.code === saved.code)!;
    expect(created.history).toEqual([
      { roundCode: '2026-K4', likelihood: 3, impact: 4, score: 12 },
    ]);
    expect(view.ranking.find((r) => r.code === saved.code)).toMatchObject({ change: null });
  });

  it('refuses a stale version with the saved values and changes nothing', async () => {
    const itd = await callAs(handle.db, 'itd');
    const before = (await itd.factors.register()).factors.find((f) => f.code === IT_LAW)!;
    const failure = await failureOf(
      itd.factors.save({ code: IT_LAW, version: before.version + 1, fields: fields() }),
    );
    expect(failure.code).toBe('CONFLICT');
    expect(failure.details).toMatchObject({
      currentVersion: before.version,
      current: { title: 'Brist på IT-juridisk kompetens', likelihood: 4, impact: 5 },
    });
    const after = (await itd.factors.register()).factors.find((f) => f.code === IT_LAW)!;
    expect(after).toEqual(before);
    expect(await auditCount()).toBe(0);
  });

  it('names the field of an unknown capability or need, and writes nothing', async () => {
    const itd = await callAs(handle.db, 'itd');
    const before = (await itd.factors.register()).factors.find((f) => f.code === ADOPTION)!;
    const badCapability = await fieldFailureOf(
      itd.factors.save({
        code: ADOPTION,
        version: before.version,
        fields: fields({ likelihood: 5, capabilityCodes: ['finns-inte'] }),
      }),
    );
    expect(badCapability).toEqual({
      code: 'BAD_REQUEST',
      message: 'unknownCapability',
      field: 'fields.capabilityCodes',
    });
    const badNeed = await fieldFailureOf(
      itd.factors.save({ code: null, version: 0, fields: fields({ needCodes: ['finns-inte'] }) }),
    );
    expect(badNeed).toEqual({
      code: 'BAD_REQUEST',
      message: 'unknownNeed',
      field: 'fields.needCodes',
    });
    const after = (await itd.factors.register()).factors.find((f) => f.code === ADOPTION)!;
    expect(after).toEqual(before);
    expect((await itd.factors.register()).factors).toHaveLength(12);
  });

  it('refuses an empty title and owner at their fields', async () => {
    const itd = await callAs(handle.db, 'itd');
    const failure = await failureOf(
      itd.factors.save({ code: null, version: 0, fields: fields({ title: ' ', owner: '' }) }),
    );
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.message).toMatch(/title/);
    expect(failure.message).toMatch(/owner/);
  });
});

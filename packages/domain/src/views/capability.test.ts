import { describe, expect, it } from 'vitest';
import { data, T1, T2, T3 } from './test-data';
import type { HistoryEntry } from '../models/assessment';
import { buildCapabilityView, capabilityViewSchema, type CapabilityDetail } from './capability';

const history: HistoryEntry[] = [
  {
    unitSlug: 'stadskontoret',
    unitName: 'Stadskontoret',
    roundCode: '2026-T2',
    version: 2,
    changedAt: '2026-05-04T09:30:00+02:00',
    changedBy: 'anna.itd',
    changes: [{ field: 'selfRating', from: 3, to: 4 }],
  },
];

/** The round's assessments as the db hands them over, deliberately not in unit order. */
function detailFor(code: string, roundCode: string): CapabilityDetail {
  const capability = data.capabilities.find((c) => c.code === code)!;
  const assessments = data.facts
    .filter((f) => f.capabilityCode === code && f.roundCode === roundCode)
    .map(({ roundCode: _r, capabilityCode: _c, ...f }) => ({
      ...f,
      evidence: {
        text: null,
        link: f.unitSlug === 'stadskontoret' ? 'https://intra.malmo.se/ir' : null,
        owner: null,
        date: null,
      },
      confidence: null,
      comment: null,
      validationComment: null,
    }))
    .reverse();
  const levels = [1, 2, 3, 4, 5].map((level) => ({ level, name: `Nivå ${level}`, descriptor: '' }));
  return { capability, levels, assessments, history };
}
const ratings = (v: ReturnType<typeof buildCapabilityView>) =>
  v.unitRatings.map(({ unitSlug, rating, previousRating, movement, gap }) => ({
    unitSlug,
    rating,
    previousRating,
    movement,
    gap,
  }));

describe('buildCapabilityView', () => {
  const view = buildCapabilityView(data, detailFor('sak-incident', '2026-T2'), T2, T1);

  it('lists unit ratings in unit order with previous rating, movement and gap to target', () => {
    expect(ratings(view)).toEqual([
      { unitSlug: 'stadskontoret', rating: 4, previousRating: 3, movement: 1, gap: 1 },
      {
        unitSlug: 'serviceforvaltningen',
        rating: null,
        previousRating: null,
        movement: null,
        gap: null,
      },
      { unitSlug: 'fritidsforvaltningen', rating: 2, previousRating: null, movement: null, gap: 2 },
    ]);
    expect(view.unitRatings[1]).toMatchObject({ notApplicable: true, targetLevel: 3 });
    expect(view.unitRatings[0]?.evidence.link).toBe('https://intra.malmo.se/ir');
  });

  it('spreads the capability in every round, N/A counted apart', () => {
    expect(
      view.spreadByRound.map(({ roundCode, spread, notApplicable }) => [
        roundCode,
        spread?.n,
        spread?.median,
        notApplicable,
      ]),
    ).toEqual([
      ['2025-T3', 1, 3, 1],
      ['2026-T1', 1, 3, 1],
      ['2026-T2', 2, 3, 1],
    ]);
    expect(view.spreadByRound[2]).toMatchObject({
      medianTarget: 4.5,
      belowTarget: 2,
      medianGap: 1.5,
    });
  });

  // Serviceförvaltningen: ai-data self 3 / validated 4 (target 5) now, self 4 before;
  // ai-strategi self 3 now, self 3 / validated 2 before.
  it.each([
    { code: 'ai-data', basis: 'effective', rating: 4, previousRating: 4, movement: 0, gap: 1 },
    { code: 'ai-data', basis: 'self', rating: 3, previousRating: 4, movement: -1, gap: 2 },
    { code: 'ai-strategi', basis: 'effective', rating: 3, previousRating: 2, movement: 1, gap: 0 },
    { code: 'ai-strategi', basis: 'self', rating: 3, previousRating: 3, movement: 0, gap: 0 },
  ] as const)('reads $basis ratings on both sides for $code', ({ code, basis, ...expected }) => {
    const view = buildCapabilityView(data, detailFor(code, '2026-T2'), T2, T1, basis);
    const row = ratings(view).find((r) => r.unitSlug === 'serviceforvaltningen');
    expect(row).toEqual({ unitSlug: 'serviceforvaltningen', ...expected });
  });

  it('has no movement in the first round', () => {
    const first = buildCapabilityView(data, detailFor('ai-strategi', '2025-T3'), T3, null);
    expect(first.previousRound).toBeNull();
    expect(ratings(first).map((r) => [r.unitSlug, r.rating, r.movement])).toEqual([
      ['stadskontoret', 1, null],
      ['serviceforvaltningen', 2, null],
    ]);
  });

  it('passes the capability, its levels and its history through', () => {
    expect(view.capability.code).toBe('sak-incident');
    expect(view.levels).toHaveLength(5);
    expect(view.history).toEqual(history);
  });

  it('passes its own output schema unchanged', () => {
    expect(capabilityViewSchema.parse(view)).toEqual(view);
  });
});

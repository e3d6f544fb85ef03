import { describe, expect, it } from 'vitest';
import { data, T1, T2, T3 } from './test-data';
import type { Unit } from '../models/organisation';
import { buildUnitView, unitViewSchema } from './unit';

const [, service, fritid] = data.units as [Unit, Unit, Unit];

describe('buildUnitView', () => {
  const view = buildUnitView(data, fritid, T2, T1);

  it('profiles the unit’s areas against the city median, with movement', () => {
    expect(view.areaProfile).toEqual([
      { areaCode: 'ai', score: 1, previousScore: 1, movement: 0, cityMedian: 3, diff: -2 },
      {
        areaCode: 'sakerhet',
        score: 2.5,
        previousScore: 2,
        movement: 0.5,
        cityMedian: 4,
        diff: -1.5,
      },
    ]);
  });

  it.each([
    // Serviceförvaltningen is above the city median in both areas, Fritidsförvaltningen below in both.
    { unit: service, strongest: ['sakerhet', 'ai'], weakest: [] },
    { unit: fritid, strongest: [], weakest: ['ai', 'sakerhet'] },
  ])(
    'names $strongest strongest and $weakest weakest for $unit.slug',
    ({ unit, strongest, weakest }) => {
      const v = buildUnitView(data, unit, T2, T1);
      expect(v.strongest.map((s) => s.areaCode)).toEqual(strongest);
      expect(v.weakest.map((s) => s.areaCode)).toEqual(weakest);
    },
  );

  it('lists the unit’s own capability ratings with movement and gap', () => {
    expect(view.capabilityRatings).toEqual([
      {
        capabilityCode: 'ai-strategi',
        notApplicable: false,
        rating: 1,
        previousRating: 1,
        movement: 0,
        targetLevel: 3,
        targetYear: null,
        gap: 2,
      },
      {
        capabilityCode: 'ai-data',
        notApplicable: false,
        rating: 1,
        previousRating: 1,
        movement: 0,
        targetLevel: null,
        targetYear: null,
        gap: null,
      },
      {
        capabilityCode: 'sak-incident',
        notApplicable: false,
        rating: 2,
        previousRating: null,
        movement: null,
        targetLevel: 4,
        targetYear: 2028,
        gap: 2,
      },
      {
        capabilityCode: 'sak-behorighet',
        notApplicable: false,
        rating: 3,
        previousRating: 2,
        movement: 1,
        targetLevel: null,
        targetYear: null,
        gap: null,
      },
    ]);
  });

  it('shows an N/A capability without rating or gap, even with a target', () => {
    const row = buildUnitView(data, service, T2, T1).capabilityRatings.find(
      (c) => c.capabilityCode === 'sak-incident',
    );
    expect(row).toMatchObject({ notApplicable: true, rating: null, gap: null, targetLevel: 3 });
  });

  it('shows a unit not yet assessed against the city without strengths or weaknesses', () => {
    const early = buildUnitView(data, fritid, T3, null);
    expect(early.areaProfile.map((a) => [a.score, a.cityMedian, a.diff, a.movement])).toEqual([
      [null, 1.75, null, null],
      [null, 3.5, null, null],
    ]);
    expect(early).toMatchObject({ strongest: [], weakest: [], previousRound: null });
  });

  it('passes its own output schema unchanged', () => {
    expect(unitViewSchema.parse(view)).toEqual(view);
  });
});

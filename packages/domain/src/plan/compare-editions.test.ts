import { describe, expect, it } from 'vitest';
import { compareEditions, extractComparables } from './compare-editions';
import type { PlanComparables } from './plan-content';
import { makePlanSources } from './test-sources';

const previous: PlanComparables = {
  roundCode: '2025-T3',
  areas: [
    { code: 'styrning', name: 'Styrning och ledning', median: 2.25 },
    { code: 'sakerhet', name: 'Digital säkerhet', median: 3.5 },
    { code: 'ai', name: 'AI och data', median: null },
  ],
  needs: [
    { code: 'e-arkiv', title: 'Gemensamt e-arkiv', status: 'ongoing' },
    { code: 'intranat', title: 'Nytt intranät', status: 'ongoing' },
  ],
  benefits: [
    { code: 'snabbare', title: 'Snabbare handläggning', realisation: 0.5 },
    { code: 'farre', title: 'Färre samtal', realisation: 1 },
  ],
  factors: [
    { code: 'kompetens', title: 'Brist på AI-kompetens', score: 12 },
    { code: 'budget', title: 'Osäker budget', score: 16 },
  ],
};

const current: PlanComparables = {
  roundCode: '2026-T1',
  areas: [
    { code: 'styrning', name: 'Styrning och ledning', median: 2.75 },
    { code: 'sakerhet', name: 'Digital säkerhet', median: 3.25 },
    { code: 'ai', name: 'AI och data', median: 1.75 },
  ],
  needs: [
    { code: 'e-arkiv', title: 'Gemensamt e-arkiv', status: 'ongoing' },
    { code: 'intranat', title: 'Nytt intranät', status: 'done' },
    { code: 'ai-plattform', title: 'AI-plattform', status: 'proposed' },
  ],
  benefits: [
    { code: 'snabbare', title: 'Snabbare handläggning', realisation: 1 },
    { code: 'farre', title: 'Färre samtal', realisation: 1 },
  ],
  factors: [
    { code: 'kompetens', title: 'Brist på AI-kompetens', score: 15 },
    { code: 'budget', title: 'Osäker budget', score: 9 },
    { code: 'upphandling', title: 'Sen upphandling', score: 8 },
  ],
};

describe('compareEditions', () => {
  const changes = compareEditions(previous, current);

  it('names the areas that rose and fell, and skips an area without a median before', () => {
    expect(changes.areasUp).toEqual([
      { code: 'styrning', name: 'Styrning och ledning', from: 2.25, to: 2.75, change: 0.5 },
    ]);
    expect(changes.areasDown).toEqual([
      { code: 'sakerhet', name: 'Digital säkerhet', from: 3.5, to: 3.25, change: -0.25 },
    ]);
    expect(changes.areasCompared).toBe(2);
  });

  it('lists new needs and needs completed since', () => {
    expect(changes.newNeeds).toEqual([{ code: 'ai-plattform', title: 'AI-plattform' }]);
    expect(changes.completedNeeds).toEqual([{ code: 'intranat', title: 'Nytt intranät' }]);
  });

  it('counts a benefit as realised once it reaches its target, not again', () => {
    expect(changes.realisedBenefits).toEqual([
      { code: 'snabbare', title: 'Snabbare handläggning' },
    ]);
  });

  it('names risks that rose and risks that are new, not those that fell', () => {
    expect(changes.risenRisks).toEqual([
      { code: 'kompetens', title: 'Brist på AI-kompetens', from: 12, to: 15 },
    ]);
    expect(changes.newRisks).toEqual([{ code: 'upphandling', title: 'Sen upphandling', score: 8 }]);
  });

  it('finds nothing when an edition is compared with itself', () => {
    const same = compareEditions(current, current);
    expect(same.areasUp.length + same.areasDown.length + same.newNeeds.length).toBe(0);
    expect(same.completedNeeds.length + same.realisedBenefits.length + same.risenRisks.length).toBe(
      0,
    );
  });
});

describe('extractComparables', () => {
  it('keeps the area medians of the latest round and every need with its status', () => {
    const comparables = extractComparables(makePlanSources());
    expect(comparables.roundCode).toBe('2026-T1');
    expect(comparables.areas).toEqual([
      { code: 'styrning', name: 'Styrning och ledning', median: 2.75 },
      { code: 'sakerhet', name: 'Digital säkerhet', median: 3.25 },
      { code: 'ai', name: 'AI och data', median: 1.75 },
    ]);
    expect(comparables.needs).toContainEqual({
      code: 'intranat',
      title: 'Nytt intranät',
      status: 'done',
    });
  });

  it('is empty for a city without a closed round', () => {
    const comparables = extractComparables(makePlanSources({ overview: null }));
    expect(comparables.roundCode).toBeNull();
    expect(comparables.areas).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  computeCompetenceMovement,
  computeDirection,
  computeUnitCompetence,
  countLevels,
  findMissingCompetence,
  isCompetenceMissing,
  type CompetenceFact,
} from './ai-competence';

const fact = (
  roundCode: string,
  unitSlug: string,
  area: CompetenceFact['area'],
  fte: number,
  level: number | null,
): CompetenceFact => ({ roundCode, unitSlug, area, fte, level });

const facts: CompetenceFact[] = [
  fact('2026-K2', 'itd', 'ai-och-data', 2, 2),
  fact('2026-K2', 'itd', 'test', 1.5, 2),
  fact('2026-K2', 'skola', 'ai-och-data', 0.25, 1),
  fact('2026-K2', 'skola', 'test', 0, null),
  fact('2026-K3', 'itd', 'ai-och-data', 3, 3),
  fact('2026-K3', 'itd', 'test', 1.5, 3),
  fact('2026-K3', 'skola', 'ai-och-data', 0.5, 2),
  fact('2026-K3', 'skola', 'test', 0.5, 3),
];

describe('computeCompetenceMovement', () => {
  it('sums the city’s FTE and averages the levels given, per round, oldest first', () => {
    const points = computeCompetenceMovement(['2026-K2', '2026-K3'], facts);
    expect(points).toEqual([
      { roundCode: '2026-K2', area: 'ai-och-data', fte: 2.25, meanLevel: 1.5, reports: 2 },
      { roundCode: '2026-K2', area: 'test', fte: 1.5, meanLevel: 2, reports: 2 },
      { roundCode: '2026-K3', area: 'ai-och-data', fte: 3.5, meanLevel: 2.5, reports: 2 },
      { roundCode: '2026-K3', area: 'test', fte: 2, meanLevel: 3, reports: 2 },
    ]);
  });

  it('shows a round no one reported in as nothing, not as a drop hidden in a mean', () => {
    const [ai] = computeCompetenceMovement(['2026-K1'], facts);
    expect(ai).toEqual({
      roundCode: '2026-K1',
      area: 'ai-och-data',
      fte: 0,
      meanLevel: null,
      reports: 0,
    });
  });
});

describe('computeUnitCompetence', () => {
  it('gives each unit’s latest report with the change since its previous one', () => {
    const [itd, skola, silent] = computeUnitCompetence(
      ['itd', 'skola', 'tyst'],
      ['2026-K2', '2026-K3'],
      facts,
    );
    expect(itd!.roundCode).toBe('2026-K3');
    expect(itd!.previousRoundCode).toBe('2026-K2');
    expect(itd!.areas[0]).toEqual({
      area: 'ai-och-data',
      fte: 3,
      level: 3,
      fteChange: 1,
      levelChange: 1,
      missing: false,
    });
    // A level of 2 or less is missing even with people in place; no earlier level, no change.
    expect(skola!.areas).toEqual([
      { area: 'ai-och-data', fte: 0.5, level: 2, fteChange: 0.25, levelChange: 1, missing: true },
      { area: 'test', fte: 0.5, level: 3, fteChange: 0.5, levelChange: null, missing: false },
    ]);
    expect(silent!.roundCode).toBeNull();
    expect(silent!.areas.every((a) => a.missing && a.fteChange === null)).toBe(true);
  });

  it('names where each competence is missing', () => {
    const units = computeUnitCompetence(['itd', 'skola', 'tyst'], ['2026-K2', '2026-K3'], facts);
    expect(findMissingCompetence(units)).toEqual([
      { area: 'ai-och-data', unitSlugs: ['skola', 'tyst'] },
      { area: 'test', unitSlugs: ['tyst'] },
    ]);
  });

  it.each([
    [{ fte: 0, level: 4 }, true],
    [{ fte: 1, level: null }, true],
    [{ fte: 1, level: 2 }, true],
    [{ fte: 0.25, level: 3 }, false],
  ])('counts %o as missing: %s', (input, missing) => {
    expect(isCompetenceMissing(input)).toBe(missing);
  });
});

describe('computeDirection', () => {
  it('puts the spread now beside the targets units set per year of the horizon', () => {
    const [ai] = computeDirection(
      ['ai'],
      [
        { areaCode: 'ai', rating: 1, targetLevel: 3, targetYear: 2027 },
        { areaCode: 'ai', rating: 2, targetLevel: 3, targetYear: 2027 },
        { areaCode: 'ai', rating: 2, targetLevel: 4, targetYear: 2028 },
        { areaCode: 'ai', rating: null, targetLevel: 5, targetYear: 2035 },
        { areaCode: 'ai', rating: 3, targetLevel: null, targetYear: null },
        { areaCode: 'test', rating: 5, targetLevel: 5, targetYear: 2027 },
      ],
      { from: 2026, to: 2028 },
    );
    expect(ai!.current).toEqual({ counts: [1, 2, 1, 0, 0], n: 4, median: 2 });
    expect(ai!.targets).toEqual({ counts: [0, 0, 2, 1, 1], n: 4, median: 3.5 });
    expect(ai!.years).toEqual([
      { year: 2026, counts: [0, 0, 0, 0, 0], n: 0, median: null },
      { year: 2027, counts: [0, 0, 2, 0, 0], n: 2, median: 3 },
      { year: 2028, counts: [0, 0, 0, 1, 0], n: 1, median: 4 },
    ]);
    expect(ai!.beyondHorizon).toBe(1);
    expect(ai!.withoutTarget).toBe(1);
  });

  it('counts nothing as nothing', () => {
    expect(countLevels([null])).toEqual({ counts: [0, 0, 0, 0, 0], n: 0, median: null });
  });
});

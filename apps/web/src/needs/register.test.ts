import { describe, expect, it } from 'vitest';
import {
  detectDependencyCycle,
  filterNeeds,
  findNeedYears,
  nameUnits,
  sortNeeds,
  sumOneOff,
} from './register';
import { makeNeed } from './test-needs';

const archive = makeNeed({
  code: 'e-arkiv',
  title: 'E-arkiv, etapp 2',
  ownerUnits: ['itd', 'stadskontoret'],
  plannedStart: 2026,
  durationYears: 2,
  oneOffTkr: [1400, 1200],
  priority: 1,
  status: 'planned',
});
const ai = makeNeed({
  code: 'ai-plattform',
  title: 'Åtgärd för AI-plattform',
  description: 'Språkmodeller för handläggning',
  ownerUnits: ['miljoforvaltningen'],
  plannedStart: 2027,
  oneOffTkr: [3000],
  priority: 2,
  status: 'proposed',
});
const test = makeNeed({
  code: 'testmiljo',
  title: 'Testmiljö',
  plannedStart: 2028,
  oneOffTkr: [500],
  priority: 2,
  status: 'accepted',
});
const needs = [test, ai, archive];

describe('the register', () => {
  it('runs from the start year to the end of the last year, and sums the one-off cost', () => {
    expect(findNeedYears(archive)).toEqual({ start: 2026, completion: 2027 });
    expect(sumOneOff(archive)).toBe(2600);
  });

  it('filters by status, owner unit and text in title, code or description', () => {
    expect(filterNeeds(needs, { status: 'proposed' })).toEqual([ai]);
    expect(filterNeeds(needs, { unit: 'stadskontoret' })).toEqual([archive]);
    expect(filterNeeds(needs, { text: 'SPRÅKMODELL' })).toEqual([ai]);
    expect(filterNeeds(needs, { text: 'testmiljo' })).toEqual([test]);
    expect(filterNeeds(needs, { status: 'proposed', unit: 'itd' })).toEqual([]);
    expect(filterNeeds(needs, {})).toEqual(needs);
  });

  it('sorts by priority first by default, ties by start year', () => {
    expect(sortNeeds(needs).map((n) => n.code)).toEqual(['e-arkiv', 'ai-plattform', 'testmiljo']);
  });

  it('sorts titles the Swedish way (Å after Z) and either direction', () => {
    expect(sortNeeds(needs, 'titel').map((n) => n.title)).toEqual([
      'E-arkiv, etapp 2',
      'Testmiljö',
      'Åtgärd för AI-plattform',
    ]);
    expect(sortNeeds(needs, 'titel', true).map((n) => n.title)[0]).toBe('Åtgärd för AI-plattform');
  });

  it('sorts by total one-off cost and by status in the order a need moves through', () => {
    expect(sortNeeds(needs, 'kostnad', true).map((n) => n.code)).toEqual([
      'ai-plattform',
      'e-arkiv',
      'testmiljo',
    ]);
    expect(sortNeeds(needs, 'status').map((n) => n.status)).toEqual([
      'proposed',
      'accepted',
      'planned',
    ]);
  });

  it('names units, showing an unknown slug as itself', () => {
    expect(nameUnits(['itd', 'okand'], [{ slug: 'itd', name: 'ITD' }])).toEqual(['ITD', 'okand']);
  });

  it('sees a dependency that would lead back to the need itself', () => {
    const chain = [
      { code: 'a', dependsOn: [] },
      { code: 'b', dependsOn: ['a'] },
      { code: 'c', dependsOn: ['b'] },
    ];
    expect(detectDependencyCycle('a', ['c'], chain)).toBe(true);
    expect(detectDependencyCycle('c', ['a'], chain)).toBe(false);
    expect(detectDependencyCycle('a', [], chain)).toBe(false);
  });
});

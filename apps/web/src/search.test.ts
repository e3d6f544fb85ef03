import {
  AI_STATUSES as DOMAIN_AI_STATUSES,
  BENEFIT_PHASES as DOMAIN_BENEFIT_PHASES,
  FACTOR_KINDS as DOMAIN_FACTOR_KINDS,
  FACTOR_STATUSES as DOMAIN_FACTOR_STATUSES,
  NEED_STATUSES as DOMAIN_NEED_STATUSES,
  roundCodeSchema,
  slugSchema,
} from '@lagesbild/domain';
import { describe, expect, it } from 'vitest';
import {
  AI_STATUSES,
  aiSearchSchema,
  BENEFIT_PHASES,
  benefitsSearchSchema,
  FACTOR_KINDS,
  FACTOR_STATUSES,
  factorsSearchSchema,
  NEED_STATUSES,
  needsSearchSchema,
  overviewSearchSchema,
  planningSearchSchema,
  ROUND_CODE,
  SLUG,
  signInSearchSchema,
} from './search';

describe('overview links', () => {
  it('keeps the filters of a shared link and drops what the page does not know', () => {
    expect(
      overviewSearchSchema.parse({ omgang: '2026-H1', omrade: 'drift', grund: 'sjalv', x: 1 }),
    ).toEqual({ omgang: '2026-H1', omrade: 'drift', grund: 'sjalv' });
  });

  it('drops a bad round, area or basis instead of failing the page', () => {
    expect(
      overviewSearchSchema.parse({
        omgang: '2026',
        omrade: 42,
        enhet: 'x'.repeat(81),
        grund: 'alla',
      }),
    ).toEqual({});
  });

  it('reads round codes and slugs as the domain does (the patterns are copied to keep zod off)', () => {
    for (const code of ['2026-H1', '2026-Q4', '2026', '26-H1', '2026-h1']) {
      expect(ROUND_CODE.test(code)).toBe(roundCodeSchema.safeParse(code).success);
    }
    for (const slug of ['itd', 'drift-och-stod', 'Drift', 'a--b', '-a', 'a1']) {
      expect(SLUG.test(slug)).toBe(slugSchema.safeParse(slug).success);
    }
  });
});

describe('other links', () => {
  it('trims free text and drops it when empty; keeps a boolean only as a boolean', () => {
    expect(needsSearchSchema.parse({ sok: '  server ', fallande: true })).toEqual({
      sok: 'server',
      fallande: true,
    });
    expect(needsSearchSchema.parse({ sok: '   ', fallande: 'ja', sortera: 'titel' })).toEqual({
      sortera: 'titel',
    });
  });

  it('keeps the return path as given and drops an unknown sign-in error', () => {
    expect(signInSearchSchema.parse({ till: '/enhet/itd?x=1', fel: 'okand' })).toEqual({
      till: '/enhet/itd?x=1',
    });
  });
});

describe('planning links', () => {
  it('knows the same need states as the domain (written out to keep full zod off the first page)', () => {
    expect(NEED_STATUSES).toEqual(DOMAIN_NEED_STATUSES);
  });

  it('reads the horizon years from a link and drops what is not a year', () => {
    expect(planningSearchSchema.parse({ fran: '2027', till: 2031 })).toEqual({
      fran: 2027,
      till: 2031,
      scenario: undefined,
    });
    expect(planningSearchSchema.parse({ fran: 'nästa år', scenario: 'Bas!' })).toEqual({
      fran: undefined,
      till: undefined,
      scenario: undefined,
    });
  });
});

describe('benefit and factor links', () => {
  it('know the same phases, kinds and states as the domain', () => {
    expect(BENEFIT_PHASES).toEqual(DOMAIN_BENEFIT_PHASES);
    expect(FACTOR_KINDS).toEqual(DOMAIN_FACTOR_KINDS);
    expect(FACTOR_STATUSES).toEqual(DOMAIN_FACTOR_STATUSES);
    expect(AI_STATUSES).toEqual(DOMAIN_AI_STATUSES);
  });

  it('keep a filter from a shared link and drop a value that is not one', () => {
    expect(
      benefitsSearchSchema.parse({ namnd: ' Servicenämnden ', enhet: 'itd', fas: 'planera' }),
    ).toEqual({ namnd: 'Servicenämnden', enhet: 'itd', fas: 'planera' });
    expect(benefitsSearchSchema.parse({ enhet: 'Inte En Slug', fas: 'klar' })).toEqual({
      namnd: undefined,
      enhet: undefined,
      fas: undefined,
    });
    expect(aiSearchSchema.parse({ enhet: 'itd', status: 'pilot' })).toEqual({
      enhet: 'itd',
      status: 'pilot',
    });
    expect(factorsSearchSchema.parse({ typ: 'risk', status: 'okand' })).toEqual({
      typ: 'risk',
      status: undefined,
    });
  });
});

import {
  AI_STATUSES as DOMAIN_AI_STATUSES,
  BENEFIT_PHASES as DOMAIN_BENEFIT_PHASES,
  FACTOR_KINDS as DOMAIN_FACTOR_KINDS,
  FACTOR_STATUSES as DOMAIN_FACTOR_STATUSES,
  NEED_STATUSES as DOMAIN_NEED_STATUSES,
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
  planningSearchSchema,
} from './search';

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

import { NEED_STATUSES as DOMAIN_NEED_STATUSES } from '@lagesbild/domain';
import { describe, expect, it } from 'vitest';
import { NEED_STATUSES, planningSearchSchema } from './search';

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

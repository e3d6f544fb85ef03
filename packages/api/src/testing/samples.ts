import type { SaveCriticalFactorInput } from '@lagesbild/domain';

/** A new risk as ITD's factor form saves it: the tests vary its texts. */
export function newRiskInput(
  fields: Partial<SaveCriticalFactorInput['fields']> & { title: string },
): SaveCriticalFactorInput {
  return {
    code: null,
    version: 0,
    fields: {
      kind: 'risk',
      likelihood: 3,
      impact: 4,
      owner: 'IT-direktör',
      mitigation: '',
      status: 'open',
      capabilityCodes: [],
      needCodes: [],
      ...fields,
    },
  };
}

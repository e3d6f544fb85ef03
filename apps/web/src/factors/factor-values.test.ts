import { describe, expect, it } from 'vitest';
import { buildFactorFields, describeFactorIssue, toFactorFormValues } from './factor-values';

const values = { ...toFactorFormValues(null), title: ' Ny risk ', owner: 'IT-direktören' };

describe('buildFactorFields', () => {
  it('trims the texts and turns the scores into numbers', () => {
    expect(buildFactorFields({ ...values, likelihood: '4', impact: '5' })).toEqual({
      ok: true,
      fields: {
        title: 'Ny risk',
        kind: 'risk',
        likelihood: 4,
        impact: 5,
        owner: 'IT-direktören',
        mitigation: '',
        status: 'open',
        capabilityCodes: [],
        needCodes: [],
      },
    });
  });

  it('names every field the user must fix: an empty title and owner, a score out of range', () => {
    expect(buildFactorFields({ ...values, title: '  ', owner: '', impact: '7' })).toEqual({
      ok: false,
      errors: { title: 'titleRequired', owner: 'ownerRequired', impact: 'scoreInvalid' },
    });
    expect(buildFactorFields({ ...values, mitigation: 'x'.repeat(4001) })).toMatchObject({
      ok: false,
      errors: { mitigation: 'mitigationTooLong' },
    });
  });
});

describe('describeFactorIssue', () => {
  it.each([
    { key: 'title', code: 'too_small', message: 'titleRequired' },
    { key: 'owner', code: 'too_big', message: 'ownerTooLong' },
    { key: 'capabilityCodes', code: 'unknownCapability', message: 'unknownCapability' },
    { key: 'needCodes', code: 'unknownNeed', message: 'unknownNeed' },
    { key: 'impact', code: 'too_big', message: 'scoreInvalid' },
  ] as const)('$key with $code says $message', ({ key, code, message }) => {
    expect(describeFactorIssue(key, code)).toBe(message);
  });
});

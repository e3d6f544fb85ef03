import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeNeedIssue, mapNeedApiErrors } from './need-api-errors';

function apiError(code: string, data: Record<string, unknown>) {
  return new TRPCClientError('refused', {
    result: { error: { code: -32600, message: 'refused', data: { code, ...data } } },
  } as never);
}

describe('API errors on the need form', () => {
  it('places field issues on the inputs the payload was built from', () => {
    const error = apiError('BAD_REQUEST', {
      fieldIssues: [
        { path: 'fields.capabilities.0.capabilityCode', code: 'unknownCapability' },
        { path: 'fields.dependsOn', code: 'dependencyCycle' },
        { path: 'fields.oneOffTkr.1', code: 'too_big' },
        { path: 'fields.somethingElse', code: 'invalid_type' },
      ],
    });
    expect(
      mapNeedApiErrors(error, {
        'fields.capabilities.0.capabilityCode': 'capability.r1.code',
        'fields.dependsOn': 'dependsOn',
        'fields.oneOffTkr.1': 'oneOff.1',
      }),
    ).toEqual({
      'capability.r1.code': 'unknownCapability',
      dependsOn: 'dependencyCycle',
      'oneOff.1': 'tkrTooLarge',
    });
  });

  it('turns zod codes into the form’s own messages', () => {
    expect(describeNeedIssue('title', 'too_small')).toBe('titleRequired');
    expect(describeNeedIssue('title', 'too_big')).toBe('titleTooLong');
    expect(describeNeedIssue('operatingTkr', 'too_small')).toBe('tkrNegative');
    expect(describeNeedIssue('fte.r2.value', 'invalid_type')).toBe('fteInvalid');
    expect(describeNeedIssue('ownerUnits', 'ownUnitOnly')).toBe('ownUnitOnly');
    expect(describeNeedIssue('risk', 'too_big')).toBe('riskInvalid');
  });
});

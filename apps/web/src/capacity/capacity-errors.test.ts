import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { mapApiFieldErrors } from './capacity-errors';
import type { FieldKey } from './capacity-values';

function apiError(data: object) {
  return new TRPCClientError('refused', {
    result: { error: { code: -32600, message: 'refused', data } },
  });
}

const FIELD_OF_PATH: Record<string, FieldKey> = {
  'report.planningFte': 'planningFte',
  'report.competences.2.fte': 'competence.arkitektur.fte',
  'report.competences.2': 'competence.arkitektur.fte',
  'report.demand.5.fte': 'demand.test.2027',
  'report.baseRequirements.3.capabilityCode': 'requirement.borttagen',
};

describe('mapApiFieldErrors', () => {
  it('puts the API’s issues on the inputs they came from, in the form’s own words', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      fieldIssues: [
        { path: 'report.competences.2.fte', code: 'fteDecimals', message: 'fteDecimals' },
        { path: 'report.demand.5.fte', code: 'too_small', message: 'Too small' },
        {
          path: 'report.baseRequirements.3.capabilityCode',
          code: 'unknownCapability',
          message: 'unknownCapability',
        },
        { path: 'report.nothing', code: 'invalid_type', message: 'x' },
      ],
    });
    expect(mapApiFieldErrors(error, FIELD_OF_PATH)).toEqual({
      'competence.arkitektur.fte': 'fteDecimals',
      'demand.test.2027': 'fteNegative',
      'requirement.borttagen': 'unknownCapability',
    });
  });

  it('places a duplicate row on the row’s first input', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      fieldIssues: [{ path: 'report.competences.2', code: 'duplicate', message: 'duplicate' }],
    });
    expect(mapApiFieldErrors(error, FIELD_OF_PATH)).toEqual({
      'competence.arkitektur.fte': 'duplicate',
    });
  });

  it('finds nothing in an error that is not about fields', () => {
    expect(mapApiFieldErrors(new Error('network'), FIELD_OF_PATH)).toEqual({});
    expect(mapApiFieldErrors(apiError({ code: 'CONFLICT' }), FIELD_OF_PATH)).toEqual({});
  });
});

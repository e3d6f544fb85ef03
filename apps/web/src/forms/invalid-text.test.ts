import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { mapUseCaseApiErrors } from '../ai/use-case-values';
import { isErrorKey } from '../benefits/form-parts';
import { mapFactorApiErrors } from '../factors/factor-values';
import { i18n } from '../i18n';
import { mapNeedApiErrors } from '../needs/need-api-errors';
import { describeStrengthIssue } from '../plan/strength-values';
import { fieldErrorsFromApi as cardErrors } from '../report/card-errors';
import { fieldErrorsFromApi as validationErrors } from '../review/validation-draft';
import { fieldErrorsFromApi as userErrors } from '../users/user-form';

/** The client's error for the API's refusal of text that is no valid Unicode (a lone surrogate). */
const refused = (path: string) =>
  TRPCClientError.from({
    error: {
      code: -32600,
      message: 'Invalid input',
      data: {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        path: 'x.save',
        fieldIssues: [{ path, code: 'invalidText', message: 'invalidText' }],
        details: null,
      },
    },
  });

// Every form with free text puts the API's invalidText beside the field, with a message of its own
// rather than "too long" or "required", which would send the user looking for the wrong mistake.
describe('text the API refuses as invalid', () => {
  it.each([
    ['a factor', () => mapFactorApiErrors(refused('fields.owner')), { owner: 'invalidText' }],
    [
      'a need',
      () => mapNeedApiErrors(refused('fields.title'), { 'fields.title': 'title' }),
      { title: 'invalidText' },
    ],
    [
      'an AI use case',
      () => mapUseCaseApiErrors(refused('fields.title')),
      { title: 'invalidText' },
    ],
    [
      'a self-report',
      () => cardErrors(refused('fields.evidence.text')),
      { evidenceText: 'invalidText' },
    ],
    [
      'a validation',
      () => validationErrors(refused('validationComment')),
      { comment: 'invalidText' },
    ],
    ['a user', () => userErrors(refused('name'), {}), { name: 'invalidText' }],
  ])('is shown on the field in %s form', (_, map, expected) => {
    expect(map()).toEqual(expected);
  });

  it('is shown on the strength note and benefit forms too', () => {
    expect(describeStrengthIssue('fields.text', 'invalidText')).toEqual(['text', 'invalidText']);
    expect(isErrorKey('invalidText')).toBe(true);
  });

  it('says in Swedish what is wrong and what to do', () => {
    const t = i18n.getFixedT('sv');
    for (const key of [
      'factors.form.errors.invalidText',
      'needs.errors.invalidText',
      'report.errors.invalidText',
      'users.errors.invalidText',
    ]) {
      expect(t(key as 'needs.errors.invalidText')).toMatch(
        /^Texten innehåller tecken som inte kan sparas/,
      );
    }
  });
});

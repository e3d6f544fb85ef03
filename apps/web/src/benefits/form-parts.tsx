import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorSummary as Summary } from '../components/error-summary';
import { apiCodeOf, findApiFieldIssues } from '../forms/api-error';
import type { BenefitErrorKey } from './types';

export interface ShownError {
  /** The input's id: the summary's link moves focus there. */
  id: string;
  label: string;
  message: string;
}

/** A benefit or action changed: the register and every roll-up computed from it read again. */
export function refreshBenefits(queryClient: QueryClient, pathKey: readonly unknown[]) {
  void queryClient.invalidateQueries({ queryKey: pathKey });
}

/** The conflict panel's sentence: who saved first, when the answer says. */
export function conflictText(t: TFunction, who: string | null): string {
  return who ? t('benefits.conflict.text', { who }) : t('benefits.conflict.textUnknown');
}

/** Every field in error at the top of the form, each a link that takes focus to its input. */
export function ErrorSummary({ errors }: { errors: readonly ShownError[] }) {
  const { t } = useTranslation();
  return (
    <Summary
      id="benefit-errors"
      heading={t('benefits.form.summaryHeading')}
      takeFocus
      items={errors.map((e) => ({ id: e.id, text: `${e.label}: ${e.message}` }))}
    />
  );
}

/** The API's field issues by path, each as its code (a domain key or zod's issue code). */
export function findIssueCodes(error: unknown): Record<string, string> {
  return Object.fromEntries(findApiFieldIssues(error).map((i) => [i.path, i.code]));
}

/** Whether an API issue code has a message of its own. */
export function isErrorKey(code: string): code is BenefitErrorKey {
  return ERROR_KEYS.has(code);
}
const ERROR_KEYS = new Set<string>([
  'invalidText',
  'futureDate',
  'ownUnitOnly',
  'unknownBenefit',
  'unknownNeed',
  'unknownUnit',
  'targetEqualsBaseline',
]);

/** A message key under `benefits.form.errors` for a failure that is not about one field. */
export function describeFailure(error: unknown): BenefitErrorKey {
  const code = apiCodeOf(error);
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'NOT_FOUND') return 'notFound';
  if (code === 'BAD_REQUEST') return 'refused';
  return 'failed';
}

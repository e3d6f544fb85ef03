import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { findApiFieldIssues } from '../forms/field-errors';
import { isApiError } from '../trpc';
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

/** Every field in error at the top of the form, each a link that takes focus to its input. */
export function ErrorSummary({ errors }: { errors: readonly ShownError[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="benefit-errors-heading">
      <h3 id="benefit-errors-heading">{t('benefits.form.summaryHeading')}</h3>
      <ul>
        {errors.map((e) => (
          <li key={e.id}>
            <a
              href={`#${e.id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.id)?.focus();
              }}
            >
              {e.label}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The API's field issues by path, each as its code (a domain key or zod's issue code). */
export function findIssueCodes(error: unknown): Record<string, string> {
  return Object.fromEntries(findApiFieldIssues(error).map((i) => [i.path, i.code]));
}

export interface ConflictDetails {
  currentVersion?: number;
  current?: Record<string, unknown> | null;
}

/** The details of a CONFLICT answer: the version and values someone else saved first. */
export function findConflict(error: unknown): ConflictDetails | null {
  if (!isApiError(error) || error.data?.code !== 'CONFLICT') return null;
  return (error.data.details as ConflictDetails | null | undefined) ?? {};
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
  const code = isApiError(error) ? error.data?.code : undefined;
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'NOT_FOUND') return 'notFound';
  if (code === 'BAD_REQUEST') return 'refused';
  return 'failed';
}

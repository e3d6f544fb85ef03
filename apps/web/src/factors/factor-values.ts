import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '@lagesbild/domain';
import type { CriticalFactorFields } from '@lagesbild/domain';
import { apiCodeOf, findApiFieldIssues } from '../forms/api-error';
import type { FactorData } from './types';

export const FIELD_ORDER = [
  'title',
  'kind',
  'likelihood',
  'impact',
  'owner',
  'mitigation',
  'status',
  'capabilityCodes',
  'needCodes',
] as const;
export type FactorFieldKey = (typeof FIELD_ORDER)[number];

/** Each field's label, for the form, its error summary and the conflict table. */
export const FIELD_LABELS = {
  title: 'factors.form.field.title',
  kind: 'factors.form.field.kind',
  likelihood: 'factors.form.field.likelihood',
  impact: 'factors.form.field.impact',
  owner: 'factors.form.field.owner',
  mitigation: 'factors.form.field.mitigation',
  status: 'factors.form.field.status',
  capabilityCodes: 'factors.form.field.capabilities',
  needCodes: 'factors.form.field.needs',
} as const satisfies Record<FactorFieldKey, string>;

export type FactorFieldError =
  | 'invalidText'
  | 'titleRequired'
  | 'titleTooLong'
  | 'ownerRequired'
  | 'ownerTooLong'
  | 'mitigationTooLong'
  | 'scoreInvalid'
  | 'unknownCapability'
  | 'unknownNeed'
  | 'invalid';
export type FactorFieldErrors = Partial<Record<FactorFieldKey, FactorFieldError>>;

/** The form as typed: every value as the inputs hold it. */
export interface FactorFormValues {
  title: string;
  kind: CriticalFactorFields['kind'];
  likelihood: string;
  impact: string;
  owner: string;
  mitigation: string;
  status: CriticalFactorFields['status'];
  capabilityCodes: string[];
  needCodes: string[];
}

export function factorFieldId(key: FactorFieldKey): string {
  return `factor-${key}`;
}

export function toFactorFormValues(factor: FactorData | null): FactorFormValues {
  return {
    title: factor?.title ?? '',
    kind: factor?.kind ?? 'risk',
    likelihood: String(factor?.likelihood ?? 3),
    impact: String(factor?.impact ?? 3),
    owner: factor?.owner ?? '',
    mitigation: factor?.mitigation ?? '',
    status: factor?.status ?? 'open',
    capabilityCodes: factor?.capabilities.map((c) => c.code) ?? [],
    needCodes: factor?.needs.map((n) => n.code) ?? [],
  };
}

const parseScore = (value: string) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
};

/** The fields the API takes, or the message for every field the user must fix first. */
export function buildFactorFields(
  values: FactorFormValues,
): { ok: true; fields: CriticalFactorFields } | { ok: false; errors: FactorFieldErrors } {
  const errors: FactorFieldErrors = {};
  const title = values.title.trim();
  const owner = values.owner.trim();
  const mitigation = values.mitigation.trim();
  if (!title) errors.title = 'titleRequired';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'titleTooLong';
  if (!owner) errors.owner = 'ownerRequired';
  else if (owner.length > TITLE_MAX_LENGTH) errors.owner = 'ownerTooLong';
  if (mitigation.length > TEXT_MAX_LENGTH) errors.mitigation = 'mitigationTooLong';
  const likelihood = parseScore(values.likelihood);
  const impact = parseScore(values.impact);
  if (likelihood === null) errors.likelihood = 'scoreInvalid';
  if (impact === null) errors.impact = 'scoreInvalid';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title,
      kind: values.kind,
      likelihood: likelihood!,
      impact: impact!,
      owner,
      mitigation,
      status: values.status,
      capabilityCodes: values.capabilityCodes,
      needCodes: values.needCodes,
    },
  };
}

/** A zod code or domain key from the API as the message the client's own check gives. */
export function describeFactorIssue(key: FactorFieldKey, code: string): FactorFieldError {
  if (code === 'unknownCapability' || code === 'unknownNeed' || code === 'invalidText') return code;
  const big = code === 'too_big';
  if (key === 'title') return big ? 'titleTooLong' : 'titleRequired';
  if (key === 'owner') return big ? 'ownerTooLong' : 'ownerRequired';
  if (key === 'mitigation') return 'mitigationTooLong';
  if (key === 'likelihood' || key === 'impact') return 'scoreInvalid';
  if (key === 'capabilityCodes') return 'unknownCapability';
  if (key === 'needCodes') return 'unknownNeed';
  return 'invalid';
}

/** The API's field issues on the inputs they are about: `fields.owner` → owner, `fields.needCodes.0` → needCodes. */
export function mapFactorApiErrors(error: unknown): FactorFieldErrors {
  const errors: FactorFieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const key = issue.path.split('.')[1] as FactorFieldKey | undefined;
    if (key && FIELD_ORDER.includes(key) && !errors[key]) {
      errors[key] = describeFactorIssue(key, issue.code);
    }
  }
  return errors;
}

export type FactorFormError = 'forbidden' | 'notFound' | 'refused' | 'failed';

export function describeFactorFormError(error: unknown): FactorFormError {
  const code = apiCodeOf(error);
  if (code === 'FORBIDDEN') return 'forbidden';
  if (code === 'NOT_FOUND') return 'notFound';
  if (code === 'BAD_REQUEST') return 'refused';
  return 'failed';
}

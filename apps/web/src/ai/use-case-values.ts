import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '@lagesbild/domain';
import { findApiFieldIssues } from '../forms/api-error';
import { DIMENSIONS, type AiStatusCode, type AiUseCaseData, type Dimension } from './types';

/** What the form holds: scores as the selects' strings. */
export interface UseCaseFormValues {
  title: string;
  description: string;
  unitSlug: string;
  value: string;
  effort: string;
  readiness: Record<Dimension, string>;
  status: AiStatusCode;
  dependsOnNeeds: string[];
}

/** The fields as `ai.saveUseCase` takes them. */
export interface UseCaseFields {
  title: string;
  description: string;
  unitSlug: string;
  value: number;
  effort: number;
  readiness: Record<Dimension, number>;
  status: AiStatusCode;
  dependsOnNeeds: string[];
}

export type UseCaseFieldKey =
  | 'title'
  | 'description'
  | 'unitSlug'
  | 'value'
  | 'effort'
  | `readiness.${Dimension}`
  | 'status'
  | 'dependsOnNeeds';

export const FIELD_ORDER: readonly UseCaseFieldKey[] = [
  'title',
  'description',
  'unitSlug',
  'status',
  'value',
  'effort',
  ...DIMENSIONS.map((d) => `readiness.${d}` as const),
  'dependsOnNeeds',
];

export type UseCaseFieldError =
  | 'invalidText'
  | 'titleRequired'
  | 'titleTooLong'
  | 'descriptionTooLong'
  | 'unitRequired'
  | 'ownUnitOnly'
  | 'unknownUnit'
  | 'unknownNeed'
  | 'scoreInvalid'
  | 'invalid';

export type UseCaseFieldErrors = Partial<Record<UseCaseFieldKey, UseCaseFieldError>>;

/** The id of a field's input, for labels, the error summary and focus. */
export const fieldIdOf = (key: UseCaseFieldKey) => `ai-use-case-${key.replace('.', '-')}`;

/** A saved use case as form values, or a new one (for a reporter, already on its own unit). */
export function toFormValues(
  useCase: AiUseCaseData | UseCaseFields | null,
  ownUnit: string | null,
): UseCaseFormValues {
  if (!useCase) {
    return {
      title: '',
      description: '',
      unitSlug: ownUnit ?? '',
      value: '3',
      effort: '3',
      readiness: { data: '2', legal: '2', competence: '2', platform: '2', testing: '2' },
      status: 'idea',
      dependsOnNeeds: [],
    };
  }
  const readiness = Object.fromEntries(
    DIMENSIONS.map((d) => [d, String(useCase.readiness[d])]),
  ) as Record<Dimension, string>;
  return {
    title: useCase.title,
    description: useCase.description,
    unitSlug: 'unit' in useCase ? useCase.unit.slug : useCase.unitSlug,
    value: String(useCase.value),
    effort: String(useCase.effort),
    readiness,
    status: useCase.status,
    dependsOnNeeds:
      'unit' in useCase ? useCase.dependsOnNeeds.map((n) => n.code) : useCase.dependsOnNeeds,
  };
}

const score = (s: string) => (/^[1-5]$/.test(s) ? Number(s) : null);

/** The form's own check before sending: the same rules the API applies, in the user's words. */
export function buildUseCaseFields(
  values: UseCaseFormValues,
): { ok: true; fields: UseCaseFields } | { ok: false; errors: UseCaseFieldErrors } {
  const errors: UseCaseFieldErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'titleRequired';
  else if (title.length > TITLE_MAX_LENGTH) errors.title = 'titleTooLong';
  if (values.description.trim().length > TEXT_MAX_LENGTH) errors.description = 'descriptionTooLong';
  if (values.unitSlug === '') errors.unitSlug = 'unitRequired';
  const scores = {
    value: score(values.value),
    effort: score(values.effort),
    ...Object.fromEntries(DIMENSIONS.map((d) => [`readiness.${d}`, score(values.readiness[d])])),
  } as Record<UseCaseFieldKey, number | null>;
  for (const [key, v] of Object.entries(scores)) {
    if (v === null) errors[key as UseCaseFieldKey] = 'scoreInvalid';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title,
      description: values.description.trim(),
      unitSlug: values.unitSlug,
      value: scores.value!,
      effort: scores.effort!,
      readiness: Object.fromEntries(
        DIMENSIONS.map((d) => [d, scores[`readiness.${d}`]!]),
      ) as Record<Dimension, number>,
      status: values.status,
      dependsOnNeeds: values.dependsOnNeeds,
    },
  };
}

const DOMAIN_CODES = new Set<string>(['ownUnitOnly', 'unknownUnit', 'unknownNeed', 'invalidText']);

/** The API's field issues on the inputs they are about (`fields.readiness.legal` → readiness.legal). */
export function mapUseCaseApiErrors(error: unknown): UseCaseFieldErrors {
  const errors: UseCaseFieldErrors = {};
  for (const issue of findApiFieldIssues(error)) {
    const path = issue.path.replace(/^fields\./, '');
    const key = FIELD_ORDER.find((k) => path === k || path.startsWith(`${k}.`));
    if (!key || errors[key]) continue;
    if (DOMAIN_CODES.has(issue.code)) errors[key] = issue.code as UseCaseFieldError;
    else if (key === 'title')
      errors[key] = issue.code === 'too_big' ? 'titleTooLong' : 'titleRequired';
    else if (key === 'description') errors[key] = 'descriptionTooLong';
    else if (key === 'unitSlug') errors[key] = 'unknownUnit';
    else if (key === 'dependsOnNeeds') errors[key] = 'unknownNeed';
    else if (key === 'status') errors[key] = 'invalid';
    else errors[key] = 'scoreInvalid';
  }
  return errors;
}

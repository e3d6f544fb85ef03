import type { RouterInputs } from '@lagesbild/api';
import { parseValue } from './register';
import type { BenefitData, BenefitErrorKey } from './types';

export type BenefitFieldsInput = RouterInputs['benefits']['save']['fields'];
export type BenefitFieldKey = keyof BenefitFieldsInput;

/** The form's text as typed: numbers stay strings until they are parsed. */
export interface BenefitFormValues {
  title: string;
  needCode: string;
  unitSlug: string;
  category: BenefitFieldsInput['category'];
  metric: string;
  baseline: string;
  target: string;
  targetDate: string;
  phase: BenefitFieldsInput['phase'];
  followUpMonths: string;
}

/** The order of the form, which the error summary follows. */
export const BENEFIT_FIELD_ORDER: BenefitFieldKey[] = [
  'title',
  'needCode',
  'unitSlug',
  'category',
  'metric',
  'baseline',
  'target',
  'targetDate',
  'phase',
  'followUpMonths',
];

const show = (n: number) => String(n).replace('.', ',');

export function toBenefitFormValues(benefit: BenefitData | null): BenefitFormValues {
  return {
    title: benefit?.title ?? '',
    needCode: benefit?.need.code ?? '',
    unitSlug: benefit?.unit.slug ?? '',
    category: benefit?.category ?? 'tid-resurser',
    metric: benefit?.metric ?? '',
    baseline: benefit ? show(benefit.baseline) : '',
    target: benefit ? show(benefit.target) : '',
    targetDate: benefit?.targetDate ?? '',
    phase: benefit?.phase ?? 'identifiera',
    followUpMonths: String(benefit?.followUpMonths ?? 6),
  };
}

export type BuildResult =
  | { ok: true; fields: BenefitFieldsInput }
  | { ok: false; errors: Partial<Record<BenefitFieldKey, BenefitErrorKey>> };

/** The form's values as the API's fields, or an error key (under benefits.form.errors) per field. */
export function buildBenefitFields(values: BenefitFormValues): BuildResult {
  const errors: Partial<Record<BenefitFieldKey, BenefitErrorKey>> = {};
  const title = values.title.trim();
  const metric = values.metric.trim();
  if (!title) errors.title = 'titleRequired';
  else if (title.length > 200) errors.title = 'titleTooLong';
  if (!values.needCode) errors.needCode = 'needRequired';
  if (!values.unitSlug) errors.unitSlug = 'unitRequired';
  if (!metric) errors.metric = 'metricRequired';
  else if (metric.length > 200) errors.metric = 'titleTooLong';
  const baseline = parseValue(values.baseline);
  const target = parseValue(values.target);
  if (!baseline.ok) errors.baseline = baseline.error;
  if (!target.ok) errors.target = target.error;
  else if (baseline.ok && baseline.value === target.value) errors.target = 'targetEqualsBaseline';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.targetDate)) errors.targetDate = 'dateRequired';
  const months = Number(values.followUpMonths);
  if (!/^\d+$/.test(values.followUpMonths.trim()) || months < 1 || months > 36) {
    errors.followUpMonths = 'monthsInvalid';
  }
  if (!baseline.ok || !target.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      title,
      needCode: values.needCode,
      unitSlug: values.unitSlug,
      category: values.category,
      metric,
      baseline: baseline.value,
      target: target.value,
      targetDate: values.targetDate,
      phase: values.phase,
      followUpMonths: months,
    },
  };
}

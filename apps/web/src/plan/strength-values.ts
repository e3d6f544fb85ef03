import type { StrengthKind, StrengthNote, StrengthNoteFields } from '@lagesbild/domain';

export interface StrengthFormValues {
  kind: StrengthKind;
  areaCode: string;
  /** '' for the whole area. */
  capabilityCode: string;
  weight: '1' | '2' | '3';
  text: string;
}

export type StrengthFieldKey = 'areaCode' | 'capabilityCode' | 'text';
export type StrengthFieldError =
  | 'areaRequired'
  | 'textRequired'
  | 'textTooLong'
  | 'invalidText'
  | 'capabilityOutsideArea'
  | 'invalid';
export type StrengthFieldErrors = Partial<Record<StrengthFieldKey, StrengthFieldError>>;
export const STRENGTH_FIELD_ORDER: readonly StrengthFieldKey[] = [
  'areaCode',
  'capabilityCode',
  'text',
];

const TEXT_MAX = 2000;

export function toStrengthFormValues(note: StrengthNote | null): StrengthFormValues {
  return {
    kind: note?.kind ?? 'strength',
    areaCode: note?.areaCode ?? '',
    capabilityCode: note?.capabilityCode ?? '',
    weight: String(note?.weight ?? 2) as StrengthFormValues['weight'],
    text: note?.text ?? '',
  };
}

/** The form as the API takes it, or the fields that stop it, checked as the API would. */
export function buildStrengthFields(
  values: StrengthFormValues,
  capabilityAreas: ReadonlyMap<string, string>,
): { ok: true; fields: StrengthNoteFields } | { ok: false; errors: StrengthFieldErrors } {
  const errors: StrengthFieldErrors = {};
  const text = values.text.trim();
  if (!values.areaCode) errors.areaCode = 'areaRequired';
  if (values.capabilityCode && capabilityAreas.get(values.capabilityCode) !== values.areaCode) {
    errors.capabilityCode = 'capabilityOutsideArea';
  }
  if (!text) errors.text = 'textRequired';
  else if (text.length > TEXT_MAX) errors.text = 'textTooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      kind: values.kind,
      areaCode: values.areaCode,
      capabilityCode: values.capabilityCode || null,
      weight: Number(values.weight),
      text,
    },
  };
}

/** An API field issue (`fields.text`, zod code or domain key) as the form's own message. */
export function describeStrengthIssue(
  path: string,
  code: string,
): [StrengthFieldKey, StrengthFieldError] | null {
  const key = path.split('.')[1];
  if (key === 'text' && code === 'invalidText') return ['text', 'invalidText'];
  if (key === 'text') return ['text', code === 'too_big' ? 'textTooLong' : 'textRequired'];
  if (key === 'areaCode') return ['areaCode', code === 'too_small' ? 'areaRequired' : 'invalid'];
  if (key === 'capabilityCode') return ['capabilityCode', 'capabilityOutsideArea'];
  return null;
}

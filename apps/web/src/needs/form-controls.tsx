import { useTranslation } from 'react-i18next';
import type { NeedFormMode } from './build-need-fields';
import { bindFields } from '../forms/bind-fields';
import {
  needFieldId,
  type NeedFieldErrors,
  type NeedFieldKey,
  type NeedFormValues,
} from './need-values';
import type { NeedRegisterData } from './types';

/** What every part of the need form gets: the values, their errors and a way to change them. */
export interface NeedSectionProps {
  values: NeedFormValues;
  errors: NeedFieldErrors;
  register: NeedRegisterData;
  mode: NeedFormMode;
  /** The need's own code when it is changed; null for a new one. */
  code: string | null;
  onChange: (patch: Partial<NeedFormValues>) => void;
}

/** The field's message in the reader's language, or undefined when it is fine. */
export function useFieldMessage(errors: NeedFieldErrors) {
  const { t } = useTranslation();
  return (key: NeedFieldKey) => {
    const error = errors[key];
    return error && t(`needs.errors.${error}`);
  };
}

/** A need section's message for each field and `field(key)`, the props its text fields and selects take. */
export function useNeedFields({ values, errors, onChange }: NeedSectionProps) {
  const message = useFieldMessage(errors);
  return { message, field: bindFields({ values, onChange, idOf: needFieldId, message }) };
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NeedFormMode } from './build-need-fields';
import type { NeedFieldErrors, NeedFieldKey, NeedFormValues } from './need-values';
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

/**
 * Checkboxes under one legend. The error names the group, so it is read with every box; the first
 * box carries the group's id, so the error summary and focus can reach it.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      className={error ? 'choice-fieldset has-error' : 'choice-fieldset'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

/** Toggles one value in a list, keeping the list's order otherwise. */
export function toggleValue(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

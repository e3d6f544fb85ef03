import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';

/** What the control needs so a screen reader reads its hint and error with it. */
interface FieldDescription {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** The message, already in the reader's language; none means the field is fine. */
  error?: string;
  children: (description: FieldDescription) => ReactNode;
}

/** A labelled control whose hint and error sit right under the label and are read out with it. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children({
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}

type TextFieldProps = Omit<FormFieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { inputRef?: Ref<HTMLInputElement> };

export function TextField({ id, label, hint, error, inputRef, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(description) => <input ref={inputRef} id={id} {...input} {...description} />}
    </FormField>
  );
}

type SelectFieldProps = Omit<FormFieldProps, 'children'> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    selectRef?: Ref<HTMLSelectElement>;
    options: readonly { value: string; label: string }[];
  };

export function SelectField({
  id,
  label,
  hint,
  error,
  selectRef,
  options,
  ...select
}: SelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(description) => (
        <select ref={selectRef} id={id} {...select} {...description}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

type TextAreaFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** A labelled text area; hint and error are read out with it. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  textareaRef,
  ...area
}: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(description) => <textarea ref={textareaRef} id={id} rows={3} {...area} {...description} />}
    </FormField>
  );
}

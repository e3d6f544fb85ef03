import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/**
 * A CheckboxGroup of options, one box each, that picks a list of values (the needs or units a record
 * links to). A long list scrolls inside its group.
 */
export function CheckboxList({
  id,
  options,
  checked,
  onChange,
  scroll = true,
  ...group
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  onChange: (values: string[]) => void;
  scroll?: boolean;
}) {
  return (
    <CheckboxGroup id={id} {...group}>
      <ul className={scroll ? 'checkbox-list checkbox-list-scroll' : 'checkbox-list'}>
        {options.map((o, i) => (
          <li key={o.value}>
            <label>
              <input
                type="checkbox"
                id={i === 0 ? id : undefined}
                checked={checked.includes(o.value)}
                onChange={(e) => onChange(toggleValue(checked, o.value, e.target.checked))}
              />{' '}
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </CheckboxGroup>
  );
}

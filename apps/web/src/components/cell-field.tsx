import type { InputHTMLAttributes, SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** What a table cell's control needs: its header is its label, so it is named with aria-label. */
interface CellProps {
  id: string;
  label: string;
  error?: string;
}

// FormField puts a visible <label> above the control; in a table the row and column headers
// already say what a cell is, so the cells name their controls with aria-label instead.
function CellError({ id, error }: { id: string; error?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="field-error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {error}
    </p>
  );
}

function describe(id: string, error: string | undefined) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
}

export function CellInput({
  id,
  label,
  error,
  ...input
}: CellProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <div className={error ? 'cell-field has-error' : 'cell-field'}>
      <input id={id} aria-label={label} {...input} {...describe(id, error)} />
      <CellError id={id} error={error} />
    </div>
  );
}

export function CellSelect({
  id,
  label,
  error,
  options,
  ...select
}: CellProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
    options: readonly { value: string; label: string }[];
  }) {
  return (
    <div className={error ? 'cell-field has-error' : 'cell-field'}>
      <select id={id} aria-label={label} {...select} {...describe(id, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <CellError id={id} error={error} />
    </div>
  );
}

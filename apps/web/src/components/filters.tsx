import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A labelled group of native selects: light, accessible, and each change updates the URL. A bar with
 * a text field passes `onSubmit` (Enter or its button applies it) and its own hint.
 */
export function FilterBar({
  children,
  hint = true,
  hintText,
  onSubmit,
}: {
  children: ReactNode;
  hint?: boolean;
  hintText?: string;
  onSubmit?: () => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      aria-describedby={hint ? hintId : undefined}
      className="filter-bar"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      <div className="filter-fields">{children}</div>
      {hint && (
        <p id={hintId} className="filter-hint">
          {hintText ?? t('filters.hint')}
        </p>
      )}
    </form>
  );
}

interface Option {
  value: string;
  label: string;
}

export function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Rounds newest first; the latest is marked, and choosing it clears the filter so links stay current. */
export function RoundSelect({
  rounds,
  selected,
  onChange,
}: {
  rounds: readonly { code: string }[];
  selected: string;
  onChange: (round: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const latest = rounds[rounds.length - 1]?.code;
  const options = [...rounds].reverse().map((r) => ({
    value: r.code,
    label: r.code === latest ? t('filters.latest', { round: r.code }) : r.code,
  }));
  return (
    <Select
      label={t('filters.round')}
      value={selected}
      options={options}
      onChange={(v) => onChange(v === latest ? undefined : v)}
    />
  );
}

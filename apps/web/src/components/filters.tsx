import { useId, useState, type ReactNode } from 'react';
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

/**
 * A free-text filter's draft: typed freely and applied by the bar's submit (Enter or the button); when
 * the URL changes from elsewhere (back button, a link) the field follows it.
 */
export function useFilterText(applied: string | undefined): [string, (text: string) => void] {
  const [text, setText] = useState(applied ?? '');
  const [seen, setSeen] = useState(applied);
  if (seen !== applied) {
    setSeen(applied);
    setText(applied ?? '');
  }
  return [text, setText];
}

/** The text field of a FilterBar, with its hint and the button that applies it. */
export function TextFilter({
  label,
  hint,
  button,
  value,
  onChange,
}: {
  label: string;
  hint: string;
  button: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const ids = { text: useId(), hint: useId() };
  return (
    <div className="field field-text">
      <label htmlFor={ids.text}>{label}</label>
      <span id={ids.hint} className="field-hint">
        {hint}
      </span>
      <span className="field-with-button">
        <input
          id={ids.text}
          type="search"
          value={value}
          maxLength={200}
          autoComplete="off"
          aria-describedby={ids.hint}
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="submit" className="button">
          {button}
        </button>
      </span>
    </div>
  );
}

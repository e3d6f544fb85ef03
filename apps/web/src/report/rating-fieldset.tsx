import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingChoice } from './report-values';
import type { ReportItemData } from './types';

interface RatingFieldsetProps {
  idPrefix: string;
  levels: ReportItemData['levels'];
  value: RatingChoice;
  error: string | undefined;
  /** The first option: where focus goes when the rating is in error. */
  firstRef: Ref<HTMLInputElement>;
  onChange: (value: RatingChoice) => void;
}

/**
 * The self-rating: native radios in a fieldset, so the arrow keys, the legend and the group's error
 * are read the way screen readers expect; each level's descriptor stands beside its choice.
 */
export function RatingFieldset({
  idPrefix,
  levels,
  value,
  error,
  firstRef,
  onChange,
}: RatingFieldsetProps) {
  const { t } = useTranslation();
  const errorId = `${idPrefix}-rating-error`;
  const options = [
    ...levels.map((l) => ({
      value: String(l.level) as RatingChoice,
      label: `${l.level} ${l.name}`,
      descriptor: l.descriptor,
    })),
    {
      value: 'na' as const,
      label: t('report.notApplicable'),
      descriptor: t('report.notApplicableHint'),
    },
  ];
  return (
    <fieldset
      className={error ? 'rating-fieldset has-error' : 'rating-fieldset'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{t('report.field.rating')}</legend>
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <ul className="rating-options">
        {options.map((o, i) => {
          const id = `${idPrefix}-rating-${o.value}`;
          return (
            <li key={o.value}>
              <input
                ref={i === 0 ? firstRef : undefined}
                type="radio"
                id={id}
                name={`${idPrefix}-rating`}
                value={o.value}
                checked={value === o.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-descriptor`}
                onChange={() => onChange(o.value)}
              />
              <label htmlFor={id}>{o.label}</label>
              <span id={`${id}-descriptor`} className="rating-descriptor">
                {o.descriptor}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

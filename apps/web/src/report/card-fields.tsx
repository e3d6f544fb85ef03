import { LINK_MAX_LENGTH, TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '@lagesbild/domain';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField, SelectField, TextField } from '../components/form-field';
import type { CardField, CardFieldErrors } from './card-errors';

import { RatingFieldset } from './rating-fieldset';
import { CONFIDENCES, LEVELS, type CardValues } from './report-values';
import type { ReportItemData } from './types';

interface CardFieldsProps {
  idPrefix: string;
  item: ReportItemData;
  values: CardValues;
  errors: CardFieldErrors;
  refs: Record<CardField, RefObject<HTMLElement | null>>;
  onChange: (change: Partial<CardValues>) => void;
}

/** Everything a unit answers about one capability, each field with its error beside it. */
export function CardFields({ idPrefix, item, values, errors, refs, onChange }: CardFieldsProps) {
  const { t } = useTranslation();
  const error = (field: CardField) => {
    const key = errors[field];
    return key ? t(`report.errors.${key}`) : undefined;
  };
  const id = (field: CardField) => `${idPrefix}-${field}`;
  const ref = <E extends HTMLElement>(field: CardField) => refs[field] as RefObject<E | null>;
  const levelOptions = [
    { value: '', label: t('report.noTarget') },
    ...LEVELS.map((l) => ({
      value: String(l),
      label: `${l} ${item.levels.find((d) => d.level === l)?.name ?? ''}`.trim(),
    })),
  ];

  return (
    <>
      <RatingFieldset
        idPrefix={idPrefix}
        levels={item.levels}
        value={values.rating}
        error={error('rating')}
        firstRef={ref<HTMLInputElement>('rating')}
        onChange={(rating) => onChange({ rating })}
      />
      <div className="card-field-row">
        <SelectField
          id={id('targetLevel')}
          label={t('report.field.targetLevel')}
          error={error('targetLevel')}
          selectRef={ref<HTMLSelectElement>('targetLevel')}
          options={levelOptions}
          value={values.targetLevel}
          onChange={(e) => onChange({ targetLevel: e.target.value })}
        />
        <TextField
          id={id('targetYear')}
          label={t('report.field.targetYear')}
          hint={t('report.hint.targetYear')}
          error={error('targetYear')}
          inputRef={ref<HTMLInputElement>('targetYear')}
          inputMode="numeric"
          autoComplete="off"
          value={values.targetYear}
          onChange={(e) => onChange({ targetYear: e.target.value })}
        />
      </div>
      <fieldset className="evidence-fieldset">
        <legend>{t('report.field.evidence')}</legend>
        <FormField
          id={id('evidenceText')}
          label={t('report.field.evidenceText')}
          error={error('evidenceText')}
        >
          {(description) => (
            <textarea
              ref={ref<HTMLTextAreaElement>('evidenceText')}
              id={id('evidenceText')}
              rows={3}
              maxLength={TEXT_MAX_LENGTH}
              value={values.evidenceText}
              onChange={(e) => onChange({ evidenceText: e.target.value })}
              {...description}
            />
          )}
        </FormField>
        <TextField
          id={id('evidenceLink')}
          label={t('report.field.evidenceLink')}
          hint={t('report.hint.evidenceLink')}
          error={error('evidenceLink')}
          inputRef={ref<HTMLInputElement>('evidenceLink')}
          type="url"
          maxLength={LINK_MAX_LENGTH}
          autoComplete="url"
          value={values.evidenceLink}
          onChange={(e) => onChange({ evidenceLink: e.target.value })}
        />
        <div className="card-field-row">
          <TextField
            id={id('evidenceOwner')}
            label={t('report.field.evidenceOwner')}
            error={error('evidenceOwner')}
            inputRef={ref<HTMLInputElement>('evidenceOwner')}
            maxLength={TITLE_MAX_LENGTH}
            autoComplete="off"
            value={values.evidenceOwner}
            onChange={(e) => onChange({ evidenceOwner: e.target.value })}
          />
          <TextField
            id={id('evidenceDate')}
            label={t('report.field.evidenceDate')}
            error={error('evidenceDate')}
            inputRef={ref<HTMLInputElement>('evidenceDate')}
            type="date"
            value={values.evidenceDate}
            onChange={(e) => onChange({ evidenceDate: e.target.value })}
          />
        </div>
      </fieldset>
      <SelectField
        id={id('confidence')}
        label={t('report.field.confidence')}
        error={error('confidence')}
        selectRef={ref<HTMLSelectElement>('confidence')}
        options={[
          { value: '', label: t('report.noConfidence') },
          ...CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) })),
        ]}
        value={values.confidence}
        onChange={(e) => {
          const confidence = CONFIDENCES.find((c) => c === e.target.value) ?? '';
          onChange({ confidence });
        }}
      />
      <FormField id={id('comment')} label={t('report.field.comment')} error={error('comment')}>
        {(description) => (
          <textarea
            ref={ref<HTMLTextAreaElement>('comment')}
            id={id('comment')}
            rows={2}
            maxLength={TEXT_MAX_LENGTH}
            value={values.comment}
            onChange={(e) => onChange({ comment: e.target.value })}
            {...description}
          />
        )}
      </FormField>
    </>
  );
}

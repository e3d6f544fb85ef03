import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../components/form-field';
import { parseApiError } from '../forms/api-error';
import { findFirstInvalidField } from '../forms/field-errors';
import { useFocusRequest } from '../forms/use-focus-request';
import { trpc } from '../trpc';
import { storeValidation, type ReviewKey } from './cache';
import { ConflictPanel } from '../components/conflict-panel';
import { describeItemConflict } from './item-conflict';
import { describeLevel, ItemFacts } from './item-facts';
import { isDeviation } from './review-items';
import type { ReviewItem } from './types';
import {
  draftOf,
  fieldErrorsFromApi,
  toItemConflict,
  formErrorOf,
  isCommentRequired,
  isDraftChanged,
  toSaveInput,
  validateDraft,
  VALIDATION_FIELD_ORDER,
  type ItemConflict as Conflict,
  type ReviewFormError,
  type ValidationDraft,
  type ValidationField,
  type ValidationFieldErrors,
} from './validation-draft';

interface CapabilityCardProps {
  reviewKey: ReviewKey;
  item: ReviewItem;
  previousRoundCode: string | null;
  /** Whether ITD may save here: a submitted report, or any report of a closed round (with a reason). */
  editable: boolean;
  roundClosed: boolean;
  onSaved: (capabilityCode: string, message: string) => void;
}

/** One capability: the unit's answer beside ITD's validated rating and its reason. */
export function CapabilityCard(props: CapabilityCardProps) {
  const { t } = useTranslation();
  const { item, previousRoundCode, editable } = props;
  const headingId = `cap-${item.capabilityCode}`;
  return (
    <article className="capability-card" aria-labelledby={headingId}>
      <h3>
        {/* The card is named by the capability alone; the tag is read with the heading. */}
        <span id={headingId}>{item.capabilityName}</span>
        {isDeviation(item) && <span className="tag deviation-tag">{t('review.deviation')}</span>}
      </h3>
      <p className="meta">{item.description}</p>
      <ItemFacts item={item} previousRoundCode={previousRoundCode} />
      {item.notApplicable ? (
        <p className="validation-readonly">{t('review.notApplicableNote')}</p>
      ) : editable ? (
        <ValidationForm {...props} />
      ) : (
        <p className="validation-readonly">
          <strong>{t('field.validatedRating')}:</strong>{' '}
          {item.validatedRating === null
            ? t('review.notValidated')
            : describeLevel(item, item.validatedRating)}
          {item.validationComment && <> – {item.validationComment}</>}
        </p>
      )}
    </article>
  );
}

function ValidationForm({ reviewKey, item, roundClosed, onSaved }: CapabilityCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.review.save.mutationOptions());
  const [draft, setDraft] = useState<ValidationDraft>(() => draftOf(item));
  const [synced, setSynced] = useState(() => ({ version: item.version, ...draftOf(item) }));
  const [errors, setErrors] = useState<ValidationFieldErrors>({});
  const [formError, setFormError] = useState<ReviewFormError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const ratingRef = useRef<HTMLInputElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const focus = useFocusRequest<ValidationField | 'alert' | 'save'>({
    rating: ratingRef,
    comment: commentRef,
    reason: reasonRef,
    alert: alertRef,
    save: saveRef,
  });
  const code = item.capabilityCode;
  const idOf = (part: string) => `${code}-${part}`;

  if (item.version !== synced.version) {
    // The server's copy moved on (accept all, a refetch): follow it unless the user has typed here.
    const untouched = draft.rating === synced.rating && draft.comment === synced.comment;
    setSynced({ version: item.version, ...draftOf(item) });
    if (untouched) setDraft((d) => ({ ...draftOf(item), reason: d.reason }));
  }

  function run(version: number) {
    if (save.isPending) return;
    const clientErrors = validateDraft(item, draft, roundClosed);
    const first = findFirstInvalidField(clientErrors, VALIDATION_FIELD_ORDER);
    setErrors(clientErrors);
    setFormError(null);
    if (first) return focus(first);
    save.mutate(toSaveInput({ ...reviewKey, capabilityCode: code }, version, draft, roundClosed), {
      onSuccess: ({ version: saved }) => {
        const values = {
          validatedRating: draft.rating,
          validationComment: draft.comment.trim() || null,
        };
        setSynced({ version: saved, ...draftOf(values) });
        setConflict(null);
        setDraft((d) => ({ ...d, comment: values.validationComment ?? '', reason: '' }));
        storeValidation(queryClient, reviewKey, code, { ...values, version: saved });
        onSaved(code, t('review.saved', { capability: item.capabilityName }));
      },
      onError: (error) => {
        const found = toItemConflict(parseApiError(error));
        if (found) return setConflict(found);
        const apiErrors = fieldErrorsFromApi(error);
        const firstApi = findFirstInvalidField(apiErrors, VALIDATION_FIELD_ORDER);
        setErrors(apiErrors);
        if (firstApi) return focus(firstApi);
        setFormError(formErrorOf(error));
        focus('alert');
      },
    });
  }

  function takeSaved(found: Conflict) {
    setConflict(null);
    setDraft((d) => ({ ...d, ...draftOf(found.current) }));
    setSynced({ version: found.currentVersion, ...draftOf(found.current) });
    storeValidation(queryClient, reviewKey, code, {
      ...found.current,
      version: found.currentVersion,
    });
    onSaved(code, t('review.conflict.usedSaved', { capability: item.capabilityName }));
    focus('save');
  }

  const commentRequired = isCommentRequired(item, draft.rating);
  const changed = isDraftChanged(item, draft);
  const message = (field: ValidationField) => errors[field] && t(`review.errors.${errors[field]}`);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(item.version);
  };

  return (
    <form className="validation-form" noValidate onSubmit={onSubmit}>
      <fieldset
        className={errors.rating ? 'rating-fieldset has-error' : 'rating-fieldset'}
        aria-describedby={errors.rating ? idOf('rating-error') : undefined}
      >
        <legend>
          {t('review.ratingLegend')}
          <span className="visually-hidden"> {item.capabilityName}</span>
        </legend>
        {errors.rating && (
          <p id={idOf('rating-error')} className="field-error">
            {message('rating')}
          </p>
        )}
        <div className="rating-options">
          {[null, ...item.levels.map((l) => l.level)].map((level, index) => (
            <label key={level ?? 'none'} className="rating-option">
              <input
                ref={index === 0 ? ratingRef : undefined}
                type="radio"
                name={idOf('rating')}
                value={level ?? ''}
                checked={draft.rating === level}
                onChange={() => setDraft((d) => ({ ...d, rating: level }))}
              />
              {level === null ? t('review.noRating') : describeLevel(item, level)}
              {level !== null && level === item.selfRating && (
                <span className="self-marker"> {t('review.selfMarker')}</span>
              )}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField
        id={idOf('comment')}
        label={commentRequired ? t('review.commentRequired') : t('review.comment')}
        hint={commentRequired ? t('review.commentRequiredHint') : undefined}
        error={message('comment')}
      >
        {(description) => (
          <textarea
            ref={commentRef}
            id={idOf('comment')}
            rows={3}
            value={draft.comment}
            required={commentRequired}
            aria-required={commentRequired || undefined}
            onChange={(e) => setDraft((d) => ({ ...d, comment: e.target.value }))}
            {...description}
          />
        )}
      </FormField>
      {roundClosed && (
        <FormField
          id={idOf('reason')}
          label={t('review.reason')}
          hint={t('review.reasonHint')}
          error={message('reason')}
        >
          {(description) => (
            <textarea
              ref={reasonRef}
              id={idOf('reason')}
              rows={2}
              required
              value={draft.reason}
              onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
              {...description}
            />
          )}
        </FormField>
      )}
      {formError && (
        <p ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          {t(`review.errors.${formError}`)}
        </p>
      )}
      {conflict ? (
        <ConflictPanel
          messages="review.conflict"
          headingLevel={4}
          groupId={`${item.capabilityCode}-conflict`}
          className="review-conflict"
          text={t('review.conflict.text', { capability: item.capabilityName })}
          caption={t('review.conflict.caption', { capability: item.capabilityName })}
          rows={describeItemConflict(t, item, draft, conflict.current)}
          onUseSaved={() => takeSaved(conflict)}
          onKeepMine={() => run(conflict.currentVersion)}
        />
      ) : (
        <p className="actions">
          <button
            ref={saveRef}
            type="submit"
            className="button"
            aria-disabled={save.isPending || undefined}
          >
            {save.isPending ? t('review.saving') : t('review.save')}
            <span className="visually-hidden"> {item.capabilityName}</span>
          </button>
          {changed && <span className="unsaved-note">{t('review.unsaved')}</span>}
        </p>
      )}
    </form>
  );
}

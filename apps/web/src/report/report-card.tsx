import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictPanel } from '../components/conflict-panel';
import { lockReasonOf, parseApiError } from '../forms/api-error';
import { findFirstInvalidField } from '../forms/field-errors';
import { useFocusRequest } from '../forms/use-focus-request';
import { trpc } from '../trpc';
import {
  CARD_FIELD_ORDER,
  fieldErrorsFromApi,
  validateCardValues,
  type CardField,
  type CardFieldErrors,
} from './card-errors';
import { CardFields } from './card-fields';
import { describeCardConflict } from './describe-values';
import { CardHeading } from './card-heading';
import { CardReadOnly } from './card-read-only';
import { refreshForm, updateCachedForm } from './query';
import {
  applySavedFields,
  buildSaveFields,
  isSameValues,
  toCardValues,
  type CardValues,
  type SavedFields,
} from './report-values';
import type { ReportItemData } from './types';
import { FormAlert, PendingButton } from '../components/form-actions';

interface ReportCardProps {
  round: string;
  previousRoundCode: string | null;
  item: ReportItemData;
  editable: boolean;
}

type Problem =
  | { kind: 'conflict'; mine: CardValues; saved: CardValues; currentVersion: number }
  | { kind: 'locked'; reason: 'submitted' | 'roundClosed' }
  | { kind: 'failed' };

/** One capability: the unit's answer, saved on its own as a draft. */
export function ReportCard({ round, previousRoundCode, item, editable }: ReportCardProps) {
  const headingId = useId();
  return (
    <article className="report-card" aria-labelledby={headingId}>
      <CardHeading headingId={headingId} item={item} previousRoundCode={previousRoundCode} />
      {editable ? (
        <CardForm round={round} item={item} />
      ) : (
        <CardReadOnly item={item} values={toCardValues(item)} />
      )}
    </article>
  );
}

function useCardRefs(): Record<CardField, RefObject<HTMLElement | null>> {
  return {
    rating: useRef(null),
    targetLevel: useRef(null),
    targetYear: useRef(null),
    evidenceText: useRef(null),
    evidenceLink: useRef(null),
    evidenceOwner: useRef(null),
    evidenceDate: useRef(null),
    confidence: useRef(null),
    comment: useRef(null),
  };
}

function CardForm({ round, item }: { round: string; item: ReportItemData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const idPrefix = `card-${item.capabilityCode}`;
  // What the server holds for this card as far as this page knows, and what the user has typed.
  const [base, setBase] = useState(() => ({ version: item.version, values: toCardValues(item) }));
  const [values, setValues] = useState(base.values);
  const [errors, setErrors] = useState<CardFieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const refs = useCardRefs();
  const requestFocus = useFocusRequest(refs);
  const save = useMutation(trpc.report.save.mutationOptions());
  const saving = useRef(false);

  if (item.version > base.version && isSameValues(values, base.values)) {
    // The form was read again (confirm unchanged, another tab): an untouched card follows the server.
    // A card with unsaved changes keeps them; its save will meet the newer version as a conflict.
    const fresh = { version: item.version, values: toCardValues(item) };
    setBase(fresh);
    setValues(fresh.values);
  }

  const showErrors = (found: CardFieldErrors) => {
    setErrors(found);
    const first = findFirstInvalidField(found, CARD_FIELD_ORDER);
    if (first) requestFocus(first);
    return first !== null;
  };

  const submitValues = (mine: CardValues, version: number) => {
    // A second press while the first save is on its way would only meet our own new version.
    if (saving.current) return;
    setSavedNote(false);
    setProblem(null);
    if (showErrors(validateCardValues(mine))) return;
    const fields = buildSaveFields(mine);
    saving.current = true;
    save.mutate(
      { round, capabilityCode: item.capabilityCode, version, fields },
      {
        onSettled: () => {
          saving.current = false;
        },
        onSuccess: (result) => {
          setBase({ version: result.version, values: mine });
          setSavedNote(true);
          updateCachedForm(queryClient, round, (form) => ({
            ...form,
            progress: result.progress,
            items: form.items.map((i) =>
              i.capabilityCode === item.capabilityCode
                ? applySavedFields(i, fields, result.version)
                : i,
            ),
          }));
          // The first save starts the submission: its version is what "Skicka in" sends.
          void refreshForm(queryClient, round);
        },
        onError: (error) => {
          const parsed = parseApiError<SavedFields>(error);
          const locked = lockReasonOf(parsed);
          if (locked) {
            setProblem({ kind: 'locked', reason: locked });
            void refreshForm(queryClient, round);
          } else if (parsed.kind === 'conflict' && parsed.saved && parsed.currentVersion !== null) {
            setProblem({
              kind: 'conflict',
              mine,
              saved: toCardValues(parsed.saved),
              currentVersion: parsed.currentVersion,
            });
          } else if (!showErrors(fieldErrorsFromApi(error))) {
            setProblem({ kind: 'failed' });
          }
        },
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submitValues(values, base.version);
  };

  const change = (next: Partial<CardValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setSavedNote(false);
  };

  return (
    <form className="card-form" noValidate onSubmit={onSubmit}>
      <CardFields
        idPrefix={idPrefix}
        item={item}
        values={values}
        errors={errors}
        refs={refs}
        onChange={change}
      />
      {problem?.kind === 'conflict' ? (
        <ConflictPanel
          messages="report.conflict"
          headingLevel={4}
          text={t('report.conflict.text')}
          caption={t('report.conflict.caption', { name: item.capabilityName })}
          differsMark={t('report.conflict.differs')}
          rows={describeCardConflict(t, item.levels, problem.mine, problem.saved)}
          onUseSaved={() => {
            setBase({ version: problem.currentVersion, values: problem.saved });
            setValues(problem.saved);
            setErrors({});
            setProblem(null);
            requestFocus('rating');
            void refreshForm(queryClient, round);
          }}
          onKeepMine={() => submitValues(problem.mine, problem.currentVersion)}
        />
      ) : (
        <p className="actions card-actions">
          <PendingButton
            pending={save.isPending}
            label={t('report.save')}
            pendingLabel={t('report.saving')}
          />
        </p>
      )}
      {problem?.kind === 'locked' && <FormAlert>{t(`report.locked.${problem.reason}`)}</FormAlert>}
      {problem?.kind === 'failed' && <FormAlert>{t('report.errors.failed')}</FormAlert>}
      <p className="card-saved" aria-live="polite">
        {savedNote ? t('report.saved') : ''}
      </p>
    </form>
  );
}

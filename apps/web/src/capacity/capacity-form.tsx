import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findFirstInvalidField } from '../forms/field-errors';
import { useFocusById } from '../forms/use-form-errors';
import { refreshForm } from '../report/query';
import { trpc } from '../trpc';
import { listDemandYears } from './areas';
import { ConflictPanel, describeSavedBy } from '../components/conflict-panel';
import { lockReasonOf, parseApiError } from '../forms/api-error';
import { mapApiFieldErrors } from './capacity-errors';
import {
  buildCapacityReport,
  computeTotals,
  fieldId,
  listFieldOrder,
  toCapacityValues,
  type CapacityValues,
  type FieldErrors,
  type FieldKey,
} from './capacity-values';
import { CompetenceSection } from './competence-section';
import { DemandSection } from './demand-section';
import { ErrorSummary } from './error-summary';
import { findInputLocale } from '../forms/format-fte';
import { PlanningSection } from './planning-section';
import { RequirementsSection } from './requirements-section';
import type { CapacityFormData } from './types';

interface CapacityFormProps {
  /** The form as last read; it changes under the form after a save or a reload. */
  form: CapacityFormData;
  /** Reads the form again and gives what the server has now. */
  reload: () => Promise<CapacityFormData | undefined>;
}

const SAVE_BUTTON_ID = 'capacity-save';

type Problem =
  | { kind: 'conflict'; currentVersion: number }
  | { kind: 'locked'; reason: 'submitted' | 'roundClosed' }
  | { kind: 'failed' };

/**
 * The starting values: this round's report, else last round's to check and save, else empty. A
 * form that cannot be saved shows only this round's: last round's would look like this round's.
 */
function startValues(form: CapacityFormData): CapacityValues {
  return toCapacityValues(
    form.report ?? (form.editable ? form.previous?.report : null) ?? null,
    form.capabilities,
    findInputLocale(),
  );
}

function listYears(values: CapacityValues): number[] {
  return listDemandYears(
    Object.keys(values.demand).map((cell) => ({
      year: Number(cell.slice(cell.lastIndexOf('.') + 1)),
    })),
  );
}

/** The whole capacity report, saved at once against the version the page read. */
export function CapacityForm({ form, reload }: CapacityFormProps) {
  const { t } = useTranslation();
  // Later reads of `form` must not overwrite what the user is typing: the values start once.
  const [values, setValues] = useState(() => startValues(form));
  const [version, setVersion] = useState(form.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // useFocusRequest wants a ref per target; this form has a hundred inputs, found by their ids.
  const focusOn = useFocusById();
  const saving = useRef(false);
  const save = useMutation(trpc.capacity.save.mutationOptions());
  const queryClient = useQueryClient();

  const years = listYears(values);
  const order = listFieldOrder(years, form.capabilities);
  const totals = computeTotals(values, years);
  const editable = form.editable && problem?.kind !== 'locked';

  function change(key: FieldKey, update: (v: CapacityValues) => CapacityValues) {
    setValues(update);
    setAnnouncement('');
    setErrors((current) => {
      if (current[key] === undefined) return current;
      const { [key]: _fixed, ...rest } = current;
      return rest;
    });
  }

  function showErrors(found: FieldErrors) {
    setErrors(found);
    const first = findFirstInvalidField(found, order);
    if (first) focusOn(fieldId(first));
  }

  async function submit(atVersion: number) {
    // A second click while the first save is on its way would save twice against one version.
    if (saving.current) return;
    const built = buildCapacityReport(values);
    if (!built.ok) {
      setProblem(null);
      showErrors(built.errors);
      return;
    }
    saving.current = true;
    setAnnouncement('');
    try {
      const result = await save.mutateAsync({
        round: form.roundCode,
        version: atVersion,
        report: built.built.report,
      });
      setVersion(result.version);
      setErrors({});
      setProblem(null);
      setAnnouncement(t('capacity.saved'));
      // After "save mine anyway" the panel that had focus is gone: focus goes back to the button.
      if (problem) focusOn(SAVE_BUTTON_ID);
      void reload();
      // The report's submit waits for a saved capacity part.
      void refreshForm(queryClient, form.roundCode);
    } catch (error) {
      const parsed = parseApiError(error);
      const locked = lockReasonOf(parsed);
      const fieldErrors = mapApiFieldErrors(error, built.built.fieldOfPath);
      if (locked) {
        setProblem({ kind: 'locked', reason: locked });
        void reload();
      } else if (parsed.kind === 'conflict' && parsed.currentVersion !== null) {
        setProblem({ kind: 'conflict', currentVersion: parsed.currentVersion });
        // The conflict says what is saved but not by whom: a fresh read tells.
        void reload();
      } else if (Object.keys(fieldErrors).length > 0) {
        setProblem(null);
        showErrors(fieldErrors);
      } else {
        setProblem({ kind: 'failed' });
      }
    } finally {
      saving.current = false;
    }
  }

  async function takeSaved() {
    const fresh = await reload();
    if (!fresh) return;
    setValues(startValues(fresh));
    setVersion(fresh.version);
    setErrors({});
    setProblem(null);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(version);
  }

  const prefilledFrom = version === 0 && !form.report ? form.previous?.roundCode : undefined;
  const section = { values, errors, onChange: change };

  return (
    <form className="capacity-form" noValidate onSubmit={onSubmit}>
      {prefilledFrom && editable && (
        <p className="capacity-prefilled">{t('capacity.prefilled', { round: prefilledFrom })}</p>
      )}
      {problem?.kind === 'locked' && (
        <p className="form-alert" role="alert">
          {t(`capacity.locked.${problem.reason}`)}
        </p>
      )}
      <ErrorSummary errors={errors} order={order} capabilities={form.capabilities} />
      <fieldset className="capacity-fields" disabled={!editable}>
        <PlanningSection {...section} />
        <CompetenceSection {...section} totalFte={totals.competenceFte} />
        <DemandSection {...section} years={years} totals={totals.demandByYear} />
        <RequirementsSection
          {...section}
          capabilities={form.capabilities}
          onAnnounce={setAnnouncement}
        />
      </fieldset>
      {problem?.kind === 'conflict' && (
        <ConflictPanel
          messages="capacity.conflict"
          headingLevel={2}
          className="capacity-conflict"
          text={describeSavedBy(t, 'capacity.conflict', form)}
          onUseSaved={() => void takeSaved()}
          onKeepMine={() => void submit(problem.currentVersion)}
        />
      )}
      {problem?.kind === 'failed' && (
        <p className="form-alert" role="alert">
          {t('capacity.saveFailed')}
        </p>
      )}
      <div className="capacity-actions">
        {editable && problem?.kind !== 'conflict' && (
          <button
            id={SAVE_BUTTON_ID}
            type="submit"
            className="button"
            aria-disabled={save.isPending || undefined}
          >
            {save.isPending ? t('capacity.saving') : t('capacity.save')}
          </button>
        )}
        {/* Polite: the user stays where they are; "Sparat" is read when the reader is free. */}
        <p className="capacity-saved" aria-live="polite">
          {announcement}
        </p>
      </div>
    </form>
  );
}

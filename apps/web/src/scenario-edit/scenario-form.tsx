import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { TextField } from '../components/form-field';
import { findFirstInvalidField } from '../forms/field-errors';
import { useFocusById } from '../forms/use-form-errors';
import { TextAreaField } from '../components/form-field';
import { refreshPlanning } from '../needs/refresh';
import type { NeedData } from '../needs/types';
import { trpc } from '../trpc';
import { computeDraftConsequence } from './consequence';
import { ConsequencePanel } from './consequence-panel';
import { ConflictPanel, describeSavedBy } from '../components/conflict-panel';
import { describeScenarioConflict } from './scenario-conflict';
import {
  buildScenario,
  createScenarioCode,
  listScenarioFieldOrder,
  scenarioFieldId,
  toScenarioDraft,
  type ScenarioDraft,
  type ScenarioFieldErrors,
} from './scenario-draft';
import { ScenarioErrorSummary } from './scenario-error-summary';
import { ScenarioNeedsTable } from './scenario-needs-table';
import type { ScenarioComparisonData, ScenarioData, ScenarioEntry } from './types';
import { Announcement } from '../components/announcement';
import { FormActions } from '../components/form-actions';

interface ScenarioFormProps {
  /** The scenario as saved; null when a new one is made. */
  entry: ScenarioEntry | null;
  comparison: ScenarioComparisonData;
  needs: readonly NeedData[];
}

/** The scenario's name, description and needs, with the consequence computed as it is edited. */
export function ScenarioForm({ entry, comparison, needs }: ScenarioFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ScenarioDraft>(() =>
    toScenarioDraft(entry?.scenario ?? null, needs),
  );
  const [version, setVersion] = useState(entry?.version ?? 0);
  const [errors, setErrors] = useState<ScenarioFieldErrors>({});
  const [failed, setFailed] = useState(false);
  const [note, setNote] = useState('');
  const [conflict, setConflict] = useState<{
    currentVersion: number;
    saved: ScenarioEntry | null;
    mine: ScenarioData;
  } | null>(null);
  const focusOn = useFocusById();
  const busy = useRef(false);
  const save = useMutation(trpc.planning.saveScenario.mutationOptions());
  const order = listScenarioFieldOrder(draft);
  const code =
    entry?.scenario.code ??
    createScenarioCode(draft.name, new Set(comparison.scenarios.map((s) => s.scenario.code)));
  const consequence = computeDraftConsequence(draft, needs, comparison.horizon, comparison.frame);

  function send(scenario: ScenarioData, atVersion: number) {
    busy.current = true;
    setNote('');
    setFailed(false);
    save.mutate(
      { version: atVersion, scenario },
      {
        onSuccess: async (saved) => {
          setVersion(saved.version);
          setNote(t('scenarioEdit.saved', { name: scenario.name }));
          if (entry) return refreshPlanning(queryClient);
          // A new scenario: its own address once the list knows it, so a reload finds it.
          await queryClient.invalidateQueries({ queryKey: trpc.planning.pathKey() });
          void navigate({ to: '/planering/scenario/$code', params: { code: scenario.code } });
        },
        onError: async (error) => {
          const parsed = parseApiError(error);
          const stale = parsed.kind === 'conflict' ? parsed.currentVersion : null;
          if (stale !== null) {
            // The conflict tells only the version: the saved scenario is read again to show it.
            const fresh = await queryClient
              .fetchQuery({ ...trpc.planning.scenarios.queryOptions({}), staleTime: 0 })
              .catch(() => null);
            setErrors({});
            setConflict({
              currentVersion: stale,
              saved: fresh?.scenarios.find((s) => s.scenario.code === scenario.code) ?? null,
              mine: scenario,
            });
            return;
          }
          setFailed(true);
          focusOn('scenario-form-alert');
        },
        onSettled: () => {
          busy.current = false;
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy.current || save.isPending) return;
    const built = buildScenario(draft, code, needs, entry?.scenario ?? null);
    if (!built.ok) {
      setErrors(built.errors);
      const first = findFirstInvalidField(built.errors, order);
      if (first) focusOn(scenarioFieldId(first));
      return;
    }
    setErrors({});
    send(built.scenario, version);
  }

  if (conflict) {
    return (
      <ConflictPanel
        messages="scenarioEdit.conflict"
        headingLevel={2}
        text={describeSavedBy(t, 'scenarioEdit.conflict', conflict.saved)}
        rows={describeScenarioConflict(t, conflict.mine, conflict.saved, needs)}
        onUseSaved={() => {
          if (conflict.saved) {
            setDraft(toScenarioDraft(conflict.saved.scenario, needs));
            setVersion(conflict.saved.version);
          }
          setConflict(null);
          setNote(t('scenarioEdit.usedSaved'));
          focusOn(scenarioFieldId('name'));
        }}
        onKeepMine={() => {
          setVersion(conflict.currentVersion);
          setConflict(null);
          send(conflict.mine, conflict.currentVersion);
        }}
      />
    );
  }

  const message = (key: 'name' | 'description') => {
    const error = errors[key];
    return error && t(`scenarioEdit.errors.${error}`);
  };

  return (
    <form className="scenario-form" noValidate onSubmit={onSubmit}>
      <Announcement text={note} />
      {failed && (
        <div id="scenario-form-alert" role="alert" tabIndex={-1} className="form-alert">
          {t('scenarioEdit.failed')}
        </div>
      )}
      <ScenarioErrorSummary errors={errors} order={order} needs={needs} />
      <TextField
        id={scenarioFieldId('name')}
        label={t('scenarioEdit.name')}
        required
        autoComplete="off"
        error={message('name')}
        value={draft.name}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
      />
      <TextAreaField
        id={scenarioFieldId('description')}
        label={t('scenarioEdit.description')}
        error={message('description')}
        value={draft.description}
        onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
      />
      <ConsequencePanel
        consequence={consequence}
        horizon={comparison.horizon}
        savedCostTkr={
          entry ? entry.outcome.totals.investmentTkr + entry.outcome.totals.operatingTkr : null
        }
      />
      <p className="field-hint">{t('scenarioEdit.reasonRule')}</p>
      <ScenarioNeedsTable
        draft={draft}
        needs={needs}
        errors={errors}
        saved={entry?.scenario ?? null}
        onChange={(needCode, patch) =>
          setDraft((d) => ({
            ...d,
            rows: { ...d.rows, [needCode]: { ...d.rows[needCode]!, ...patch } },
          }))
        }
      />
      <FormActions
        pending={save.isPending}
        label={t('scenarioEdit.save')}
        pendingLabel={t('scenarioEdit.saving')}
      />
    </form>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { SelectField, TextField } from '../components/form-field';
import { formatDateTime, formatLevel } from '../format';
import { trpc } from '../trpc';
import { describeRule } from './describe';
import type { ReachRuleData } from './types';
import { FormActions, FormAlert } from '../components/form-actions';

const ONE_TO_FIVE = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));

/** "2,5" or "2.5" as a number from 1 to 5 with at most one decimal; null otherwise. */
export function parseMinMean(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d(\.\d)?$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= 5 ? n : null;
}

interface Rule {
  minEach: number;
  minMean: number;
  maxEffort: number;
}

/** The rule in force in words, beside every result; ITD changes it in a small form. */
export function RuleSection({
  rule,
  canChange,
  onSaved,
}: {
  rule: ReachRuleData;
  canChange: boolean;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="ai-rule">
      <p className="ai-rule-text">
        <strong>{t('ai.rule.label')}</strong> {describeRule(t, rule)}
        {'. '}
        {rule.version === 0
          ? t('ai.rule.default')
          : t('ai.rule.changed', {
              who: rule.updatedBy ?? '',
              when: rule.updatedAt ? formatDateTime(rule.updatedAt) : '',
            })}
      </p>
      {canChange && <RuleForm rule={rule} onSaved={onSaved} />}
    </div>
  );
}

function RuleForm({ rule, onSaved }: { rule: ReachRuleData; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [minEach, setMinEach] = useState(String(rule.minEach));
  const [minMean, setMinMean] = useState(formatLevel(rule.minMean).replace(/[.,]0$/, ''));
  const [maxEffort, setMaxEffort] = useState(String(rule.maxEffort));
  const [error, setError] = useState<string | undefined>();
  const [conflict, setConflict] = useState<{ version: number; current: Rule | null } | null>(null);
  const busy = useRef(false);
  const save = useMutation(trpc.ai.saveReachRule.mutationOptions());

  function send(next: Rule, version: number) {
    busy.current = true;
    save.mutate(
      { version, rule: next },
      {
        onSuccess: (saved) => {
          setConflict(null);
          void queryClient.invalidateQueries({ queryKey: trpc.ai.register.queryKey() });
          onSaved(t('ai.rule.saved', { rule: describeRule(t, saved) }));
        },
        onError: (e) => {
          const parsed = parseApiError<Rule>(e);
          if (parsed.kind === 'conflict' && parsed.currentVersion !== null) {
            setConflict({ version: parsed.currentVersion, current: parsed.saved });
          } else setError(t('ai.rule.errors.failed'));
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
    const mean = parseMinMean(minMean);
    if (mean === null) {
      setError(t('ai.rule.errors.minMean'));
      document.getElementById('ai-rule-min-mean')?.focus();
      return;
    }
    setError(undefined);
    send({ minEach: Number(minEach), minMean: mean, maxEffort: Number(maxEffort) }, rule.version);
  }

  const mine = {
    minEach: Number(minEach),
    minMean: parseMinMean(minMean) ?? 0,
    maxEffort: Number(maxEffort),
  };
  return (
    <form
      className="ai-rule-form"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="ai-rule-form-heading"
    >
      <h3 id="ai-rule-form-heading">{t('ai.rule.formHeading')}</h3>
      {conflict ? (
        <div className="conflict-panel" role="alert">
          <p>
            {conflict.current
              ? t('ai.rule.conflict', { rule: describeRule(t, conflict.current) })
              : t('ai.rule.conflictUnknown')}
          </p>
          <p className="actions">
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setConflict(null);
                void queryClient.invalidateQueries({ queryKey: trpc.ai.register.queryKey() });
              }}
            >
              {t('ai.rule.useSaved')}
            </button>
            <button type="button" className="button" onClick={() => send(mine, conflict.version)}>
              {t('ai.rule.keepMine')}
            </button>
          </p>
        </div>
      ) : (
        <div className="ai-rule-fields">
          <SelectField
            id="ai-rule-min-each"
            label={t('ai.rule.minEach')}
            value={minEach}
            options={ONE_TO_FIVE}
            onChange={(e) => setMinEach(e.target.value)}
          />
          <TextField
            id="ai-rule-min-mean"
            label={t('ai.rule.minMean')}
            hint={t('ai.rule.minMeanHint')}
            error={error === t('ai.rule.errors.minMean') ? error : undefined}
            inputMode="decimal"
            autoComplete="off"
            value={minMean}
            onChange={(e) => setMinMean(e.target.value)}
          />
          <SelectField
            id="ai-rule-max-effort"
            label={t('ai.rule.maxEffort')}
            value={maxEffort}
            options={ONE_TO_FIVE}
            onChange={(e) => setMaxEffort(e.target.value)}
          />
          <FormActions
            pending={save.isPending}
            label={t('ai.rule.save')}
            pendingLabel={t('ai.rule.saving')}
          />
          {error && error !== t('ai.rule.errors.minMean') && <FormAlert>{error}</FormAlert>}
        </div>
      )}
    </form>
  );
}

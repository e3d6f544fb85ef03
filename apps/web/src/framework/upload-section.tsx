import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { trpc } from '../trpc';
import { describeIssue, findFormatOfFileName, MAX_FILE_CHARACTERS } from './framework-file';
import { PlanTables } from './plan-tables';
import type { CurrentFramework, FrameworkFormat, FrameworkPreview, PlanIssue } from './types';
import { FormActions } from '../components/form-actions';

interface ReadFile {
  name: string;
  text: string;
  format: FrameworkFormat;
}

/** Choose a file, see exactly what it would change, then import it as the next version. */
export function UploadSection({
  current,
  onImported,
}: {
  current: CurrentFramework;
  onImported: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fileError, setFileError] = useState<string | null>(null);
  const [file, setFile] = useState<ReadFile | null>(null);
  const [preview, setPreview] = useState<FrameworkPreview | null>(null);
  const [importError, setImportError] = useState<{ text: string; issues: PlanIssue[] } | null>(
    null,
  );
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const previewing = useMutation(trpc.framework.preview.mutationOptions());
  const importing = useMutation(trpc.framework.import.mutationOptions());

  // A new result (preview or refusal) is where reading continues.
  useEffect(() => {
    if (preview || importError) resultRef.current?.focus();
  }, [preview, importError]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (previewing.isPending) return;
    setPreview(null);
    setImportError(null);
    const chosen = inputRef.current?.files?.[0];
    const failFile = (key: 'noFile' | 'unknownFormat' | 'tooLarge' | 'readFailed') => {
      setFileError(t(`framework.upload.${key}`));
      inputRef.current?.focus();
    };
    if (!chosen) return failFile('noFile');
    const format = findFormatOfFileName(chosen.name);
    if (!format) return failFile('unknownFormat');
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      return failFile('readFailed');
    }
    if (text.length > MAX_FILE_CHARACTERS) return failFile('tooLarge');
    setFileError(null);
    setFile({ name: chosen.name, text, format });
    previewing.mutate(
      { text, format },
      {
        onSuccess: setPreview,
        onError: () => setImportError({ text: t('framework.preview.failed'), issues: [] }),
      },
    );
  }

  function onImport() {
    if (!file || !preview?.plan || importing.isPending) return;
    const version = preview.plan.version;
    importing.mutate(
      { text: file.text, format: file.format, expectedVersion: current.document.version },
      {
        onSuccess: () => {
          setPreview(null);
          setFile(null);
          if (inputRef.current) inputRef.current.value = '';
          // Names, codes and forms change everywhere: every cached view is stale.
          void queryClient.invalidateQueries();
          onImported(t('framework.import.done', { version }));
        },
        onError: (error) => setImportError(describeImportError(error)),
      },
    );
  }

  function describeImportError(error: unknown): { text: string; issues: PlanIssue[] } {
    const parsed = parseApiError(error);
    if (parsed.kind === 'conflict') {
      const version = parsed.currentVersion;
      return { text: t('framework.import.conflict', { version: String(version) }), issues: [] };
    }
    const issues = parsed.kind === 'fields' ? parsed.fields : [];
    if (issues[0]?.path === 'slug') {
      const code = issues[0].code === 'roundOpen' ? 'roundOpen' : 'slugUsedBefore';
      return {
        text: t(`framework.import.${code}`, { round: current.openRound ?? '' }),
        issues: [],
      };
    }
    if (issues.length) {
      return {
        text: t('framework.import.invalid'),
        issues: issues.map(({ path, code }) => ({ path, code })),
      };
    }
    return { text: t('framework.import.failed'), issues: [] };
  }

  const plan = preview?.plan ?? null;
  const errors = preview?.errors ?? [];
  const importable = plan !== null && errors.length === 0 && plan.kind !== 'unchanged';
  const blockedByRound = plan?.kind === 'newFramework' && current.openRound !== null;

  return (
    <section className="section" aria-labelledby="framework-upload-heading">
      <h2 id="framework-upload-heading">{t('framework.upload.heading')}</h2>
      <p>{t('framework.upload.intro')}</p>
      <form className="framework-upload" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className={fileError ? 'form-field has-error' : 'form-field'}>
          <label htmlFor="framework-file">{t('framework.upload.label')}</label>
          <p id="framework-file-hint" className="field-hint">
            {t('framework.upload.hint')}
          </p>
          {fileError && (
            <p id="framework-file-error" className="field-error">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {fileError}
            </p>
          )}
          <input
            ref={inputRef}
            id="framework-file"
            name="file"
            type="file"
            accept=".json,.yaml,.yml,application/json,application/yaml"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={
              fileError ? 'framework-file-hint framework-file-error' : 'framework-file-hint'
            }
          />
        </div>
        <FormActions
          pending={previewing.isPending}
          label={t('framework.upload.submit')}
          pendingLabel={t('framework.upload.submitting')}
        />
      </form>

      <div ref={resultRef} tabIndex={-1} className="framework-result">
        {importError && (
          <div role="alert" className="form-alert">
            <p>{importError.text}</p>
            <IssueList issues={importError.issues} />
          </div>
        )}
        {preview && errors.length > 0 && (
          <div role="alert" className="form-alert">
            <h3>{t('framework.preview.errorsHeading', { count: errors.length })}</h3>
            <p>{t('framework.preview.errorsIntro')}</p>
            <IssueList issues={errors} />
          </div>
        )}
        {plan && errors.length === 0 && (
          <>
            <h3>{t('framework.preview.heading', { file: file?.name ?? '' })}</h3>
            {plan.kind === 'unchanged' ? (
              <p>{t('framework.preview.unchanged', { version: plan.version })}</p>
            ) : plan.kind === 'newFramework' ? (
              <p>
                {t('framework.preview.newFramework', {
                  slug: plan.slug,
                  current: current.document.slug,
                })}
              </p>
            ) : (
              <p>
                {t('framework.preview.newVersion', {
                  version: plan.version,
                  previous: plan.previousVersion ?? 0,
                })}
              </p>
            )}
            {blockedByRound && (
              <p className="form-alert">
                {t('framework.import.roundOpen', { round: current.openRound ?? '' })}
              </p>
            )}
            {plan.kind !== 'unchanged' && <PlanTables plan={plan} />}
            {importable && !blockedByRound && (
              <FormActions
                pending={importing.isPending}
                label={t('framework.import.submit', { version: plan.version })}
                pendingLabel={t('framework.import.submitting')}
                onClick={onImport}
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}

function IssueList({ issues }: { issues: readonly PlanIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <ul className="framework-issues">
      {issues.map((issue, i) => {
        const { where, what } = describeIssue(t, issue);
        return (
          <li key={i}>
            <code>{where}</code>: {what}
          </li>
        );
      })}
    </ul>
  );
}

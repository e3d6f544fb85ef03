import type { ImportError, ImportPreview as Preview } from '@lagesbild/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { capacityFormQueryOptions } from '../capacity/query';
import { refreshForm } from '../report/query';
import { trpc } from '../trpc';
import { ImportErrors } from './import-errors';
import { ImportPreview } from './import-preview';
import { uploadWorkbook, type UploadProgress } from './upload-workbook';

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: UploadProgress }
  | { kind: 'errors'; errors: ImportError[] }
  | { kind: 'preview'; preview: Preview; fileName: string }
  | { kind: 'done'; answers: number; capacity: boolean }
  | {
      kind: 'problem';
      message:
        | 'upload.noFile'
        | 'upload.locked'
        | 'upload.tooLarge'
        | 'upload.failed'
        | 'conflict'
        | 'importLocked'
        | 'importFailed'
        | 'cancelled';
    };

const FILE_INPUT_ID = 'workbook-file';

/** Upload, check, preview, import: nothing is saved before the user has seen what changes. */
export function WorkbookImport({ round }: { round: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fileRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const apply = useMutation(trpc.report.importApply.mutationOptions());
  const busy = state.kind === 'uploading' || apply.isPending;

  // The result's heading (or the message) takes focus once it is there, so it is read next.
  useEffect(() => {
    if (state.kind === 'errors' || state.kind === 'preview') headingRef.current?.focus();
    if (state.kind === 'done' || state.kind === 'problem') messageRef.current?.focus();
  }, [state.kind]);

  async function onUpload(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setState({ kind: 'problem', message: 'upload.noFile' });
      return;
    }
    const outcome = await uploadWorkbook(round, file, (progress) =>
      setState({ kind: 'uploading', progress }),
    );
    if (outcome.kind === 'preview') {
      setState({ kind: 'preview', preview: outcome.preview, fileName: file.name });
    } else if (outcome.kind === 'errors') {
      setState({ kind: 'errors', errors: outcome.errors });
    } else setState({ kind: 'problem', message: `upload.${outcome.kind}` });
  }

  function onImport(preview: Preview, fileName: string) {
    if (apply.isPending) return;
    apply.mutate(
      { ...preview.apply, fileName },
      {
        onSuccess: (result) => {
          setState({ kind: 'done', ...result });
          if (fileRef.current) fileRef.current.value = '';
        },
        onError: (error) => {
          const parsed = parseApiError(error);
          const message =
            parsed.kind !== 'conflict'
              ? 'importFailed'
              : parsed.reason === 'stale'
                ? 'conflict'
                : 'importLocked';
          setState({ kind: 'problem', message });
        },
        onSettled: () => {
          void refreshForm(queryClient, round);
          void queryClient.invalidateQueries({
            queryKey: capacityFormQueryOptions(round).queryKey,
          });
        },
      },
    );
  }

  function onCancel() {
    setState({ kind: 'problem', message: 'cancelled' });
  }

  const progress = state.kind === 'uploading' ? state.progress : null;
  return (
    <section className="workbook-upload" aria-labelledby="workbook-upload-heading">
      <h2 id="workbook-upload-heading">{t('spreadsheet.upload.heading')}</h2>
      <form className="upload-form" noValidate onSubmit={(e) => void onUpload(e)}>
        <div className="form-field">
          <label htmlFor={FILE_INPUT_ID}>{t('spreadsheet.upload.label')}</label>
          <p id={`${FILE_INPUT_ID}-hint`} className="field-hint">
            {t('spreadsheet.upload.hint')}
          </p>
          <input
            ref={fileRef}
            id={FILE_INPUT_ID}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${FILE_INPUT_ID}-hint`}
          />
        </div>
        <p className="actions">
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {t('spreadsheet.upload.button')}
          </button>
        </p>
      </form>
      <div className="upload-progress" aria-live="polite">
        {progress && (
          <>
            <p id="upload-progress-text">
              {progress.phase === 'sending'
                ? t('spreadsheet.upload.sending', { percent: progress.percent })
                : t('spreadsheet.upload.checking')}
            </p>
            <progress
              aria-label={t('spreadsheet.upload.progressLabel')}
              aria-describedby="upload-progress-text"
              max={100}
              // Without a value the bar shows "busy": the server's check has no percentage.
              value={progress.phase === 'sending' ? progress.percent : undefined}
            />
          </>
        )}
      </div>
      {state.kind === 'errors' && <ImportErrors ref={headingRef} errors={state.errors} />}
      {state.kind === 'preview' && (
        <ImportPreview
          ref={headingRef}
          preview={state.preview}
          importing={apply.isPending}
          onImport={() => onImport(state.preview, state.fileName)}
          onCancel={onCancel}
        />
      )}
      {state.kind === 'done' && (
        <p ref={messageRef} tabIndex={-1} className="import-done" role="status">
          {t('spreadsheet.done', { answers: state.answers })}
          {state.capacity && ` ${t('spreadsheet.doneCapacity')}`}
        </p>
      )}
      {state.kind === 'problem' && (
        <p
          ref={messageRef}
          tabIndex={-1}
          className={state.message === 'cancelled' ? 'import-cancelled' : 'form-alert'}
          role={state.message === 'cancelled' ? 'status' : 'alert'}
        >
          {t(`spreadsheet.${state.message}`)}
        </p>
      )}
    </section>
  );
}

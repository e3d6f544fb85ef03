import { NARRATIVE_MAX, type PlanChapterKey } from '@lagesbild/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseApiError } from '../forms/api-error';
import { ConflictTable } from '../components/conflict-table';
import { TextAreaField } from '../components/form-field';
import { formatInteger } from '../format';
import { trpc } from '../trpc';
import { checkNarrative } from './plan-helpers';
import { FormActions, FormAlert } from '../components/form-actions';

interface NarrativeProps {
  year: number;
  chapter: PlanChapterKey;
  number: number;
  text: string;
  version: number;
  /** ITD on a draft: the only case the text can change. */
  canEdit: boolean;
  onSaved: (message: string) => void;
}

/** The text as ITD wrote it: a blank line starts a new paragraph. */
function NarrativeText({ text }: { text: string }) {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p, i) => (
      <p key={i} className="plan-narrative-text">
        {p}
      </p>
    ));
}

/** ITD's comment under a chapter's computed text; a save over a newer version is a choice, never silent. */
export function NarrativeEditor(props: NarrativeProps) {
  const { year, chapter, number, text, canEdit, onSaved } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<{ version: number } | null>(null);
  const [value, setValue] = useState(text);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState('');
  const [conflict, setConflict] = useState<{ version: number; saved: string | null } | null>(null);
  const save = useMutation(trpc.plan.saveNarrative.mutationOptions());
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const id = `narrative-${chapter}`;
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing && !conflict) areaRef.current?.focus();
  }, [editing, conflict]);
  // Back where the reader started once the button is there again, so the keyboard does not fall to the top.
  useEffect(() => {
    if (!returnFocus.current || editing) return;
    returnFocus.current = false;
    openRef.current?.focus();
  }, [editing]);

  function open() {
    setValue(text);
    setError(undefined);
    setFormError('');
    setEditing({ version: props.version });
  }

  function close() {
    setEditing(null);
    setConflict(null);
    returnFocus.current = true;
  }

  function send(body: string, version: number) {
    save.mutate(
      { year, chapter, text: body, version },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.plan.pathKey() });
          onSaved(t('plan.narrative.saved', { number }));
          close();
        },
        onError: async (err) => {
          const parsed = parseApiError(err);
          const stale = parsed.kind === 'conflict' ? parsed.currentVersion : null;
          if (stale === null) return setFormError(t('plan.narrative.failed'));
          const fresh = await queryClient
            .fetchQuery({ ...trpc.plan.edition.queryOptions({ year }), staleTime: 0 })
            .catch(() => null);
          setConflict({
            version: fresh?.version ?? stale,
            saved: fresh ? (fresh.narratives[chapter] ?? '') : null,
          });
        },
      },
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing || save.isPending) return;
    if (checkNarrative(value) === 'tooLong') {
      setError(
        t('plan.narrative.tooLong', {
          length: formatInteger(value.length),
          max: formatInteger(NARRATIVE_MAX),
        }),
      );
      areaRef.current?.focus();
      return;
    }
    setError(undefined);
    send(value, editing.version);
  }

  return (
    <section className="plan-narrative" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('plan.narrative.heading')}</h3>
      {!editing &&
        (text.trim() ? <NarrativeText text={text} /> : <p>{t('plan.narrative.empty')}</p>)}
      {canEdit && !editing && (
        <p className="plan-controls">
          <button ref={openRef} type="button" className="button-secondary" onClick={open}>
            {text.trim() ? t('plan.narrative.editExisting') : t('plan.narrative.edit')}
          </button>
        </p>
      )}
      {editing && conflict && (
        <NarrativeConflict
          mine={value}
          saved={conflict.saved}
          onUseSaved={() => {
            setValue(conflict.saved ?? text);
            setEditing({ version: conflict.version });
            setConflict(null);
          }}
          onKeepMine={() => {
            setEditing({ version: conflict.version });
            setConflict(null);
            send(value, conflict.version);
          }}
        />
      )}
      {editing && !conflict && (
        <form className="plan-narrative-form plan-controls" noValidate onSubmit={onSubmit}>
          {formError && <FormAlert>{formError}</FormAlert>}
          <TextAreaField
            id={id}
            label={t('plan.narrative.label', { number })}
            hint={t('plan.narrative.hint', { max: formatInteger(NARRATIVE_MAX) })}
            error={error}
            textareaRef={areaRef}
            rows={8}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <FormActions
            pending={save.isPending}
            label={t('plan.narrative.save')}
            pendingLabel={t('plan.narrative.saving')}
            cancelLabel={t('plan.narrative.cancel')}
            onCancel={close}
          />
        </form>
      )}
    </section>
  );
}

function NarrativeConflict({
  mine,
  saved,
  onUseSaved,
  onKeepMine,
}: {
  mine: string;
  saved: string | null;
  onUseSaved: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="conflict-panel plan-controls">
      <h4 ref={headingRef} tabIndex={-1}>
        {t('plan.narrative.conflictHeading')}
      </h4>
      <p>{t('plan.narrative.conflictText')}</p>
      {saved !== null && (
        <ConflictTable
          caption={t('plan.narrative.conflictCaption')}
          columns={{
            field: t('plan.narrative.colField'),
            mine: t('plan.narrative.colMine'),
            saved: t('plan.narrative.colSaved'),
          }}
          rows={[{ label: t('plan.narrative.rowText'), mine, saved }]}
        />
      )}
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('plan.narrative.useSaved')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('plan.narrative.keepMine')}
        </button>
      </p>
    </div>
  );
}

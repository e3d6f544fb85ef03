import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../components/form-field';
import { useFocusRequest } from '../forms/use-focus-request';
import { trpc } from '../trpc';
import {
  fieldErrorsFromApi,
  findFirstInvalidOpenRoundField,
  toOpenRoundInput,
  validateOpenRound,
  type OpenRoundField,
  type OpenRoundFieldErrors,
  type OpenRoundValues,
} from './open-round-form';
import { suggestNextRoundCode } from './progress-summary';
import type { RoundSummary } from './types';
import { FormActions } from '../components/form-actions';

/** "Öppna ny omgång": offered only while no round is open, since only one may be open at a time. */
export function OpenRoundSection({
  rounds,
  onOpened,
}: {
  rounds: readonly RoundSummary[];
  onOpened: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const focus = useFocusRequest({ open: openRef });

  if (!open) {
    return (
      <section className="section" aria-labelledby="open-round-heading">
        <h2 id="open-round-heading">{t('rounds.open.heading')}</h2>
        <p>{t('rounds.open.noneOpen')}</p>
        <button ref={openRef} type="button" className="button" onClick={() => setOpen(true)}>
          {t('rounds.open.start')}
        </button>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="open-round-heading">
      <h2 id="open-round-heading">{t('rounds.open.heading')}</h2>
      <OpenRoundForm
        suggestedCode={suggestNextRoundCode(rounds)}
        onCancel={() => {
          setOpen(false);
          // The form goes away: focus returns to the button that opened it, once it is back.
          focus('open');
        }}
        onOpened={(round) => {
          onOpened(t('rounds.open.done', { round: round.code }));
          setOpen(false);
        }}
      />
    </section>
  );
}

function OpenRoundForm({
  suggestedCode,
  onCancel,
  onOpened,
}: {
  suggestedCode: string;
  onCancel: () => void;
  onOpened: (round: RoundSummary) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OpenRoundValues>({
    code: suggestedCode,
    startsOn: '',
    endsOn: '',
    deadline: '',
  });
  const [errors, setErrors] = useState<OpenRoundFieldErrors>({});
  const [failed, setFailed] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const startsOnRef = useRef<HTMLInputElement>(null);
  const endsOnRef = useRef<HTMLInputElement>(null);
  const deadlineRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focus = useFocusRequest<OpenRoundField | 'alert'>({
    code: codeRef,
    startsOn: startsOnRef,
    endsOn: endsOnRef,
    deadline: deadlineRef,
    alert: alertRef,
  });
  const create = useMutation(trpc.rounds.open.mutationOptions());

  function fail(fieldErrors: OpenRoundFieldErrors) {
    const first = findFirstInvalidOpenRoundField(fieldErrors);
    setErrors(fieldErrors);
    setFailed(first === null);
    focus(first ?? 'alert');
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const clientErrors = validateOpenRound(values);
    if (findFirstInvalidOpenRoundField(clientErrors)) return fail(clientErrors);
    create.mutate(toOpenRoundInput(values), {
      onSuccess: (round) => {
        void queryClient.invalidateQueries({ queryKey: trpc.rounds.pathKey() });
        onOpened(round);
      },
      onError: (error) => fail(fieldErrorsFromApi(error)),
    });
  }

  const field = (name: OpenRoundField) => ({
    id: `open-round-${name}`,
    name,
    required: true,
    label: t(`rounds.open.field.${name}`),
    error: errors[name] && t(`rounds.open.errors.${errors[name]}`),
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  return (
    <form className="round-form" noValidate onSubmit={onSubmit}>
      <p className="form-hint">{t('rounds.open.intro')}</p>
      {failed && (
        <div ref={alertRef} role="alert" tabIndex={-1} className="form-alert">
          {t('rounds.open.failed')}
        </div>
      )}
      <TextField
        {...field('code')}
        inputRef={codeRef}
        hint={t('rounds.open.field.codeHint')}
        autoComplete="off"
        spellCheck={false}
        // The form opens on the user's own click: typing can start at once.
        autoFocus
      />
      <TextField {...field('startsOn')} inputRef={startsOnRef} type="date" />
      <TextField {...field('endsOn')} inputRef={endsOnRef} type="date" />
      <TextField
        {...field('deadline')}
        inputRef={deadlineRef}
        type="date"
        hint={t('rounds.open.field.deadlineHint')}
      />
      <FormActions
        pending={create.isPending}
        label={t('rounds.open.submit')}
        pendingLabel={t('rounds.open.submitting')}
        cancelLabel={t('rounds.open.cancel')}
        onCancel={onCancel}
      />
    </form>
  );
}

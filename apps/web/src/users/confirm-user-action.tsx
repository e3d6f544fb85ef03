import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../api-types';
import { DialogModal } from '../components/dialog-modal';
import { findApiFieldIssues, parseApiError } from '../forms/api-error';
import { storeUser } from './cache';
import { formErrorOf } from './user-form';
import { FormAlert, PendingButton } from '../components/form-actions';

/** A refusal's message key under `users.errors`. */
export type UserRefusal =
  | 'ownPassword'
  | 'notLocalAccount'
  | 'ownSecondFactor'
  | 'noSecondFactor'
  | ReturnType<typeof formErrorOf>;

/**
 * Why an action on a user was refused, as a key under `users.errors`: someone changed the user first
 * (the saved one goes into the cache, and the person tries again), a field code the action names, or the
 * form's own message.
 */
function readRefusal(
  queryClient: QueryClient,
  failure: unknown,
  known: Readonly<Record<string, UserRefusal>>,
): UserRefusal {
  const parsed = parseApiError<ManagedUser>(failure);
  if (parsed.kind === 'conflict' && parsed.saved) {
    storeUser(queryClient, parsed.saved);
    return 'failed';
  }
  const code = findApiFieldIssues(failure).find((issue) => issue.code in known)?.code;
  return code ? known[code]! : formErrorOf(failure);
}

/** What a dialog that acts on one user is given: the user, a way out, and where to say what it did. */
export interface UserActionDialogProps {
  user: ManagedUser;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * One action on one user (reset a password or a second factor, disable or enable): one call at a time,
 * and a refusal read through `readRefusal` with the action's own `refusals`. With `onChanged`, a user
 * someone changed first is not a refusal: the saved one goes into the cache and is handed over.
 */
export function useUserAction<Data, Failure, Variables, Context>(
  options: UseMutationOptions<Data, Failure, Variables, Context>,
  refusals: Readonly<Record<string, UserRefusal>> = {},
) {
  const queryClient = useQueryClient();
  const mutation = useMutation(options);
  const [error, setError] = useState<UserRefusal | null>(null);

  function run(
    variables: Variables,
    onSuccess: (data: Data) => void,
    onChanged?: (saved: ManagedUser) => void,
  ) {
    if (mutation.isPending) return;
    setError(null);
    mutation.mutate(variables, {
      onSuccess,
      onError: (failure) => {
        const parsed = parseApiError<ManagedUser>(failure);
        if (onChanged && parsed.kind === 'conflict' && parsed.saved) {
          storeUser(queryClient, parsed.saved);
          onChanged(parsed.saved);
          return;
        }
        setError(readRefusal(queryClient, failure, refusals));
      },
    });
  }

  return { run, error, pending: mutation.isPending, queryClient };
}

/**
 * An action on a user that is asked for first (it signs the person out): the texts under `keys`
 * (title, text, confirm, cancel), the refusal if any, and focus on cancel so Enter never acts by mistake.
 */
export function ConfirmUserAction({
  user,
  keys,
  error,
  pending,
  onConfirm,
  onClose,
}: {
  user: ManagedUser;
  keys: 'users.resetDialog' | 'users.resetSecondFactorDialog' | 'users.disableDialog';
  error: UserRefusal | null;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <DialogModal
      title={t(`${keys}.title`, { name: user.name })}
      role="alertdialog"
      onClose={onClose}
    >
      <p>{t(`${keys}.text`, { name: user.name })}</p>
      {error && <FormAlert>{t(`users.errors.${error}`)}</FormAlert>}
      <p className="actions">
        <PendingButton pending={pending} label={t(`${keys}.confirm`)} danger onClick={onConfirm} />
        {/* Focus starts here, so Enter on the opened dialog never acts by mistake. */}
        <button type="button" className="button-secondary" onClick={onClose} autoFocus>
          {t(`${keys}.cancel`)}
        </button>
      </p>
    </DialogModal>
  );
}

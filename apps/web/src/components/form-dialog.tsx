import type { FormEvent, ReactNode, Ref } from 'react';
import { Announcement } from './announcement';
import { DialogModal } from './dialog-modal';
import { FormActions, FormAlert } from './form-actions';

/**
 * The shell of every form in a dialog: the form's failure as an alert, the error summary, the
 * fields, then submit and cancel. A conflict, when there is one, stands in the form's place.
 */
export function FormDialog({
  title,
  onClose,
  className,
  onSubmit,
  intro,
  alert,
  alertId,
  alertRef,
  summary,
  note,
  conflict,
  submitLabel,
  danger = false,
  pending,
  pendingLabel,
  cancelLabel,
  children,
}: {
  title: string;
  onClose: () => void;
  className: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** Above the alert: what the form is for. */
  intro?: ReactNode;
  /** Why the last submit failed, when it is not about one field. */
  alert?: string | null;
  /** Lets focus be moved to the alert. */
  alertId?: string;
  alertRef?: Ref<HTMLDivElement>;
  summary?: ReactNode;
  /** Said politely above the form (e.g. "the form shows the saved version now"); kept in place. */
  note?: string;
  conflict?: ReactNode;
  submitLabel: string;
  /** The submit does what cannot be undone. */
  danger?: boolean;
  pending: boolean;
  /** The submit's text while the call runs; the submit's own when not given. */
  pendingLabel?: string;
  cancelLabel: string;
  children: ReactNode;
}) {
  return (
    <DialogModal title={title} onClose={onClose}>
      {note !== undefined && <Announcement text={note} />}
      {conflict ?? (
        <form className={className} noValidate onSubmit={onSubmit}>
          {intro}
          {alert && (
            <FormAlert id={alertId} alertRef={alertRef}>
              {alert}
            </FormAlert>
          )}
          {summary}
          {children}
          <FormActions
            pending={pending}
            label={submitLabel}
            pendingLabel={pendingLabel}
            danger={danger}
            cancelLabel={cancelLabel}
            onCancel={onClose}
          />
        </form>
      )}
    </DialogModal>
  );
}

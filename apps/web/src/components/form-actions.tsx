import type { ReactNode, Ref } from 'react';

/**
 * Why the last submit failed, when no one field is to blame: announced at once, and focusable (through
 * `alertRef` or `id`) so focus can be moved to it.
 */
export function FormAlert({
  id,
  alertRef,
  children,
}: {
  id?: string;
  alertRef?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    <div
      id={id}
      ref={alertRef}
      role="alert"
      tabIndex={id || alertRef ? -1 : undefined}
      className="form-alert"
    >
      {children}
    </div>
  );
}

/**
 * A button that starts a call: a form's submit, or with `onClick` a button of its own. It stays
 * focusable and clickable while the call runs (aria-disabled, not disabled), so focus is not lost; the
 * caller ignores a second press and the text says the call is under way.
 */
export function PendingButton({
  pending,
  label,
  pendingLabel,
  danger = false,
  className = danger ? 'button button-danger' : 'button',
  onClick,
}: {
  pending: boolean;
  label: string;
  /** The text while the call runs; the label's own when not given. */
  pendingLabel?: string;
  /** The press does what cannot be undone. */
  danger?: boolean;
  className?: string;
  onClick?: () => void;
}) {
  return (
    <button
      type={onClick ? 'button' : 'submit'}
      className={className}
      aria-disabled={pending || undefined}
      onClick={onClick}
    >
      {pending ? (pendingLabel ?? label) : label}
    </button>
  );
}

/** A form's submit and, with `onCancel`, its way out beside it, at the form's end. */
export function FormActions({
  cancelLabel,
  onCancel,
  ...submit
}: Parameters<typeof PendingButton>[0] & { cancelLabel?: string; onCancel?: () => void }) {
  return (
    <p className="actions">
      <PendingButton {...submit} />
      {onCancel && (
        <button type="button" className="button-secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </p>
  );
}

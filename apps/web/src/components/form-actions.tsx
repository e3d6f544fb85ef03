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
 * A form's submit: it stays focusable and clickable while the call runs (aria-disabled, not disabled),
 * so focus is not lost; the form ignores a second submit and the text says it is under way.
 */
export function SubmitButton({
  pending,
  label,
  pendingLabel,
  danger = false,
}: {
  pending: boolean;
  label: string;
  /** The text while the call runs; the label's own when not given. */
  pendingLabel?: string;
  danger?: boolean;
}) {
  return (
    <button
      type="submit"
      className={danger ? 'button button-danger' : 'button'}
      aria-disabled={pending || undefined}
    >
      {pending ? (pendingLabel ?? label) : label}
    </button>
  );
}

/** A form's submit and its way out, side by side at the form's end. */
export function FormActions({
  cancelLabel,
  onCancel,
  ...submit
}: Parameters<typeof SubmitButton>[0] & { cancelLabel: string; onCancel: () => void }) {
  return (
    <p className="actions">
      <SubmitButton {...submit} />
      <button type="button" className="button-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </p>
  );
}

import type { ButtonHTMLAttributes } from 'react';

/**
 * A button in a table row. Its text names the row's record too, for a screen reader's list of buttons
 * ("Ändra Nytt ekonomisystem"), while the eye reads only the label.
 */
export function RowAction({
  label,
  subject,
  className = 'button-secondary',
  ...button
}: {
  label: string;
  subject: string;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type'>) {
  return (
    <button type="button" className={className} {...button}>
      {label}
      <span className="visually-hidden"> {subject}</span>
    </button>
  );
}

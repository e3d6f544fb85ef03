/**
 * A polite live region for what a page or form just did ("Sparat", "Användaren är inaktiverad"). It is
 * always in the page, even empty, so screen readers hear each change to it.
 */
export function Announcement({ text }: { text: string | undefined }) {
  return (
    <p className="form-success" aria-live="polite">
      {text}
    </p>
  );
}

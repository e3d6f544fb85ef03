import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The input's id: the link moves focus there. */
  id: string;
  text: string;
}

/** Every field in error at the top of a form, each a link that takes focus to its input. */
export function ErrorSummary({
  id,
  heading,
  text,
  items,
  headingLevel = 3,
  takeFocus = false,
}: {
  /** Names the summary; its heading gets `${id}-heading`. */
  id: string;
  heading: string;
  text?: string;
  items: readonly ErrorSummaryItem[];
  headingLevel?: 2 | 3;
  /** Move focus to the summary when it appears (forms that do not focus the first field). */
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus && items.length > 0) ref.current?.focus();
  }, [takeFocus, items]);
  if (items.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={takeFocus ? -1 : undefined}
      aria-labelledby={`${id}-heading`}
    >
      <Heading id={`${id}-heading`}>{heading}</Heading>
      {text && <p>{text}</p>}
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              // The browser would only scroll to the input: focus lets the user fix it at once.
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(item.id)?.focus();
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

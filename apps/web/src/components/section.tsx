import type { ReactNode } from 'react';

/**
 * A part of a page, named by its heading (`aria-labelledby`) so assistive technology lists it as a
 * region; `className` defaults to the page rhythm of `section`.
 */
export function Section({
  headingId,
  heading,
  className = 'section',
  level = 2,
  children,
}: {
  headingId: string;
  heading: ReactNode;
  className?: string;
  /** 3 for a section inside another one. */
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className} aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';

/**
 * A wide table in a box that scrolls sideways on small screens. The box is focusable and named so
 * keyboard users can scroll it too (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

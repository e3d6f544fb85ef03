import type { ReactNode } from 'react';
import { ScrollTable } from './scroll-table';

/**
 * A column header: its text, or a label with a class (`num` right-aligns a numeric column). A matrix's
 * top-left `corner` heads nothing, so it is a plain cell. `false` or `null` leaves the column out, for a column only
 * some readers see (an edit button's).
 */
export type Column =
  string | { label: ReactNode; className?: string; corner?: boolean } | false | null;

interface DataTableProps {
  caption: string;
  /** The scroll box's name, when it should differ from the caption. */
  label?: string;
  /** Classes beside `data-table`. */
  className?: string;
  /** `visually-hidden` where a heading above already shows the caption. */
  captionClassName?: string;
  columns: readonly Column[];
  /** The body's rows, each led by its `th scope="row"`. */
  children?: ReactNode;
  /** For rows in labelled groups: the `tbody` elements themselves, in place of `children`. */
  rowGroups?: ReactNode;
  /** The footer's rows (a total). */
  foot?: ReactNode;
}

/**
 * The one way to draw a data table: captioned, its columns headed with `scope="col"`, in a box that
 * scrolls sideways on a small screen and that keyboard users can scroll too.
 */
export function DataTable({
  caption,
  label = caption,
  className,
  captionClassName,
  columns,
  children,
  rowGroups,
  foot,
}: DataTableProps) {
  return (
    <ScrollTable label={label}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={captionClassName}>{caption}</caption>
        <thead>
          <tr>{columns.map(renderColumn)}</tr>
        </thead>
        {rowGroups ?? <tbody>{children}</tbody>}
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </ScrollTable>
  );
}

function renderColumn(column: Column, index: number) {
  if (column === false || column === null) return null;
  if (typeof column === 'string') {
    return (
      <th key={index} scope="col">
        {column}
      </th>
    );
  }
  if (column.corner) {
    return (
      <td key={index} className={column.className}>
        {column.label}
      </td>
    );
  }
  return (
    <th key={index} scope="col" className={column.className}>
      {column.label}
    </th>
  );
}

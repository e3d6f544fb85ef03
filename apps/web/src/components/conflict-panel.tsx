import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { ConflictTable, type ConflictRow } from './conflict-table';

/** Catalogue sections with a conflict's texts: heading, caption, column heads and the two choices. */
type TableMessages =
  | 'ai.conflict'
  | 'benefits.conflict'
  | 'factors.conflict'
  | 'needs.conflict'
  | 'report.conflict'
  | 'review.conflict'
  | 'scenarioEdit.conflict'
  | 'users.conflict';

type ConflictPanelProps = {
  /** The sentence under the heading: who saved, and when, where the feature knows. */
  text: string;
  /** The caption when the feature's takes a value (the capability's name …). */
  caption?: string;
  /** Marks a differing row's heading, for a table of many rows. */
  differsMark?: string;
  headingLevel?: 2 | 3 | 4;
  /** Where the panel stands among others (one per capability): it is a group named by its heading. */
  groupId?: string;
  className?: string;
  onUseSaved: () => void;
  onKeepMine: () => void;
} & (
  | {
      messages: TableMessages;
      /** What the user entered beside what is saved now; null when the saved values are not known. */
      rows: readonly ConflictRow[] | null;
    }
  /** Capacity names who saved and when, with no values to compare. */
  | { messages: 'capacity.conflict'; rows?: undefined }
);

/**
 * Someone saved first: both versions side by side, and the choice of which one stands. Every
 * feature shows it the same way, with "use the saved" first.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { text, caption, differsMark, headingLevel = 3, groupId, className, onUseSaved } = props;
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  const Heading = `h${headingLevel}` as const;
  const m = props.messages;
  return (
    <div
      className={className ? `conflict-panel ${className}` : 'conflict-panel'}
      role={groupId ? 'group' : undefined}
      aria-labelledby={groupId}
    >
      <Heading id={groupId} ref={headingRef} tabIndex={-1}>
        {t(`${m}.heading`)}
      </Heading>
      <p>{text}</p>
      {props.rows && props.rows.length > 0 && (
        <ConflictTable
          caption={caption ?? t(`${props.messages}.caption`)}
          columns={{
            field: t(`${props.messages}.colField`),
            mine: t(`${props.messages}.colMine`),
            saved: t(`${props.messages}.colSaved`),
          }}
          rows={props.rows}
          differsMark={differsMark}
        />
      )}
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t(`${m}.useSaved`)}
        </button>
        <button type="button" className="button" onClick={props.onKeepMine}>
          {t(`${m}.keepMine`)}
        </button>
      </p>
    </div>
  );
}

/** The panel's sentence where the record keeps who saved it and when; unknown when not read again. */
export function describeSavedBy(
  t: TFunction,
  messages: 'capacity.conflict' | 'factors.conflict' | 'needs.conflict' | 'scenarioEdit.conflict',
  saved: { updatedBy: string | null; updatedAt: string | null } | null,
): string {
  return saved?.updatedBy && saved.updatedAt
    ? t(`${messages}.text`, { who: saved.updatedBy, when: formatDateTime(saved.updatedAt) })
    : t(`${messages}.textUnknown`);
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeValues } from './describe-values';
import type { CardValues } from './report-values';
import type { ReportItemData } from './types';

interface CardConflictProps {
  capabilityName: string;
  levels: ReportItemData['levels'];
  mine: CardValues;
  saved: CardValues;
  onUseSaved: () => void;
  onKeepMine: () => void;
}

/** Someone saved this card first: both answers side by side, and the choice of which one stands. */
export function CardConflict({
  capabilityName,
  levels,
  mine,
  saved,
  onUseSaved,
  onKeepMine,
}: CardConflictProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The save button is gone behind this choice: start reading at the panel's heading.
  useEffect(() => headingRef.current?.focus(), []);
  const mineRows = describeValues(t, levels, mine);
  const savedRows = describeValues(t, levels, saved);
  return (
    <div className="conflict-panel">
      <h4 ref={headingRef} tabIndex={-1}>
        {t('report.conflict.heading')}
      </h4>
      <p>{t('report.conflict.text')}</p>
      <table className="data-table conflict-table">
        <caption>{t('report.conflict.caption', { name: capabilityName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.conflict.colField')}</th>
            <th scope="col">{t('report.conflict.colMine')}</th>
            <th scope="col">{t('report.conflict.colSaved')}</th>
          </tr>
        </thead>
        <tbody>
          {mineRows.map((row, i) => {
            const savedValue = savedRows[i]?.value ?? '';
            const differs = row.value !== savedValue;
            return (
              <tr key={row.label} data-differs={differs || undefined}>
                <th scope="row">
                  {row.label}
                  {differs && <span className="differs-mark"> {t('report.conflict.differs')}</span>}
                </th>
                <td>{row.value}</td>
                <td>{savedValue}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="actions">
        <button type="button" className="button-secondary" onClick={onUseSaved}>
          {t('report.conflict.useSaved')}
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          {t('report.conflict.keepMine')}
        </button>
      </p>
    </div>
  );
}

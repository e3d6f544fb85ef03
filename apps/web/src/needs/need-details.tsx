import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { describeNeed, DESCRIBED_PARTS } from './describe-need';
import { nameUnits } from './register';
import type { NeedData, NeedRegisterData } from './types';

// The table's columns already show these; the details add the rest.
const SHOWN_IN_ROW = new Set(['title', 'ownerUnits', 'years', 'risk', 'priority', 'status']);

/** Everything about one need: lifts, staff, benefits, dependencies, constraints, decision, history. */
export function NeedDetails({ need, register }: { need: NeedData; register: NeedRegisterData }) {
  const { t } = useTranslation();
  const parts = describeNeed(t, need, register);
  return (
    <dl className="need-details">
      {DESCRIBED_PARTS.filter((part) => !SHOWN_IN_ROW.has(part)).map((part) => (
        <div key={part}>
          <dt>{t(`needs.part.${part}`)}</dt>
          <dd>{parts[part]}</dd>
        </div>
      ))}
      {need.proposedByUnit && (
        <div>
          <dt>{t('needs.details.proposedBy')}</dt>
          <dd>{nameUnits([need.proposedByUnit], register.units)[0]}</dd>
        </div>
      )}
      {need.decisionReason && (
        <div>
          <dt>{t('needs.details.decisionReason')}</dt>
          <dd>{need.decisionReason}</dd>
        </div>
      )}
      <div>
        <dt>{t('needs.details.lastChanged')}</dt>
        <dd>
          {t('needs.details.changedBy', {
            who: need.updatedBy,
            when: formatDateTime(need.updatedAt),
          })}
        </dd>
      </div>
    </dl>
  );
}

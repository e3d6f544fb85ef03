import { useTranslation } from 'react-i18next';
import { AsOf } from '../components/as-of';
import { formatDate } from '../format';
import type { BenefitRegisterData } from './types';

/** The follow-ups past due, each with the unit that must measure. */
export function OverdueList({ register }: { register: BenefitRegisterData }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="benefits-overdue-heading">
      <h2 id="benefits-overdue-heading">{t('benefits.overdue.heading')}</h2>
      <p>
        <AsOf day={register.asOf} />
      </p>
      {register.overdue.length === 0 ? (
        <p>{t('benefits.overdue.none')}</p>
      ) : (
        <ul className="benefit-overdue-list">
          {register.overdue.map((o) => (
            <li key={o.benefitCode}>
              {t('benefits.overdue.item', {
                unit: o.unit.name,
                board: o.board,
                title: o.title,
                date: formatDate(o.dueDate),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

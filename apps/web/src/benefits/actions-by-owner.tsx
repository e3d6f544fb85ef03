import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import type { ActionOwnerCode, BenefitActionData, BenefitRegisterData } from './types';

const OWNERS: ActionOwnerCode[] = ['servicenamnden', 'kommunstyrelsen'];

/** Q4's second question: what servicenämnden and KS each can do, open actions first. */
export function ActionsByOwner({
  register,
  onEdit,
}: {
  register: BenefitRegisterData;
  onEdit: ((action: BenefitActionData) => void) | null;
}) {
  const { t } = useTranslation();
  const titleOf = new Map(register.benefits.map((b) => [b.code, b.title]));
  return (
    <section aria-labelledby="benefits-actions-heading" className="benefit-actions">
      <h2 id="benefits-actions-heading">{t('benefits.actions.heading')}</h2>
      <div className="benefit-owner-columns">
        {OWNERS.map((owner) => {
          const actions = register.actions
            .filter((a) => a.owner === owner)
            .sort((a, b) => Number(a.done) - Number(b.done) || a.dueDate.localeCompare(b.dueDate));
          return (
            <section key={owner} aria-labelledby={`benefits-owner-${owner}`}>
              <h3 id={`benefits-owner-${owner}`}>{t(`benefits.actions.ownerHeading.${owner}`)}</h3>
              {actions.length === 0 ? (
                <p>{t('benefits.actions.none')}</p>
              ) : (
                <ul className="benefit-action-list">
                  {actions.map((a) => (
                    <li key={a.id} className={a.done ? 'is-done' : undefined}>
                      <strong>{a.description}</strong>
                      <br />
                      {t('benefits.actions.forBenefit', {
                        title: titleOf.get(a.benefitCode) ?? a.benefitCode,
                      })}
                      <br />
                      {a.done
                        ? t('benefits.actions.done')
                        : t('benefits.actions.due', { date: formatDate(a.dueDate) })}
                      {onEdit && (
                        <>
                          {' '}
                          <button type="button" className="link-button" onClick={() => onEdit(a)}>
                            {t('benefits.actions.edit')}
                            <span className="visually-hidden">: {a.description}</span>
                          </button>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

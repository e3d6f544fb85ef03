import { formatPlanText, type PlanEdition, type PlanLocale } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format';
import { chapterAnchor } from './plan-chapter';

/** The edition's title, status, downloads, print and (ITD on a draft) publish, then the contents. */
export function PlanHeader({
  edition,
  lang,
  canPublish,
  onPublish,
}: {
  edition: PlanEdition;
  lang: PlanLocale;
  canPublish: boolean;
  onPublish: () => void;
}) {
  const { t } = useTranslation();
  const { year, content } = edition;
  const status =
    edition.status === 'published'
      ? t('plan.edition.publishedStatus', {
          date: formatDateTime(edition.publishedAt ?? edition.updatedAt),
          name: edition.publishedBy ?? '',
        })
      : t('plan.edition.draftStatus', { generatedAt: formatDateTime(content.generatedAt) });
  return (
    <header className="plan-header">
      <h1>{t('plan.edition.heading', { year })}</h1>
      <p className="plan-org">{content.organisationName}</p>
      <p className={`plan-status plan-status-${edition.status}`} data-testid="plan-status">
        {status}
      </p>
      <p>
        {content.roundCode
          ? t('plan.edition.round', { round: content.roundCode })
          : t('plan.edition.noRound')}
      </p>
      <div
        className="plan-actions plan-controls"
        role="group"
        aria-label={t('plan.edition.downloads')}
      >
        <a className="button-secondary" href={`/export/plan/${year}.docx`} download>
          {t('plan.edition.downloadWord', { year })}
        </a>
        <a className="button-secondary" href={`/export/plan/${year}.json`} download>
          {t('plan.edition.downloadJson')}
        </a>
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          {t('plan.edition.print')}
        </button>
        {canPublish && (
          <button type="button" className="button" onClick={onPublish}>
            {t('plan.publish.open')}
          </button>
        )}
      </div>
      <nav aria-labelledby="plan-toc-heading" className="plan-toc">
        <h2 id="plan-toc-heading">{t('plan.edition.toc')}</h2>
        <ul>
          <li className="plan-toc-coverage">
            <a href="#coverage">{t('plan.edition.coverageLink')}</a>
          </li>
          {content.chapters.map((c, i) => (
            <li key={c.key}>
              <a href={`#${chapterAnchor(c.key)}`}>
                {t('plan.edition.chapterHeading', {
                  number: i + 1,
                  title: formatPlanText(lang, `${c.key}.title`),
                })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

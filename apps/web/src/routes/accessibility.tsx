import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { useSessionUser } from '../auth/session';
import { usePageTitle } from '../components/page-title';
import { formatDate } from '../format';
import { trpc } from '../trpc';

/** When this statement was written and last reviewed; update it with every accessibility review. */
const STATEMENT_DATE = '2026-11-27';
const DIGG_URL = 'https://www.digg.se/';

const GAPS = ['charts', 'language', 'tables', 'testing'] as const;

/** Tillgänglighetsredogörelse, following DIGG's model statement. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('a11y.title'));
  // Readable without signing in: the organisation's name is only asked for with a session.
  const signedIn = Boolean(useSessionUser().data);
  const context = useQuery({ ...trpc.maturity.overview.queryOptions({}), enabled: signedIn });
  const org = context.data?.organisation.name ?? t('app.name');
  const email = t('a11y.email');
  const mail = <a href={`mailto:${email}`} />;

  return (
    <div className="page prose">
      <h1>{t('a11y.heading')}</h1>
      <p className="lead">{t('a11y.intro', { org })}</p>

      <h2>{t('a11y.howHeading')}</h2>
      <p>{t('a11y.how')}</p>

      <h3>{t('a11y.chartsHeading')}</h3>
      <p>{t('a11y.charts')}</p>

      <h2>{t('a11y.accessibleHeading')}</h2>
      <p>
        <Trans i18nKey="a11y.accessible" values={{ email }} components={{ mail }} />
      </p>

      <h2>{t('a11y.reportHeading')}</h2>
      <p>
        <Trans i18nKey="a11y.report" values={{ email }} components={{ mail }} />
      </p>

      <h2>{t('a11y.supervisionHeading')}</h2>
      <p>
        <Trans i18nKey="a11y.supervision" components={{ digg: <a href={DIGG_URL} /> }} />
      </p>

      <h2>{t('a11y.technicalHeading')}</h2>
      <p>{t('a11y.technical')}</p>

      <h3>{t('a11y.gapsHeading')}</h3>
      <ul>
        {GAPS.map((gap) => (
          <li key={gap}>{t(`a11y.gaps.${gap}`)}</li>
        ))}
      </ul>

      <h2>{t('a11y.methodHeading')}</h2>
      <p>{t('a11y.method')}</p>
      <p>{t('a11y.dates', { date: formatDate(STATEMENT_DATE) })}</p>
    </div>
  );
}

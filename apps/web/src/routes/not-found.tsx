import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageMessage } from '../components/states';

/** An address the dashboard does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  const path = useLocation({ select: (l) => l.pathname });
  return (
    <PageMessage title={t('state.notFoundTitle')}>
      <p>{t('state.notFoundText', { path })}</p>
      <p>
        <Link to="/">{t('state.backToOverview')}</Link>
      </p>
    </PageMessage>
  );
}

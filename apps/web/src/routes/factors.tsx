import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title';

// Placeholder page until the register is built.
export function FactorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('factors.title'));
  return (
    <div className="page">
      <h1>{t('factors.title')}</h1>
    </div>
  );
}

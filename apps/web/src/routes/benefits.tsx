import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title';

// Placeholder page until the register is built.
export function BenefitsPage() {
  const { t } = useTranslation();
  usePageTitle(t('benefits.title'));
  return (
    <div className="page">
      <h1>{t('benefits.title')}</h1>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../components/page-title';

// Placeholder page until the register is built.
export function AiPage() {
  const { t } = useTranslation();
  usePageTitle(t('ai.title'));
  return (
    <div className="page">
      <h1>{t('ai.title')}</h1>
    </div>
  );
}

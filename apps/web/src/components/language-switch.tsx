import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';

/** One button naming the other language in that language: "English" on Swedish pages and back. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const target = currentLanguage() === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="language-switch"
      lang={t('app.switchLanguageLang')}
      onClick={() => void changeLanguage(target)}
    >
      {t('app.switchLanguage')}
    </button>
  );
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enCatalogue, svCatalogue } from './catalogues';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lagesbild.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function readStoredLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Private browsing or a blocked storage: fall back to Swedish.
    return null;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: svCatalogue }, en: { translation: enCatalogue } },
  lng: readStoredLanguage() ?? 'sv',
  fallbackLng: 'sv',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  initAsync: false,
});

function syncDocumentLanguage(language: string) {
  // No document in unit tests of the text helpers.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.resolvedLanguage ?? 'sv');
i18n.on('languageChanged', syncDocumentLanguage);

/** Switches the interface language, remembers it and sets `<html lang>`. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

export function currentLanguage(): Language {
  const lang = i18n.resolvedLanguage;
  return isLanguage(lang) ? lang : 'sv';
}

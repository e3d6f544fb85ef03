import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogueBackend, loadCatalogueParts, type CataloguePart } from './load-catalogue';
import * as svCore from './sv-core';

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

/**
 * Settles once the chosen language's texts are in: at once for Swedish, whose first-route texts
 * ship with it; English is fetched first when it was chosen on an earlier visit.
 */
export const i18nReady = i18n
  .use(catalogueBackend)
  .use(initReactI18next)
  .init({
    // A copy: the pages' parts are added to it, and the imported JSON must stay as it is.
    resources: { sv: { translation: { ...svCore } } },
    // The first route's Swedish is bundled; the rest comes from the backend (see load-catalogue.ts).
    partialBundledLanguages: true,
    lng: readStoredLanguage() ?? 'sv',
    fallbackLng: 'sv',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    // Re-render when a part arrives, so a text shown before its part loaded does not stay a key.
    react: { bindI18nStore: 'added' },
    // Swedish is in the store already, so it is ready at once (unit tests of text helpers rely on it).
    initAsync: false,
  });

function syncDocumentLanguage(language: string) {
  // No document in unit tests of the text helpers.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
void i18nReady.then(() => syncDocumentLanguage(i18n.resolvedLanguage ?? 'sv'));
i18n.on('languageChanged', syncDocumentLanguage);

/** Loads the texts of pages beyond the overview (see load-catalogue.ts); their routes wait for it. */
export function loadTexts(...which: CataloguePart[]): Promise<void> {
  return loadCatalogueParts(i18n, which);
}

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

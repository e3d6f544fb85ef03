import { i18n } from '../i18n';

/** An FTE total in the reader's language: 1,5 in Swedish, 1.5 in English. */
export function formatFte(value: number): string {
  const locale = i18n.resolvedLanguage === 'en' ? 'en-GB' : 'sv-SE';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The locale form inputs write numbers in, so "1,5" is what a Swedish reader sees and types. */
export function findInputLocale(): string {
  return i18n.resolvedLanguage === 'en' ? 'en-GB' : 'sv-SE';
}

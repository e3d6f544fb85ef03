/** Texts of the factors chapter, keys prefixed 'factors.'. */
export const factorsTexts = {
  sv: {
    'factors.title': 'TODO',
  },
  en: {
    'factors.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

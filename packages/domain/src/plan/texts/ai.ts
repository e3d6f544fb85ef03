/** Texts of the ai chapter, keys prefixed 'ai.'. */
export const aiTexts = {
  sv: {
    'ai.title': 'TODO',
  },
  en: {
    'ai.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

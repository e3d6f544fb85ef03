/** Texts of the investments chapter, keys prefixed 'investments.'. */
export const investmentsTexts = {
  sv: {
    'investments.title': 'TODO',
  },
  en: {
    'investments.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

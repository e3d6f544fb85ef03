/** Texts of the comparison chapter, keys prefixed 'comparison.'. */
export const comparisonTexts = {
  sv: {
    'comparison.title': 'TODO',
  },
  en: {
    'comparison.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

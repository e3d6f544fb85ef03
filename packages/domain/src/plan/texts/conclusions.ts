/** Texts of the conclusions chapter, keys prefixed 'conclusions.'. */
export const conclusionsTexts = {
  sv: {
    'conclusions.title': 'TODO',
  },
  en: {
    'conclusions.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

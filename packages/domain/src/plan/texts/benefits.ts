/** Texts of the benefits chapter, keys prefixed 'benefits.'. */
export const benefitsTexts = {
  sv: {
    'benefits.title': 'TODO',
  },
  en: {
    'benefits.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

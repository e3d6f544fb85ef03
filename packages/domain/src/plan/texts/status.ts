/** Texts of the status chapter, keys prefixed 'status.'. */
export const statusTexts = {
  sv: {
    'status.title': 'TODO',
  },
  en: {
    'status.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

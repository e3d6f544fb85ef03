/** Texts of the capacity chapter, keys prefixed 'capacity.'. */
export const capacityTexts = {
  sv: {
    'capacity.title': 'TODO',
  },
  en: {
    'capacity.title': 'TODO',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

/**
 * Texts every chapter shares: unit suffixes ('unit.'), labels for coded cells ('label.') and the coverage
 * panel ('coverage.': statuses, rules, metrics, missing data, suppliers).
 */
export const commonTexts = {
  sv: {
    'unit.tkr': 'tkr',
    'unit.mnkr': 'mnkr',
    'unit.fte': 'årsarbetare',
    'unit.percent': '%',
    'unit.level': 'nivå',
    'unit.score': 'poäng',
  },
  en: {
    'unit.tkr': 'SEK k',
    'unit.mnkr': 'SEK m',
    'unit.fte': 'FTE',
    'unit.percent': '%',
    'unit.level': 'level',
    'unit.score': 'points',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

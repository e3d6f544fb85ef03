/** Texts of the factors chapter, keys prefixed 'factors.'. Wording follows the /faktorer page. */
export const factorsTexts = {
  sv: {
    'factors.title': 'Kritiska faktorer',
    'factors.none':
      'Inga kritiska faktorer är registrerade ännu, så riskerna för genomförandet är inte beskrivna.',
    'factors.summary':
      'Av {{total}} faktorer som är öppna eller åtgärdas ligger {{critical}} på kritisk nivå (20–25 poäng), {{high}} på hög nivå (10–16), {{medium}} på medelnivå (5–9) och {{low}} på låg nivå (1–4). Poängen är sannolikhet gånger konsekvens.',
    'factors.closed': '{{count}} stängda faktorer räknas inte in.',
    'factors.closed_one': '{{count}} stängd faktor räknas inte in.',
    'factors.topUp':
      'Nr {{rank}}: {{title}}, {{score}} poäng (upp {{change}} sedan {{previous}}), ägare {{owner}}.',
    'factors.topDown':
      'Nr {{rank}}: {{title}}, {{score}} poäng (ned {{change}} sedan {{previous}}), ägare {{owner}}.',
    'factors.topSame':
      'Nr {{rank}}: {{title}}, {{score}} poäng (oförändrad sedan {{previous}}), ägare {{owner}}.',
    'factors.topNew': 'Nr {{rank}}: {{title}}, {{score}} poäng (ny i omgången), ägare {{owner}}.',
    'factors.mitigation': 'Åtgärder för {{title}}: {{mitigation}}',
    'factors.mitigationMissing': 'För {{title}} är inga åtgärder beskrivna.',
    'factors.risenNone': 'Ingen öppen faktor har fått högre poäng sedan omgången före.',
    'factors.risen': '{{count}} faktorer har fått högre poäng sedan omgången före:',
    'factors.risen_one': 'En faktor har fått högre poäng sedan omgången före:',
    'factors.risenItem': '{{title}}, från {{from}} till {{to}} poäng.',
    'factors.trendSeries':
      'I diagrammet är nr {{rank}} {{title}}: {{from}} poäng i {{first}} och {{to}} i {{last}}.',
    'factors.trendSeriesNew':
      'I diagrammet är nr {{rank}} {{title}}: bedömd första gången i {{last}}, med {{to}} poäng.',
    'factors.figure.active': 'Öppna faktorer',
    'factors.figure.critical': 'Kritiska faktorer',
    'factors.figure.high': 'Höga faktorer',
    'factors.figure.risen': 'Faktorer som stigit',
    'factors.table.top': 'De fem största faktorerna och förändringen sedan omgången före',
    'factors.table.top.factor': 'Faktor',
    'factors.table.top.kind': 'Typ',
    'factors.table.top.score': 'Poäng',
    'factors.table.top.change': 'Förändring',
    'factors.table.top.owner': 'Ägare',
    'factors.table.top.status': 'Status',
    'factors.table.trend': 'Poäng per omgång för de fem största faktorerna',
    'factors.table.trend.round': 'Omgång',
    'factors.table.trend.rank1': 'Nr 1',
    'factors.table.trend.rank2': 'Nr 2',
    'factors.table.trend.rank3': 'Nr 3',
    'factors.table.trend.rank4': 'Nr 4',
    'factors.table.trend.rank5': 'Nr 5',
  },
  en: {
    'factors.title': 'Critical factors',
    'factors.none':
      'No critical factors are registered yet, so the risks to implementation are not described.',
    'factors.summary':
      '{{total}} factors are open or being mitigated: {{critical}} critical (20–25 points), {{high}} high (10–16), {{medium}} medium (5–9) and {{low}} low (1–4). The score is likelihood times impact.',
    'factors.closed': '{{count}} closed factors are not counted.',
    'factors.closed_one': '{{count}} closed factor is not counted.',
    'factors.topUp':
      'No. {{rank}}: {{title}}, {{score}} points (up {{change}} since {{previous}}), owner {{owner}}.',
    'factors.topDown':
      'No. {{rank}}: {{title}}, {{score}} points (down {{change}} since {{previous}}), owner {{owner}}.',
    'factors.topSame':
      'No. {{rank}}: {{title}}, {{score}} points (unchanged since {{previous}}), owner {{owner}}.',
    'factors.topNew':
      'No. {{rank}}: {{title}}, {{score}} points (new in the round), owner {{owner}}.',
    'factors.mitigation': 'Mitigation for {{title}}: {{mitigation}}',
    'factors.mitigationMissing': 'No mitigation is described for {{title}}.',
    'factors.risenNone': 'No open factor has a higher score than in the round before.',
    'factors.risen': '{{count}} factors have a higher score than in the round before:',
    'factors.risen_one': 'One factor has a higher score than in the round before:',
    'factors.risenItem': '{{title}}, from {{from}} to {{to}} points.',
    'factors.trendSeries':
      'In the chart, no. {{rank}} is {{title}}: {{from}} points in {{first}} and {{to}} in {{last}}.',
    'factors.trendSeriesNew':
      'In the chart, no. {{rank}} is {{title}}: first assessed in {{last}}, with {{to}} points.',
    'factors.figure.active': 'Open factors',
    'factors.figure.critical': 'Critical factors',
    'factors.figure.high': 'High factors',
    'factors.figure.risen': 'Factors that rose',
    'factors.table.top': 'The five largest factors and their change since the round before',
    'factors.table.top.factor': 'Factor',
    'factors.table.top.kind': 'Kind',
    'factors.table.top.score': 'Score',
    'factors.table.top.change': 'Change',
    'factors.table.top.owner': 'Owner',
    'factors.table.top.status': 'Status',
    'factors.table.trend': 'Score per round of the five largest factors',
    'factors.table.trend.round': 'Round',
    'factors.table.trend.rank1': 'No. 1',
    'factors.table.trend.rank2': 'No. 2',
    'factors.table.trend.rank3': 'No. 3',
    'factors.table.trend.rank4': 'No. 4',
    'factors.table.trend.rank5': 'No. 5',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

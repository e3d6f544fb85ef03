/** Texts of the comparison chapter, keys prefixed 'comparison.'. */
export const comparisonTexts = {
  sv: {
    'comparison.title': 'Jämförelse med föregående plan',
    'comparison.sincePrevious':
      'Planen jämförs med den publicerade planen för {{year}}. Siffrorna i år bygger på bedömningsomgång {{round}}.',
    'comparison.sameBasis':
      'Ingen bedömningsomgång har stängts sedan planen för {{year}}: båda bygger på {{round}}. Jämförelsen väntar på nästa stängda omgång. Behov och AI-användningsfall, som inte har omgångar, står som de är i dag i kapitel 4 och 5.',
    'comparison.noPrevious':
      'Det finns ingen tidigare publicerad plan att jämföra med. Det här är den första planen.',
    'comparison.noRounds':
      'Inga uppgifter ännu: ingen bedömningsomgång är stängd, så det finns ingen förflyttning att visa.',
    'comparison.firstRound':
      '{{round}} är den första stängda bedömningsomgången, så det finns ännu ingen förflyttning att visa.',
    'comparison.sinceRound':
      'I stället visas förflyttningen från bedömningsomgång {{previousRound}} till {{round}}.',
    'comparison.noAreaComparison':
      'Inget område har en mediannivå både nu och i {{since}} att jämföra.',
    'comparison.areasMoved':
      'Sedan {{since}} har mediannivån stigit i {{up}} och sjunkit i {{down}} av {{total}} jämförbara områden.',
    'comparison.areasUnchanged':
      'Sedan {{since}} är mediannivån oförändrad i alla {{total}} jämförbara områden.',
    'comparison.areasMovedNoneFell':
      'Sedan {{since}} har mediannivån stigit i {{up}} av {{total}} jämförbara områden. Inget område har sjunkit.',
    'comparison.areaUp': 'Mediannivån i {{area}} steg från {{from}} till {{to}}.',
    'comparison.areaDown': 'Mediannivån i {{area}} sjönk från {{from}} till {{to}}.',
    'comparison.newNeeds_one':
      '{{count}} nytt investeringsbehov har tillkommit sedan {{since}}: {{names}}.',
    'comparison.newNeeds':
      '{{count}} nya investeringsbehov har tillkommit sedan {{since}}: {{names}}.',
    'comparison.noNewNeeds': 'Inga nya investeringsbehov har tillkommit sedan {{since}}.',
    'comparison.completedNeeds_one': '{{count}} behov har blivit klart sedan {{since}}: {{names}}.',
    'comparison.completedNeeds': '{{count}} behov har blivit klara sedan {{since}}: {{names}}.',
    'comparison.noCompletedNeeds': 'Inget behov har blivit klart sedan {{since}}.',
    'comparison.realisedBenefits_one':
      '{{count}} nytta har nått sitt mål sedan {{since}}: {{names}}.',
    'comparison.realisedBenefits': '{{count}} nyttor har nått sina mål sedan {{since}}: {{names}}.',
    'comparison.noRealisedBenefits': 'Ingen ny nytta har nått sitt mål sedan {{since}}.',
    'comparison.risenRisks_one':
      '{{count}} kritisk faktor har fått högre poäng sedan {{since}}: {{names}}.',
    'comparison.risenRisks':
      '{{count}} kritiska faktorer har fått högre poäng sedan {{since}}: {{names}}.',
    'comparison.noRisenRisks': 'Ingen kritisk faktor har fått högre poäng sedan {{since}}.',
    'comparison.newRisks_one':
      '{{count}} ny kritisk faktor har tillkommit sedan {{since}}: {{names}}.',
    'comparison.newRisks':
      '{{count}} nya kritiska faktorer har tillkommit sedan {{since}}: {{names}}.',
    'comparison.figure.areasUp': 'Områden som har stigit',
    'comparison.figure.newNeeds': 'Nya behov',
    'comparison.figure.completedNeeds': 'Klara behov',
    'comparison.figure.risenRisks': 'Faktorer med högre poäng',
    'comparison.table.areas': 'Mediannivå per område, före och nu',
    'comparison.table.areas.area': 'Område',
    'comparison.table.areas.previous': 'Före',
    'comparison.table.areas.current': 'Nu',
    'comparison.table.risks': 'Kritiska faktorer med högre poäng',
    'comparison.table.risks.factor': 'Faktor',
    'comparison.table.risks.previous': 'Poäng före',
    'comparison.table.risks.current': 'Poäng nu',
  },
  en: {
    'comparison.title': 'Comparison with the previous plan',
    'comparison.sincePrevious':
      "The plan is compared with the published plan for {{year}}. This year's figures are based on round {{round}}.",
    'comparison.sameBasis':
      'No round has closed since the {{year}} plan: both are based on {{round}}. The comparison waits for the next closed round. Needs and AI use cases, which have no rounds, stand as they are today in chapters 4 and 5.',
    'comparison.noPrevious':
      'There is no earlier published plan to compare with. This is the first plan.',
    'comparison.noRounds': 'No data yet: no round is closed, so there is no movement to show.',
    'comparison.firstRound':
      '{{round}} is the first closed round, so there is no movement to show yet.',
    'comparison.sinceRound':
      'Instead, the movement from round {{previousRound}} to {{round}} is shown.',
    'comparison.noAreaComparison':
      'No area has a median level both now and in {{since}} to compare.',
    'comparison.areasMoved':
      'Since {{since}} the median level has risen in {{up}} and fallen in {{down}} of {{total}} comparable areas.',
    'comparison.areasUnchanged':
      'Since {{since}} the median level is unchanged in all {{total}} comparable areas.',
    'comparison.areasMovedNoneFell':
      'Since {{since}} the median level has risen in {{up}} of {{total}} comparable areas. No area has fallen.',
    'comparison.areaUp': 'The median level in {{area}} rose from {{from}} to {{to}}.',
    'comparison.areaDown': 'The median level in {{area}} fell from {{from}} to {{to}}.',
    'comparison.newNeeds_one':
      '{{count}} new investment need has appeared since {{since}}: {{names}}.',
    'comparison.newNeeds':
      '{{count}} new investment needs have appeared since {{since}}: {{names}}.',
    'comparison.noNewNeeds': 'No new investment needs have appeared since {{since}}.',
    'comparison.completedNeeds_one':
      '{{count}} need has been completed since {{since}}: {{names}}.',
    'comparison.completedNeeds': '{{count}} needs have been completed since {{since}}: {{names}}.',
    'comparison.noCompletedNeeds': 'No need has been completed since {{since}}.',
    'comparison.realisedBenefits_one':
      '{{count}} benefit has reached its target since {{since}}: {{names}}.',
    'comparison.realisedBenefits':
      '{{count}} benefits have reached their targets since {{since}}: {{names}}.',
    'comparison.noRealisedBenefits': 'No further benefit has reached its target since {{since}}.',
    'comparison.risenRisks_one':
      '{{count}} critical factor has a higher score since {{since}}: {{names}}.',
    'comparison.risenRisks':
      '{{count}} critical factors have higher scores since {{since}}: {{names}}.',
    'comparison.noRisenRisks': 'No critical factor has a higher score since {{since}}.',
    'comparison.newRisks_one':
      '{{count}} new critical factor has appeared since {{since}}: {{names}}.',
    'comparison.newRisks':
      '{{count}} new critical factors have appeared since {{since}}: {{names}}.',
    'comparison.figure.areasUp': 'Areas that rose',
    'comparison.figure.newNeeds': 'New needs',
    'comparison.figure.completedNeeds': 'Completed needs',
    'comparison.figure.risenRisks': 'Factors with higher scores',
    'comparison.table.areas': 'Median level per area, before and now',
    'comparison.table.areas.area': 'Area',
    'comparison.table.areas.previous': 'Before',
    'comparison.table.areas.current': 'Now',
    'comparison.table.risks': 'Critical factors with higher scores',
    'comparison.table.risks.factor': 'Factor',
    'comparison.table.risks.previous': 'Score before',
    'comparison.table.risks.current': 'Score now',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

/** Texts of the status chapter, keys prefixed 'status.'. Wording follows the overview page. */
export const statusTexts = {
  sv: {
    'status.title': 'Läge och förflyttning',
    'status.noData':
      'Inga uppgifter ännu: ingen bedömningsomgång är stängd, så läget per område går inte att beskriva.',
    'status.intro':
      'I bedömningsomgång {{round}} har {{units}} av {{total}} förvaltningar bedömts i {{areas}} områden.',
    'status.noRatings': 'Det finns inga bedömningar i {{round}}.',
    'status.firstRound':
      'Det här är den första stängda omgången, så det finns ännu ingen förflyttning att visa.',
    'status.noMovement':
      'Inget område har bedömningar både nu och i {{since}}, så förflyttningen går inte att visa.',
    'status.movement':
      'Sedan {{since}} har mediannivån stigit i {{up}} av {{total}} områden och sjunkit i {{down}}.',
    'status.movementNoneFell':
      'Sedan {{since}} har mediannivån stigit i {{up}} av {{total}} områden. Inget område har sjunkit.',
    'status.biggestRise': 'Störst ökning har {{area}}: medianen steg {{change}} steg.',
    'status.fell_one': '{{count}} område har sjunkit: {{names}}.',
    'status.fell': '{{count}} områden har sjunkit: {{names}}.',
    'status.weakest_one': 'Svagast är {{names}} med mediannivån {{median}}.',
    'status.weakest': 'Svagast är {{names}}, alla med mediannivån {{median}}.',
    'status.strongest_one': 'Starkast är {{names}} med mediannivån {{median}}.',
    'status.strongest': 'Starkast är {{names}}, alla med mediannivån {{median}}.',
    'status.unitsFurthest':
      'Längst under stadens median ligger {{below}}, i snitt {{belowDifference}} steg under. Längst över ligger {{above}}, i snitt {{aboveDifference}} steg över.',
    'status.validationGap':
      '{{unit}} skattar sig i snitt {{gap}} steg över ITD:s validering ({{differing}} av {{compared}} förmågor skiljer sig).',
    'status.noValidationGap':
      'Ingen förvaltning skattar sig i snitt högre än ITD:s validering i omgången.',
    'status.notValidated_one':
      '{{count}} förvaltning har inga förmågor validerade av ITD: {{names}}.',
    'status.notValidated':
      '{{count}} förvaltningar har inga förmågor validerade av ITD: {{names}}.',
    'status.noNotes': 'ITD har ännu inte värderat stadens starka och svaga sidor.',
    'status.notesCounted':
      'ITD har värderat stadens starka och svaga sidor (starka sidor: {{strengths}}, svaga sidor: {{weaknesses}}) och vägt dem från 1 (låg) till 3 (hög).',
    'status.topWeakness': 'Tyngst svaghet ({{weight}} av 3): {{subject}} – {{text}}.',
    'status.noWeaknesses': 'ITD har inte värderat någon svag sida.',
    'status.topStrength': 'Tyngst styrka ({{weight}} av 3): {{subject}} – {{text}}.',
    'status.noStrengths': 'ITD har inte värderat någon stark sida.',
    'status.figure.unitsRated': 'Bedömda förvaltningar',
    'status.figure.areasUp': 'Områden som har stigit',
    'status.figure.lowestMedian': 'Lägsta mediannivå',
    'status.table.areas':
      'Nivå per område: spridning mellan förvaltningarna och förändring av medianen',
    'status.table.areas.area': 'Område',
    'status.table.areas.min': 'Lägsta',
    'status.table.areas.median': 'Median',
    'status.table.areas.max': 'Högsta',
    'status.table.areas.movement': 'Förändring',
    'status.table.areas.units': 'Antal förvaltningar',
    'status.table.trend':
      'Mediannivå över omgångarna: svagaste området, medianen av områdena och starkaste området',
    'status.table.trend.round': 'Omgång',
    'status.table.trend.lowest': 'Svagaste området',
    'status.table.trend.median': 'Median',
    'status.table.trend.highest': 'Starkaste området',
    'status.table.units': 'Förvaltningarnas nivå mot stadens median, längst under först',
    'status.table.units.unit': 'Förvaltning',
    'status.table.units.score': 'Nivå i snitt',
    'status.table.units.difference': 'Skillnad mot medianen',
    'status.table.units.movement': 'Förändring',
    'status.table.notes': 'ITD:s värdering av starka och svaga sidor, tyngst först',
    'status.table.notes.kind': 'Slag',
    'status.table.notes.subject': 'Gäller',
    'status.table.notes.weight': 'Vikt',
    'status.table.notes.text': 'Värdering',
  },
  en: {
    'status.title': 'Status and movement',
    'status.noData': 'No data yet: no round is closed, so the status per area cannot be described.',
    'status.intro':
      'In round {{round}}, {{units}} of {{total}} departments were assessed in {{areas}} areas.',
    'status.noRatings': 'There are no ratings in {{round}}.',
    'status.firstRound': 'This is the first closed round, so there is no movement to show yet.',
    'status.noMovement':
      'No area has ratings both now and in {{since}}, so the movement cannot be shown.',
    'status.movement':
      'Since {{since}} the median level has risen in {{up}} of {{total}} areas and fallen in {{down}}.',
    'status.movementNoneFell':
      'Since {{since}} the median level has risen in {{up}} of {{total}} areas. No area has fallen.',
    'status.biggestRise': 'The largest rise is in {{area}}: the median rose {{change}} steps.',
    'status.fell_one': '{{count}} area has fallen: {{names}}.',
    'status.fell': '{{count}} areas have fallen: {{names}}.',
    'status.weakest_one': 'The weakest is {{names}} with a median level of {{median}}.',
    'status.weakest': 'The weakest are {{names}}, each with a median level of {{median}}.',
    'status.strongest_one': 'The strongest is {{names}} with a median level of {{median}}.',
    'status.strongest': 'The strongest are {{names}}, each with a median level of {{median}}.',
    'status.unitsFurthest':
      "Furthest below the city's median is {{below}}, on average {{belowDifference}} steps below. Furthest above is {{above}}, on average {{aboveDifference}} steps above.",
    'status.validationGap':
      "{{unit}} rates itself on average {{gap}} steps above ITD's validation ({{differing}} of {{compared}} capabilities differ).",
    'status.noValidationGap':
      "No department rates itself on average above ITD's validation in the round.",
    'status.notValidated_one':
      '{{count}} department has no capabilities validated by ITD: {{names}}.',
    'status.notValidated':
      '{{count}} departments have no capabilities validated by ITD: {{names}}.',
    'status.noNotes': "ITD has not yet valued the city's strengths and weaknesses.",
    'status.notesCounted':
      "ITD has valued the city's strengths and weaknesses (strengths: {{strengths}}, weaknesses: {{weaknesses}}) and weighted them from 1 (low) to 3 (high).",
    'status.topWeakness': 'Heaviest weakness ({{weight}} of 3): {{subject}} – {{text}}.',
    'status.noWeaknesses': 'ITD has not valued any weakness.',
    'status.topStrength': 'Heaviest strength ({{weight}} of 3): {{subject}} – {{text}}.',
    'status.noStrengths': 'ITD has not valued any strength.',
    'status.figure.unitsRated': 'Departments assessed',
    'status.figure.areasUp': 'Areas that rose',
    'status.figure.lowestMedian': 'Lowest median level',
    'status.table.areas': 'Level per area: spread between departments and change of the median',
    'status.table.areas.area': 'Area',
    'status.table.areas.min': 'Lowest',
    'status.table.areas.median': 'Median',
    'status.table.areas.max': 'Highest',
    'status.table.areas.movement': 'Change',
    'status.table.areas.units': 'Departments',
    'status.table.trend':
      'Median level over the rounds: weakest area, median of the areas and strongest area',
    'status.table.trend.round': 'Round',
    'status.table.trend.lowest': 'Weakest area',
    'status.table.trend.median': 'Median',
    'status.table.trend.highest': 'Strongest area',
    'status.table.units': "The departments' level against the city's median, furthest below first",
    'status.table.units.unit': 'Department',
    'status.table.units.score': 'Mean level',
    'status.table.units.difference': 'Difference from the median',
    'status.table.units.movement': 'Change',
    'status.table.notes': "ITD's valuation of strengths and weaknesses, heaviest first",
    'status.table.notes.kind': 'Kind',
    'status.table.notes.subject': 'About',
    'status.table.notes.weight': 'Weight',
    'status.table.notes.text': 'Valuation',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

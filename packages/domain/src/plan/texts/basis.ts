/** Texts of the line each chapter opens with, naming what it stands on; keys prefixed 'basis.'. */
export const basisTexts = {
  sv: {
    'basis.none':
      'Ingen bedömningsomgång är stängd ännu. Register utan omgångar läses som de står {{today}}.',
    'basis.comparison': 'Planen bygger på bedömningsomgång {{round}}, stängd {{closedOn}}.',
    'basis.status':
      'Mognadsnivåerna är från bedömningsomgång {{round}}, stängd {{closedOn}}. En öppen omgång räknas inte.',
    'basis.capacity':
      'Kapacitet och baskrav är från varje enhets senaste rapport i en stängd omgång, till och med {{round}} (stängd {{closedOn}}).',
    'basis.investments':
      'Behov och scenarier har inga omgångar och läses som de står {{today}}. Dagens mognadsnivåer är från bedömningsomgång {{round}}.',
    'basis.ai':
      'AI- och testkompetensen är från stängda omgångar till och med {{round}}. Användningsfallen har inga omgångar och läses som de står {{today}}.',
    'basis.benefits':
      'Mätvärden till och med {{closedOn}}, då bedömningsomgång {{round}} stängdes. Uppföljningarna bedöms per samma dag.',
    'basis.factors':
      'Poängen är från bedömningsomgång {{round}}. En faktor som fick sin första poäng senare kommer med när nästa omgång har stängts. Ägare, åtgärder och status läses som de står {{today}}.',
    'basis.conclusions':
      'Slutsatserna bygger på bedömningsomgång {{round}}, stängd {{closedOn}}, och på registren utan omgångar som de står {{today}}.',
  },
  en: {
    'basis.none':
      'No round has closed yet. Registers without rounds are read as they stand on {{today}}.',
    'basis.comparison': 'The plan is based on round {{round}}, closed on {{closedOn}}.',
    'basis.status':
      'The maturity levels are from round {{round}}, closed on {{closedOn}}. An open round does not count.',
    'basis.capacity':
      "Capacity and base requirements are from each unit's latest report in a closed round, up to {{round}} (closed on {{closedOn}}).",
    'basis.investments':
      "Needs and scenarios have no rounds and are read as they stand on {{today}}. Today's maturity levels are from round {{round}}.",
    'basis.ai':
      'AI and test competence is from closed rounds up to {{round}}. The use cases have no rounds and are read as they stand on {{today}}.',
    'basis.benefits':
      'Measurements up to {{closedOn}}, when round {{round}} closed. Follow-ups are judged on the same day.',
    'basis.factors':
      'The scores are from round {{round}}. A factor first scored later is included once the next round has closed. Owner, mitigation and status are read as they stand on {{today}}.',
    'basis.conclusions':
      'The conclusions are based on round {{round}}, closed on {{closedOn}}, and on the registers without rounds as they stand on {{today}}.',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

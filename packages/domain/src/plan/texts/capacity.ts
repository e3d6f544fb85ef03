import { COMPETENCE_AREA_NAMES } from './common';

/** One sentence per competence area, so the area is named in the reader's language. */
const shortfallTexts = (locale: 'sv' | 'en', template: (area: string) => string) =>
  Object.fromEntries(
    Object.entries(COMPETENCE_AREA_NAMES[locale]).map(([code, name]) => [
      `capacity.shortfall.${code}`,
      template(name),
    ]),
  );

/** Texts of the capacity chapter, keys prefixed 'capacity.'. Wording follows the planning page. */
export const capacityTexts = {
  sv: {
    'capacity.title': 'Kapacitet mot baskrav',
    'capacity.noReports':
      'Inga uppgifter ännu: ingen av de {{total}} förvaltningarna har rapporterat kapacitet i en stängd omgång.',
    'capacity.reports':
      '{{count}} av {{total}} förvaltningar har rapporterat kapacitet i {{round}}.',
    'capacity.noBalance':
      'Det finns ännu ingen tillgång eller efterfrågan per kompetensområde att jämföra.',
    'capacity.noShortfall':
      'Tillgången räcker till efterfrågan i alla kompetensområden {{from}}–{{to}}.',
    'capacity.shortfalls_one':
      'Underskott finns i {{count}} kompetensområde under {{from}}–{{to}}.',
    'capacity.shortfalls': 'Underskott finns i {{count}} kompetensområden under {{from}}–{{to}}.',
    ...shortfallTexts(
      'sv',
      (area) =>
        `Inom ${area} saknas {{fte}} årsarbetare år {{year}}: tillgången är {{supply}} och efterfrågan {{demand}}.`,
    ),
    'capacity.planning':
      'Förvaltningarna och ITD kan tillsammans lägga {{fte}} årsarbetare på planering och utveckling.',
    'capacity.noPlanning': 'Ingen planeringskapacitet är rapporterad ännu.',
    'capacity.requirementsMet': 'Alla förmågor når förvaltningarnas baskrav.',
    'capacity.noRequirements': 'Inga uppgifter ännu om förvaltningarnas baskrav.',
    'capacity.requirementGaps_one': '{{count}} förmåga ligger under förvaltningarnas baskrav.',
    'capacity.requirementGaps': '{{count}} förmågor ligger under förvaltningarnas baskrav.',
    'capacity.requirementGap_one':
      '{{capability}}: {{count}} förvaltning under baskravet ({{names}}), sammanlagt saknas {{levels}} nivåsteg.',
    'capacity.requirementGap':
      '{{capability}}: {{count}} förvaltningar under baskravet ({{names}}), sammanlagt saknas {{levels}} nivåsteg.',
    'capacity.requirementsUnknown_one':
      '{{count}} förvaltning saknar bedömd nivå för att jämföra med sina baskrav: {{names}}.',
    'capacity.requirementsUnknown':
      '{{count}} förvaltningar saknar bedömd nivå för att jämföra med sina baskrav: {{names}}.',
    'capacity.figure.planningFte': 'Planeringskapacitet',
    'capacity.figure.largestShortfall': 'Största underskott',
    'capacity.figure.capabilitiesBelow': 'Förmågor under baskrav',
    'capacity.table.years': 'Tillgång och efterfrågan per år, alla kompetensområden',
    'capacity.table.years.year': 'År',
    'capacity.table.years.supply': 'Tillgång',
    'capacity.table.years.demand': 'Efterfrågan',
    'capacity.table.years.shortfall': 'Underskott',
    'capacity.table.balance': 'Tillgång och efterfrågan per kompetensområde och år',
    'capacity.table.balance.area': 'Kompetensområde',
    'capacity.table.balance.year': 'År',
    'capacity.table.balance.supply': 'Tillgång',
    'capacity.table.balance.unitDemand': 'Förvaltningarnas behov',
    'capacity.table.balance.investment': 'Investeringarnas behov',
    'capacity.table.balance.balance': 'Balans',
    'capacity.table.requirements': 'Förmågor under baskraven, störst gap först',
    'capacity.table.requirements.capability': 'Förmåga',
    'capacity.table.requirements.area': 'Område',
    'capacity.table.requirements.unitsBelow': 'Förvaltningar under baskravet',
    'capacity.table.requirements.levels': 'Nivåer som saknas',
    'capacity.table.requirements.maxGap': 'Största gap',
    'capacity.table.requirements.unknown': 'Utan bedömd nivå',
  },
  en: {
    'capacity.title': 'Capacity against base requirements',
    'capacity.noReports':
      'No data yet: none of the {{total}} departments has reported capacity in a closed round.',
    'capacity.reports': '{{count}} of {{total}} departments have reported capacity in {{round}}.',
    'capacity.noBalance': 'There is no supply or demand per competence area to compare yet.',
    'capacity.noShortfall': 'Supply covers demand in every competence area in {{from}}–{{to}}.',
    'capacity.shortfalls_one':
      'There is a shortfall in {{count}} competence area in {{from}}–{{to}}.',
    'capacity.shortfalls': 'There are shortfalls in {{count}} competence areas in {{from}}–{{to}}.',
    ...shortfallTexts(
      'en',
      (area) =>
        `In ${area}, {{fte}} FTE are missing in {{year}}: supply is {{supply}} and demand {{demand}}.`,
    ),
    'capacity.planning':
      'The departments and ITD can together put {{fte}} FTE into planning and development.',
    'capacity.noPlanning': 'No planning capacity has been reported yet.',
    'capacity.requirementsMet': "Every capability meets the departments' base requirements.",
    'capacity.noRequirements': "No data yet on the departments' base requirements.",
    'capacity.requirementGaps_one':
      "{{count}} capability is below the departments' base requirements.",
    'capacity.requirementGaps':
      "{{count}} capabilities are below the departments' base requirements.",
    'capacity.requirementGap_one':
      '{{capability}}: {{count}} department below the requirement ({{names}}), levels missing in all: {{levels}}.',
    'capacity.requirementGap':
      '{{capability}}: {{count}} departments below the requirement ({{names}}), levels missing in all: {{levels}}.',
    'capacity.requirementsUnknown_one':
      '{{count}} department has no assessed level to compare with its base requirements: {{names}}.',
    'capacity.requirementsUnknown':
      '{{count}} departments have no assessed level to compare with their base requirements: {{names}}.',
    'capacity.figure.planningFte': 'Planning capacity',
    'capacity.figure.largestShortfall': 'Largest shortfall',
    'capacity.figure.capabilitiesBelow': 'Capabilities below base requirements',
    'capacity.table.years': 'Supply and demand per year, all competence areas',
    'capacity.table.years.year': 'Year',
    'capacity.table.years.supply': 'Supply',
    'capacity.table.years.demand': 'Demand',
    'capacity.table.years.shortfall': 'Shortfall',
    'capacity.table.balance': 'Supply and demand per competence area and year',
    'capacity.table.balance.area': 'Competence area',
    'capacity.table.balance.year': 'Year',
    'capacity.table.balance.supply': 'Supply',
    'capacity.table.balance.unitDemand': "Departments' demand",
    'capacity.table.balance.investment': "Investments' demand",
    'capacity.table.balance.balance': 'Balance',
    'capacity.table.requirements': 'Capabilities below the base requirements, largest gap first',
    'capacity.table.requirements.capability': 'Capability',
    'capacity.table.requirements.area': 'Area',
    'capacity.table.requirements.unitsBelow': 'Departments below the requirement',
    'capacity.table.requirements.levels': 'Levels missing',
    'capacity.table.requirements.maxGap': 'Largest gap',
    'capacity.table.requirements.unknown': 'Without an assessed level',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

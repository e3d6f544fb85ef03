import type { Random } from './prng';

/** Who keeps the evidence, by area: the role a reader would call to see the underlag. */
const EVIDENCE_OWNERS: Record<string, readonly string[]> = {
  informationshantering: ['Informationsförvaltare', 'Arkivarie', 'Informationsstrateg'],
  samverkan: ['Digitaliseringssamordnare', 'Förvaltningsledare', 'Verksamhetsutvecklare'],
  'digital-sakerhet': ['Informationssäkerhetssamordnare', 'Säkerhetschef'],
  ai: ['AI-samordnare', 'Digitaliseringsstrateg'],
  'it-juridik': ['Dataskyddsombud', 'Förvaltningsjurist'],
  testverksamhet: ['Testledare', 'Förvaltningsledare'],
  'arkitektur-och-integration': ['Verksamhetsarkitekt', 'IT-arkitekt'],
  'infrastruktur-och-drift': ['IT-samordnare', 'Driftansvarig'],
  'digital-kompetens': ['HR-strateg', 'Kompetensutvecklare'],
  nyttorealisering: ['Verksamhetscontroller', 'Nyttoansvarig'],
};

/** The kind of underlag that supports each level: thin at 1, measured and improved at 5. */
const EVIDENCE_BY_LEVEL: Record<number, readonly string[]> = {
  1: [
    'Muntlig beskrivning från verksamheten, ingen dokumentation finns.',
    'Enstaka exempel, inget gemensamt arbetssätt.',
    'Självskattning utan skriftligt underlag.',
  ],
  2: [
    'Exempel från två enheter och mötesanteckningar.',
    'Arbetsbeskrivning i utkast som används av några enheter.',
    'Checklista som används i delar av förvaltningen.',
  ],
  3: [
    'Fastställd rutin och rollbeskrivningar på intranätet.',
    'Dokumenterat arbetssätt, beslutat i förvaltningens ledningsgrupp.',
    'Rutin och mall som används av alla enheter.',
  ],
  4: [
    'Uppföljningsrapport med mätetal till ledningsgruppen.',
    'Kvartalsvis uppföljning med nyckeltal och åtgärdslista.',
    'Mätetal i verksamhetsplanen, uppföljda i årsanalysen.',
  ],
  5: [
    'Förbättringslogg och årlig utvärdering utifrån mätningar.',
    'Jämförelse med andra kommuner och genomförda förbättringar.',
    'Utvärdering med förbättringsåtgärder som följts upp.',
  ],
};

const COMMENTS_UP = [
  'Höjt efter att rutinen fastställts i ledningsgruppen.',
  'Höjt: arbetssättet används nu av alla enheter.',
  'Höjt efter genomförd utbildningsinsats.',
  'Ny uppföljning på plats sedan förra omgången.',
];
const COMMENTS_DOWN = [
  'Sänkt: nyckelperson har slutat och ersättare saknas.',
  'Sänkt efter omorganisation, ansvaret är ännu inte överlämnat.',
  'Sänkt: rutinen följs inte längre i alla enheter.',
];
const COMMENTS_DOWN_TESTING = [
  'Sänkt: två testledare på ITD har slutat och teststödet räcker inte till.',
  'Sänkt: acceptanstesterna har fått kortas på grund av resursbrist.',
];
const COMMENTS_UNCHANGED = [
  'Arbete pågår enligt handlingsplanen.',
  'Oförändrat, åtgärder planeras till nästa år.',
  'Beroende av stöd från ITD för att komma vidare.',
  'Resursbrist försenar planerade åtgärder.',
];

/** What ITD writes when the underlag does not support the level the unit gave itself. */
const VALIDATION_LOWERED: Record<number, string> = {
  2: 'Validerat lägre: underlaget visar inget återkommande arbetssätt.',
  3: 'Validerat lägre: arbetssättet är inte dokumenterat och fastställt.',
  4: 'Validerat lägre: underlaget visar ej styrning.',
  5: 'Validerat lägre: kontinuerlig förbättring utifrån mätningar framgår inte.',
};
const VALIDATION_RAISED =
  'Validerat högre: underlaget visar ett mer etablerat arbetssätt än självskattningen.';

export function pickEvidenceOwner(random: Random, areaCode: string): string {
  return random.pick(EVIDENCE_OWNERS[areaCode] ?? ['Digitaliseringssamordnare']);
}

export function pickEvidenceText(random: Random, level: number): string {
  return random.pick(EVIDENCE_BY_LEVEL[level] ?? EVIDENCE_BY_LEVEL[1]!);
}

/** A reporter's comment, now and then: mostly when the rating moved, and then saying why. */
export function pickReporterComment(
  random: Random,
  areaCode: string,
  step: number | null,
): string | null {
  if (step === null || step === 0)
    return random.chance(0.1) ? random.pick(COMMENTS_UNCHANGED) : null;
  if (!random.chance(0.6)) return null;
  if (step > 0) return random.pick(COMMENTS_UP);
  return random.pick(areaCode === 'testverksamhet' ? COMMENTS_DOWN_TESTING : COMMENTS_DOWN);
}

/** ITD's comment on a validated rating that differs from the self-rating; null when they agree. */
export function describeValidation(selfRating: number, validatedRating: number): string | null {
  if (validatedRating < selfRating) return VALIDATION_LOWERED[selfRating] ?? null;
  if (validatedRating > selfRating) return VALIDATION_RAISED;
  return null;
}

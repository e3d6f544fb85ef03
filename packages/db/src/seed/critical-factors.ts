import type { CriticalFactorFields } from '@lagesbild/domain';

export interface DemoFactor extends Omit<CriticalFactorFields, 'likelihood' | 'impact'> {
  code: string;
  /** [likelihood, impact] per demo round, 2024-K4 … 2026-K4, oldest first; the last is the factor as it stands. */
  scores: [number, number][];
}

/** One score for every round from 2024-K4 to the open 2026-K4. */
const steady = (likelihood: number, impact: number): [number, number][] =>
  Array.from({ length: 9 }, () => [likelihood, impact]);

/**
 * Twelve factors for carrying out the 2026 plan (fictional), one story with the needs register and
 * the reservation: IT law is the rising risk (the AI platform and cloud assessments lean on it),
 * testing falls as the test centre starts, the budget frame stays critical. For a success factor
 * the likelihood is that it falls short. Scores run 2024-K4 … 2026-K4.
 */
export const DEMO_FACTORS: DemoFactor[] = [
  {
    code: 'brist-pa-it-juridisk-kompetens',
    title: 'Brist på IT-juridisk kompetens',
    kind: 'risk',
    owner: 'IT-direktören',
    mitigation:
      'Inrätta en IT-juridisk funktion för hela staden; till dess köps rådgivning per ärende och molnbedömningar görs enligt en gemensam mall.',
    status: 'open',
    capabilityCodes: [
      'it-rattslig-radgivning',
      'dataskydd-gdpr',
      'molntjanster-och-tredjelandsoverforing',
    ],
    needCodes: ['it-juridisk-funktion', 'molnbedomningar'],
    scores: [
      [3, 4],
      [3, 4],
      [3, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [4, 5],
    ],
  },
  {
    code: 'otillracklig-budgetram-for-offensiv-satsning',
    title: 'Otillräcklig budgetram för offensiv satsning',
    kind: 'risk',
    owner: 'Servicenämnden',
    mitigation:
      'Visa KS vad Bas lämnar utanför ramen och vad Offensiv kostar och ger, inför beslutet om den permanenta förstärkningen.',
    status: 'open',
    capabilityCodes: ['gemensam-portfolj-och-behovsprocess'],
    needCodes: ['ai-plattform', 'driftmiljo-modernisering'],
    scores: [
      [4, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [5, 4],
      [5, 4],
      [5, 4],
      [5, 4],
      [5, 4],
    ],
  },
  {
    code: 'svag-testverksamhet',
    title: 'Svag testverksamhet',
    kind: 'risk',
    owner: 'Chef för leveranser, ITD',
    mitigation:
      'Gemensamt testcenter med testledare från 2026; testautomatisering för de största verksamhetssystemen och avidentifierade testdata.',
    status: 'mitigating',
    capabilityCodes: ['testmetodik', 'testautomatisering', 'testmiljoer-och-testdata'],
    needCodes: ['testcenter', 'testautomatisering', 'testmiljoer-och-testdata'],
    scores: [
      [5, 5],
      [5, 5],
      [5, 5],
      [5, 5],
      [5, 5],
      [5, 5],
      [5, 5],
      [5, 5],
      [4, 5],
    ],
  },
  {
    code: 'beroende-av-en-leverantor-for-driftmiljon',
    title: 'Beroende av en leverantör för driftmiljön',
    kind: 'risk',
    owner: 'Driftchef, ITD',
    mitigation:
      'Modernisera den lokala driftmiljön och förbered en ny upphandling med krav på exit och dokumentation.',
    status: 'mitigating',
    capabilityCodes: ['lokal-driftmiljo', 'leverantorssamverkan', 'upphandling-och-avtal'],
    needCodes: ['driftmiljo-modernisering'],
    scores: [
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 4],
      [3, 4],
      [3, 4],
      [3, 4],
      [3, 4],
      [4, 4],
    ],
  },
  {
    code: 'forvaltningarna-hinner-inte-ta-emot-forandringar',
    title: 'Förvaltningarna hinner inte ta emot förändringar',
    kind: 'risk',
    owner: 'Stadsdirektören',
    mitigation:
      'En gemensam portfölj- och behovsprocess som planerar införanden efter förvaltningarnas kapacitet, och program för digitalt ledarskap.',
    status: 'open',
    capabilityCodes: [
      'forandringsledning',
      'hemtagning-i-verksamheten',
      'samverkan-med-forvaltningarna',
    ],
    needCodes: ['portfolj-och-behovsprocess', 'digitalt-ledarskap'],
    scores: steady(3, 4),
  },
  {
    code: 'nyttor-foljs-inte-upp',
    title: 'Nyttor följs inte upp',
    kind: 'risk',
    owner: 'Kommunstyrelsen',
    mitigation:
      'Stöd för nyttorealisering i nämnderna: varje investering får mått, utgångsläge och uppföljningsdatum, och KS följer upp halvårsvis.',
    status: 'mitigating',
    capabilityCodes: ['nyttoanalys-fore-beslut', 'uppfoljning-av-nyttor'],
    needCodes: ['nyttorealiseringsstod'],
    scores: [
      [5, 4],
      [5, 4],
      [5, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [4, 4],
      [3, 4],
    ],
  },
  {
    code: 'allvarlig-sakerhetsincident-i-verksamhetssystem',
    title: 'Allvarlig säkerhetsincident slår ut verksamhetssystem',
    kind: 'risk',
    owner: 'Säkerhetschefen',
    mitigation:
      'Säkerhetscenter och incidentberedskap dygnet runt, kontinuitetsplaner för samhällsviktiga system och övade återställningar.',
    status: 'mitigating',
    capabilityCodes: ['incidenthantering', 'kontinuitetshantering'],
    needCodes: ['soc-och-incidentberedskap', 'kontinuitetsplaner'],
    scores: [
      [3, 5],
      [3, 5],
      [3, 5],
      [3, 5],
      [3, 5],
      [2, 5],
      [2, 5],
      [2, 5],
      [2, 5],
    ],
  },
  {
    code: 'svart-att-rekrytera-sakerhets-och-arkitekturkompetens',
    title: 'Svårt att rekrytera säkerhets- och arkitekturkompetens',
    kind: 'risk',
    owner: 'HR-chef, Serviceförvaltningen',
    mitigation:
      'Gemensam kompetensförsörjningsplan för IT-roller och samverkan med andra kommuner.',
    status: 'open',
    capabilityCodes: ['kompetensforsorjning-it-roller', 'samverkan-med-andra-kommuner'],
    needCodes: [],
    scores: steady(3, 3),
  },
  {
    code: 'otillracklig-datakvalitet-for-ai',
    title: 'Otillräcklig datakvalitet för AI-tillämpningar',
    kind: 'risk',
    owner: 'Informationsförsörjningsansvarig, Stadskontoret',
    mitigation:
      'Masterdata för organisation och person, och en gemensam informationsklassning först.',
    status: 'open',
    capabilityCodes: ['data-for-ai', 'informationsforsorjning-och-masterdata'],
    needCodes: ['masterdata-organisation-och-person'],
    scores: [
      [2, 3],
      [2, 3],
      [2, 3],
      [2, 3],
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 3],
      [3, 3],
    ],
  },
  {
    code: 'tydligt-agarskap-i-forvaltningarna',
    title: 'Tydligt ägarskap i förvaltningarna',
    kind: 'success',
    owner: 'Förvaltningscheferna',
    mitigation:
      'Varje verksamhetssystem har en utsedd systemägare i förvaltningen och en livscykelplan i applikationsportföljen.',
    status: 'mitigating',
    capabilityCodes: ['systemforvaltning', 'samverkan-med-forvaltningarna'],
    needCodes: ['applikationsportfolj', 'portfolj-och-behovsprocess'],
    scores: [
      [4, 4],
      [4, 4],
      [4, 4],
      [3, 4],
      [3, 4],
      [3, 4],
      [2, 4],
      [2, 4],
      [2, 4],
    ],
  },
  {
    code: 'gemensam-ai-plattform-pa-plats',
    title: 'Gemensam AI-plattform på plats',
    kind: 'success',
    owner: 'IT-direktören',
    mitigation:
      'AI-plattform med skyddad språkmodell i Offensiv; AI-policy och riskbedömning gäller redan nu.',
    status: 'open',
    capabilityCodes: ['ai-plattform', 'ai-policy-och-styrning'],
    needCodes: ['ai-plattform', 'ai-policy-och-radgivning'],
    scores: steady(3, 3),
  },
  {
    code: 'gemensam-informationsklassning-i-alla-forvaltningar',
    title: 'Gemensam informationsklassning i alla förvaltningar',
    kind: 'success',
    owner: 'Informationssäkerhetssamordnaren',
    mitigation: 'Modellen och verktyget är infört; uppföljningen sker i ledningssystemet.',
    status: 'closed',
    capabilityCodes: ['informationsklassning'],
    needCodes: ['gemensam-informationsklassning'],
    scores: [
      [3, 4],
      [3, 4],
      [3, 3],
      [2, 3],
      [2, 3],
      [2, 2],
      [2, 2],
      [1, 2],
      [1, 2],
    ],
  },
];

import { SUPPLIERS, type Supplier } from '../coverage-checks';
import { COVERAGE_QUESTIONS, type QuestionId } from '../coverage-questions';

/** The data a coverage rule may miss (`MissingData.what`), worded for "Saknas: …" in sv and en. */
const MISSING: Record<string, [string, string]> = {
  maturitySelfRatings: [
    'förvaltningarnas självskattning av mognaden',
    "the units' self-rating of maturity",
  ],
  validatedRatings: [
    'ITD:s validering av självskattningarna',
    "ITD's validation of the self-ratings",
  ],
  closedRounds: ['minst två avslutade bedömningsomgångar', 'at least two closed assessment rounds'],
  strengths: ['värderade starka sidor', 'valued strengths'],
  weaknesses: ['värderade svaga sidor', 'valued weaknesses'],
  baseRequirements: ['förvaltningarnas baskrav', "the units' base requirements"],
  capacityReports: [
    'kapacitetsrapporter med planeringskapacitet',
    'capacity reports with planning capacity',
  ],
  scenarios: ['scenarier, till exempel Bas och Offensiv', 'scenarios, such as Bas and Offensiv'],
  expectedBenefits: [
    'förväntad nytta för investeringsbehoven',
    'expected benefits of the investment needs',
  ],
  investmentNeeds: ['investeringsbehov', 'investment needs'],
  needCosts: [
    'kostnadsberäkning för varje investeringsbehov',
    'a cost estimate for every investment need',
  ],
  budgetFrame: ['en budgetram per år', 'a budget frame per year'],
  needConstraints: ['restriktioner för investeringsbehoven', 'constraints on the investment needs'],
  decidedNeeds: ['beslutade investeringsbehov', 'decided investment needs'],
  needTimelines: [
    'startår och längd för de beslutade behoven',
    'start year and duration of the decided needs',
  ],
  operatingCosts: [
    'driftkonsekvenser för investeringsbehoven',
    'operating consequences of the investment needs',
  ],
  aiCompetence: ['AI-kompetens i kapacitetsrapporterna', 'AI competence in the capacity reports'],
  aiTargets: [
    'målnivåer och målår för AI-förmågorna',
    'target levels and years for the AI capabilities',
  ],
  aiReadiness: [
    'bedömd beredskap för AI-tillämpningarna',
    'assessed readiness of the AI use cases',
  ],
  aiUseCases: [
    'AI-tillämpningar från minst tre förvaltningar',
    'AI use cases from at least three units',
  ],
  testCompetence: [
    'testkompetens i kapacitetsrapporterna',
    'testing competence in the capacity reports',
  ],
  aiNeeds: ['investeringsbehov för AI och test', 'investment needs for AI and testing'],
  benefits: ['nyttor från fler nämnder', 'benefits from more boards'],
  benefitMeasurements: ['mätningar av nyttorna', 'measurements of the benefits'],
  servicenamndenActions: ['en åtgärd som servicenämnden äger', 'an action owned by servicenämnden'],
  kommunstyrelsenActions: [
    'en åtgärd som kommunstyrelsen äger',
    'an action owned by kommunstyrelsen',
  ],
  criticalFactors: ['kritiska faktorer', 'critical factors'],
  factorScoresOverRounds: [
    'faktorernas poäng i mer än en omgång',
    'factor scores in more than one round',
  ],
  itdMaturity: ['ITD:s egen mognadsbedömning', "ITD's own maturity assessment"],
  itdCapacity: ['ITD:s egen kapacitetsrapport', "ITD's own capacity report"],
  answersToSubQuestions: ['svar på de övriga delfrågorna', 'answers to the other sub-questions'],
};

const SUPPLIER_NAMES: Record<Supplier, [string, string]> = {
  itd: ['ITD', 'ITD'],
  units: ['förvaltningarna', 'the units'],
  ks: ['kommunstyrelsen', 'kommunstyrelsen'],
  servicenamnden: ['servicenämnden', 'servicenämnden'],
};

const QUESTION_NAMES: Record<QuestionId, [string, string]> = {
  q1: ['fråga 1', 'question 1'],
  q2: ['fråga 2', 'question 2'],
  q3: ['fråga 3', 'question 3'],
  q4: ['fråga 4', 'question 4'],
  q5: ['fråga 5', 'question 5'],
  plan: ['planen', 'the plan'],
};

/** One text per sub-question and status, quoting the reservation, and one per missing item and supplier. */
function generateCoverageTexts(lang: 0 | 1): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const q of COVERAGE_QUESTIONS) {
    const quote = lang === 0 ? `”${q.text}”` : `"${q.textEn}"`;
    const where = QUESTION_NAMES[q.questionId][lang];
    texts[`conclusions.gap.partly.${q.id}`] =
      lang === 0 ? `Delvis besvarad (${where}): ${quote}` : `Partly answered (${where}): ${quote}`;
    texts[`conclusions.gap.unanswered.${q.id}`] =
      lang === 0 ? `Inte besvarad (${where}): ${quote}` : `Not answered (${where}): ${quote}`;
  }
  for (const [what, words] of Object.entries(MISSING)) {
    for (const who of SUPPLIERS) {
      const supplier = SUPPLIER_NAMES[who][lang];
      texts[`conclusions.missing.${who}.${what}`] =
        lang === 0
          ? `Saknas: ${words[0]}. Lämnas av ${supplier}.`
          : `Missing: ${words[1]}. To be supplied by ${supplier}.`;
    }
  }
  return texts;
}

/** Texts of the conclusions chapter, keys prefixed 'conclusions.'. */
export const conclusionsTexts = {
  sv: {
    'conclusions.title': 'Slutsatser och förslag till ställningstaganden',
    'conclusions.approve':
      'Kommunstyrelsen godkänner Utvecklingsplan för kommungemensam IT och digitalisering {{year}}.',
    'conclusions.financeNone':
      'Inget scenario är upprättat, så planens kostnader går inte att ta ställning till ännu. ITD tar fram scenarierna Bas och Offensiv.',
    'conclusions.financeBase':
      'Kommunstyrelsen beaktar finansieringen av scenariot {{name}}, {{total}} mnkr {{from}}–{{to}} (varav {{investment}} mnkr i investeringar och {{operating}} mnkr i driftkonsekvenser), i beredningen av kommunfullmäktiges budget. Scenariot ryms inom budgetramen varje år.',
    'conclusions.financeBaseOverFrame':
      'Kommunstyrelsen beaktar finansieringen av scenariot {{name}}, {{total}} mnkr {{from}}–{{to}} (varav {{investment}} mnkr i investeringar och {{operating}} mnkr i driftkonsekvenser), i beredningen av kommunfullmäktiges budget. Scenariot går över budgetramen {{count}} av åren.',
    'conclusions.financeBaseOverFrame_one':
      'Kommunstyrelsen beaktar finansieringen av scenariot {{name}}, {{total}} mnkr {{from}}–{{to}} (varav {{investment}} mnkr i investeringar och {{operating}} mnkr i driftkonsekvenser), i beredningen av kommunfullmäktiges budget. Scenariot går över budgetramen ett av åren.',
    'conclusions.financeOffensive':
      'Scenariot {{name}} skulle kosta ytterligare {{extra}} mnkr under samma period och ge {{benefit}} mnkr mer i nytta än {{base}}.',
    'conclusions.financeOffensiveNoBenefit':
      'Scenariot {{name}} skulle kosta ytterligare {{extra}} mnkr under samma period, utan mer nytta än {{base}} före {{to}}.',
    'conclusions.liftNone':
      'Ingen bedömningsomgång är avslutad, så det går inte att säga vilka områden som ska lyftas först.',
    'conclusions.liftAreas':
      'Förmågorna inom {{first}} (median {{firstMedian}}) och {{second}} (median {{secondMedian}}) lyfts först; de är de svagaste områdena i {{round}}.',
    'conclusions.liftAreas_one':
      'Förmågorna inom {{first}} (median {{firstMedian}}) lyfts först; det är det svagaste området i {{round}}.',
    'conclusions.staffUnknown':
      'Kapacitetsbalansen saknar underlag, så bemanningen går inte att ta ställning till. Förvaltningarna lämnar kapacitetsrapporter.',
    'conclusions.staffNone':
      'Kapaciteten räcker inom alla kompetensområden {{from}}–{{to}}; ingen bemanningsåtgärd behövs.',
    'conclusions.staff':
      'Kompetensbristen bemannas: {{count}} kompetensområden saknar sammanlagt {{fte}} årsarbetare när bristen är som störst {{from}}–{{to}} (tabellen nedan).',
    'conclusions.staff_one':
      'Kompetensbristen bemannas: ett kompetensområde saknar {{fte}} årsarbetare när bristen är som störst {{from}}–{{to}} (tabellen nedan).',
    'conclusions.staffAiTest':
      'AI-kompetens byggs upp hos de {{ai}} av {{total}} enheter som saknar den och testkompetens hos de {{test}} som saknar den (kapitel 5).',
    'conclusions.staffAi':
      'AI-kompetens byggs upp hos de {{ai}} av {{total}} enheter som saknar den (kapitel 5).',
    'conclusions.staffTest':
      'Testkompetens byggs upp hos de {{test}} av {{total}} enheter som saknar den (kapitel 5).',
    'conclusions.actions.servicenamnden':
      'Servicenämnden beslutar om {{count}} åtgärder för bättre hemtagning av nyttor; den första, ”{{first}}”, ska vara klar senast {{due}}.',
    'conclusions.actions.servicenamnden_one':
      'Servicenämnden beslutar om åtgärden ”{{first}}” för bättre hemtagning av nyttor, klar senast {{due}}.',
    'conclusions.actions.kommunstyrelsen':
      'Kommunstyrelsen beslutar om {{count}} åtgärder för bättre hemtagning av nyttor; den första, ”{{first}}”, ska vara klar senast {{due}}.',
    'conclusions.actions.kommunstyrelsen_one':
      'Kommunstyrelsen beslutar om åtgärden ”{{first}}” för bättre hemtagning av nyttor, klar senast {{due}}.',
    'conclusions.actionsNone.servicenamnden':
      'Servicenämnden har ännu ingen åtgärd för hemtagning av nyttor; ITD tar fram förslag till servicenämnden.',
    'conclusions.actionsNone.kommunstyrelsen':
      'Kommunstyrelsen har ännu ingen åtgärd för hemtagning av nyttor; ITD tar fram förslag till kommunstyrelsen.',
    'conclusions.followUps':
      'Förvaltningarna gör de {{count}} försenade uppföljningarna av nyttor: {{units}}.',
    'conclusions.followUps_one': 'Den försenade uppföljningen av en nytta görs: {{units}}.',
    'conclusions.risksUnknown':
      'Inga kritiska faktorer är bedömda; ITD registrerar riskerna för genomförandet.',
    'conclusions.risksNone':
      'Ingen öppen faktor har {{score}} poäng eller mer; riskerna följs upp i nästa omgång.',
    'conclusions.risk.risk':
      'Risken ”{{title}}” ({{score}} poäng) minskas med åtgärderna i kapitel 7; ansvarig är {{owner}}.',
    'conclusions.risk.success':
      'Framgångsfaktorn ”{{title}}” ({{score}} poäng) säkras med åtgärderna i kapitel 7; ansvarig är {{owner}}.',
    'conclusions.riskUnmitigated.risk':
      'Risken ”{{title}}” ({{score}} poäng) saknar beskrivna åtgärder; {{owner}} tar fram åtgärder före nästa omgång.',
    'conclusions.riskUnmitigated.success':
      'Framgångsfaktorn ”{{title}}” ({{score}} poäng) saknar beskrivna åtgärder; {{owner}} tar fram åtgärder före nästa omgång.',
    'conclusions.coverageAll':
      'Underlaget besvarar alla {{total}} delfrågor i det särskilda yttrandet.',
    'conclusions.coverage':
      'Av det särskilda yttrandets {{total}} delfrågor besvarar underlaget {{answered}} helt, {{partly}} delvis och {{unanswered}} inte alls. Det som saknas:',
    'conclusions.figure.baseCost': 'Kostnad för Bas över planperioden',
    'conclusions.figure.offensiveExtra': 'Offensiv utöver Bas',
    'conclusions.figure.answered': 'Helt besvarade delfrågor',
    'conclusions.table.shortfalls': 'Kompetensbrist att bemanna, per kompetensområde',
    'conclusions.table.shortfalls.area': 'Kompetensområde',
    'conclusions.table.shortfalls.firstYear': 'Första år med brist',
    'conclusions.table.shortfalls.fte': 'Största brist, årsarbetare',
    ...generateCoverageTexts(0),
  },
  en: {
    'conclusions.title': 'Conclusions and proposed decisions',
    'conclusions.approve':
      'Kommunstyrelsen approves the development plan for shared IT and digitalisation {{year}}.',
    'conclusions.financeNone':
      'No scenario is drawn up, so the costs of the plan cannot be decided on yet. ITD draws up the Bas and Offensiv scenarios.',
    'conclusions.financeBase':
      "Kommunstyrelsen takes the financing of the {{name}} scenario, SEK {{total}} m in {{from}}–{{to}} (of which SEK {{investment}} m investments and SEK {{operating}} m operating consequences), into account in preparing the council's budget. The scenario fits the budget frame every year.",
    'conclusions.financeBaseOverFrame':
      "Kommunstyrelsen takes the financing of the {{name}} scenario, SEK {{total}} m in {{from}}–{{to}} (of which SEK {{investment}} m investments and SEK {{operating}} m operating consequences), into account in preparing the council's budget. The scenario exceeds the budget frame in {{count}} of the years.",
    'conclusions.financeBaseOverFrame_one':
      "Kommunstyrelsen takes the financing of the {{name}} scenario, SEK {{total}} m in {{from}}–{{to}} (of which SEK {{investment}} m investments and SEK {{operating}} m operating consequences), into account in preparing the council's budget. The scenario exceeds the budget frame in one of the years.",
    'conclusions.financeOffensive':
      'The {{name}} scenario would cost a further SEK {{extra}} m over the same period and yield SEK {{benefit}} m more in benefits than {{base}}.',
    'conclusions.financeOffensiveNoBenefit':
      'The {{name}} scenario would cost a further SEK {{extra}} m over the same period, with no more benefit than {{base}} before {{to}}.',
    'conclusions.liftNone':
      'No assessment round is closed, so it cannot be said which areas to lift first.',
    'conclusions.liftAreas':
      'Capabilities in {{first}} (median {{firstMedian}}) and {{second}} (median {{secondMedian}}) are lifted first; they are the weakest areas in {{round}}.',
    'conclusions.liftAreas_one':
      'Capabilities in {{first}} (median {{firstMedian}}) are lifted first; it is the weakest area in {{round}}.',
    'conclusions.staffUnknown':
      'The capacity balance has no data, so staffing cannot be decided on. The units submit capacity reports.',
    'conclusions.staffNone':
      'Capacity suffices in every competence area in {{from}}–{{to}}; no staffing action is needed.',
    'conclusions.staff':
      'The competence shortfall is staffed: {{count}} competence areas lack {{fte}} FTE in all where the shortfall is largest in {{from}}–{{to}} (table below).',
    'conclusions.staff_one':
      'The competence shortfall is staffed: one competence area lacks {{fte}} FTE where the shortfall is largest in {{from}}–{{to}} (table below).',
    'conclusions.staffAiTest':
      'AI competence is built up in the {{ai}} of {{total}} units that lack it, and testing competence in the {{test}} that lack it (chapter 5).',
    'conclusions.staffAi':
      'AI competence is built up in the {{ai}} of {{total}} units that lack it (chapter 5).',
    'conclusions.staffTest':
      'Testing competence is built up in the {{test}} of {{total}} units that lack it (chapter 5).',
    'conclusions.actions.servicenamnden':
      'Servicenämnden decides on {{count}} actions for better benefit realisation; the first, "{{first}}", is due by {{due}}.',
    'conclusions.actions.servicenamnden_one':
      'Servicenämnden decides on the action "{{first}}" for better benefit realisation, due by {{due}}.',
    'conclusions.actions.kommunstyrelsen':
      'Kommunstyrelsen decides on {{count}} actions for better benefit realisation; the first, "{{first}}", is due by {{due}}.',
    'conclusions.actions.kommunstyrelsen_one':
      'Kommunstyrelsen decides on the action "{{first}}" for better benefit realisation, due by {{due}}.',
    'conclusions.actionsNone.servicenamnden':
      'Servicenämnden has no action for benefit realisation yet; ITD prepares proposals for servicenämnden.',
    'conclusions.actionsNone.kommunstyrelsen':
      'Kommunstyrelsen has no action for benefit realisation yet; ITD prepares proposals for kommunstyrelsen.',
    'conclusions.followUps':
      'The units carry out the {{count}} overdue benefit follow-ups: {{units}}.',
    'conclusions.followUps_one': 'The overdue benefit follow-up is carried out: {{units}}.',
    'conclusions.risksUnknown':
      'No critical factors are assessed; ITD registers the risks to implementation.',
    'conclusions.risksNone':
      'No open factor scores {{score}} or more; the risks are followed up in the next round.',
    'conclusions.risk.risk':
      'The risk "{{title}}" ({{score}} points) is reduced by the mitigation in chapter 7; {{owner}} is responsible.',
    'conclusions.risk.success':
      'The success factor "{{title}}" ({{score}} points) is secured by the actions in chapter 7; {{owner}} is responsible.',
    'conclusions.riskUnmitigated.risk':
      'The risk "{{title}}" ({{score}} points) has no mitigation described; {{owner}} draws up actions before the next round.',
    'conclusions.riskUnmitigated.success':
      'The success factor "{{title}}" ({{score}} points) has no actions described; {{owner}} draws up actions before the next round.',
    'conclusions.coverageAll': 'The data answers all {{total}} sub-questions of the reservation.',
    'conclusions.coverage':
      "Of the reservation's {{total}} sub-questions, the data answers {{answered}} fully, {{partly}} partly and {{unanswered}} not at all. What is missing:",
    'conclusions.figure.baseCost': 'Cost of Bas over the plan period',
    'conclusions.figure.offensiveExtra': 'Offensiv on top of Bas',
    'conclusions.figure.answered': 'Sub-questions fully answered',
    'conclusions.table.shortfalls': 'Competence shortfall to staff, per competence area',
    'conclusions.table.shortfalls.area': 'Competence area',
    'conclusions.table.shortfalls.firstYear': 'First year short',
    'conclusions.table.shortfalls.fte': 'Largest shortfall, FTE',
    ...generateCoverageTexts(1),
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;

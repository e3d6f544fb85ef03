import type { AiUseCaseFields } from '@lagesbild/domain';

export interface AiUseCaseSeed extends AiUseCaseFields {
  code: string;
}

type Readiness = AiUseCaseFields['readiness'];

/** Readiness in the order data, legal, competence, platform, testing: short enough to read as a row. */
const r = (
  data: number,
  legal: number,
  competence: number,
  platform: number,
  testing: number,
): Readiness => ({ data, legal, competence, platform, testing });

/**
 * Twelve AI use cases the units have put forward (fictional). The story matches the needs register
 * and the reservation: the valuable ones wait for the shared AI platform, IT law and testing, which
 * the city lacks; four small ones are within reach under the default rule, one of them in use.
 */
export const DEMO_AI_USE_CASES: AiUseCaseSeed[] = [
  {
    code: 'motesanteckningar',
    title: 'Sammanfattning av mötesanteckningar',
    description: 'Utkast till protokoll och minnesanteckningar med stadens skyddade AI-assistent.',
    unitSlug: 'stadskontoret',
    value: 3,
    effort: 2,
    readiness: r(4, 3, 3, 4, 2),
    status: 'production',
    dependsOnNeeds: ['ai-policy-och-radgivning'],
  },
  {
    code: 'kodassistent-systemforvaltning',
    title: 'Kodassistent i systemförvaltningen',
    description: 'Förslag på skript och tester för stadens integrationer, granskade av utvecklare.',
    unitSlug: 'itd',
    value: 3,
    effort: 1,
    readiness: r(3, 3, 4, 4, 3),
    status: 'pilot',
    dependsOnNeeds: ['ai-policy-och-radgivning'],
  },
  {
    code: 'chattbot-lokalbokning',
    title: 'Chattbot för bokning av lokaler och anläggningar',
    description: 'Svarar på frågor om lediga tider, priser och regler dygnet runt.',
    unitSlug: 'fritidsforvaltningen',
    value: 3,
    effort: 3,
    readiness: r(4, 3, 3, 3, 2),
    status: 'pilot',
    dependsOnNeeds: [],
  },
  {
    code: 'oversattning-till-vardnadshavare',
    title: 'Översättning av information till vårdnadshavare',
    description: 'Skolans utskick på fler språk, med mänsklig granskning före utskick.',
    unitSlug: 'grundskoleforvaltningen',
    value: 3,
    effort: 2,
    readiness: r(3, 3, 3, 4, 2),
    status: 'idea',
    dependsOnNeeds: ['ai-policy-och-radgivning'],
  },
  {
    code: 'sokning-i-tillsynsarenden',
    title: 'AI-sökning i tillsynsärenden',
    description: 'Hitta tidigare beslut och likartade ärenden i miljötillsynen.',
    unitSlug: 'miljoforvaltningen',
    value: 3,
    effort: 3,
    readiness: r(3, 2, 2, 3, 2),
    status: 'idea',
    dependsOnNeeds: ['ai-kompetenslyft'],
  },
  {
    code: 'forskoleplacering',
    title: 'AI-stöd för placering i förskolan',
    description: 'Förslag på placeringar utifrån önskemål, syskonförtur och avstånd.',
    unitSlug: 'forskoleforvaltningen',
    value: 4,
    effort: 4,
    readiness: r(3, 1, 2, 1, 1),
    status: 'idea',
    dependsOnNeeds: ['ai-forskoleplacering', 'ai-plattform', 'it-juridisk-funktion'],
  },
  {
    code: 'bygglov-kompletteringar',
    title: 'AI-stöd för kompletteringar i bygglovsärenden',
    description: 'Läser in ansökan och föreslår vilka handlingar som saknas.',
    unitSlug: 'stadsbyggnadskontoret',
    value: 5,
    effort: 4,
    readiness: r(3, 2, 2, 1, 1),
    status: 'idea',
    dependsOnNeeds: ['ai-handlaggning-bygglov', 'ai-plattform', 'testcenter'],
  },
  {
    code: 'prognos-hemtjanst',
    title: 'Prognos av behov inom hemtjänsten',
    description: 'Bemanning efter förväntat behov per område och vecka.',
    unitSlug: 'halsa-vard-och-omsorgsforvaltningen',
    value: 4,
    effort: 5,
    readiness: r(2, 1, 2, 1, 1),
    status: 'idea',
    dependsOnNeeds: ['ai-plattform', 'it-juridisk-funktion', 'testcenter'],
  },
  {
    code: 'ekonomiskt-bistand',
    title: 'Stöd i handläggning av ekonomiskt bistånd',
    description: 'Sammanställer underlag inför beslut; handläggaren beslutar.',
    unitSlug: 'arbetsmarknads-och-socialforvaltningen',
    value: 4,
    effort: 5,
    readiness: r(2, 1, 1, 1, 1),
    status: 'idea',
    dependsOnNeeds: ['ai-plattform', 'ai-policy-och-radgivning', 'it-juridisk-funktion'],
  },
  {
    code: 'transkribering-dokumentation',
    title: 'Transkribering av samtal för dokumentation',
    description: 'Tal till text i genomförandeplaner, med samtycke från den enskilde.',
    unitSlug: 'funktionsstodsforvaltningen',
    value: 4,
    effort: 3,
    readiness: r(3, 1, 2, 2, 1),
    status: 'idea',
    dependsOnNeeds: ['it-juridisk-funktion', 'testcenter'],
  },
  {
    code: 'bildanalys-gatuskador',
    title: 'Bildanalys av skador på gator och cykelvägar',
    description: 'Bilder från servicefordon visar var beläggningen behöver lagas.',
    unitSlug: 'fastighets-och-gatukontoret',
    value: 3,
    effort: 4,
    readiness: r(2, 2, 2, 2, 1),
    status: 'idea',
    dependsOnNeeds: ['ai-plattform', 'testmiljoer-och-testdata'],
  },
  {
    code: 'metadata-kulturarv',
    title: 'Metadata och sökbarhet i kulturarvssamlingar',
    description: 'Beskrivningar och nyckelord till fotografier och föremål i samlingarna.',
    unitSlug: 'kulturforvaltningen',
    value: 2,
    effort: 3,
    readiness: r(2, 2, 2, 2, 2),
    status: 'idea',
    dependsOnNeeds: ['ai-kompetenslyft'],
  },
];

import { z } from 'zod';

/** The reservation's questions (DOMAIN.md): Q1–Q5 and the call for a plan for the whole of ITD. */
export const QUESTION_IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'plan'] as const;
export const questionIdSchema = z.enum(QUESTION_IDS);
export type QuestionId = z.infer<typeof questionIdSchema>;

export const SUB_QUESTION_IDS = [
  'q1-status',
  'q1-movement',
  'q1-strengths-weaknesses',
  'q2-base-requirements',
  'q2-offensive',
  'q2-planning-capacity',
  'q2-investment-needs',
  'q2-trade-offs',
  'q2-timeline',
  'q2-operating-costs',
  'q3-ai-competence',
  'q3-ai-within-reach',
  'q3-test-competence',
  'q3-investment-needs',
  'q4-benefit-potential',
  'q4-servicenamnden',
  'q4-kommunstyrelsen',
  'q5-critical-factors',
  'plan-whole-itd',
  'plan-structure',
] as const;
export const subQuestionIdSchema = z.enum(SUB_QUESTION_IDS);
export type SubQuestionId = z.infer<typeof subQuestionIdSchema>;

export interface CoverageQuestion {
  id: SubQuestionId;
  questionId: QuestionId;
  /** The reservation's own wording (KS 2025-09-15 § 426, bilaga 2), quoted or closely paraphrased. */
  text: string;
  textEn: string;
}

/**
 * Every question and sub-question of the reservation, in its order. The Swedish text is a citation of the
 * reservation, kept as data so the plan can quote exactly what was asked.
 */
export const COVERAGE_QUESTIONS = [
  {
    id: 'q1-status',
    questionId: 'q1',
    text: 'En ordentlig statusbeskrivning av ITD:s kapacitet – verklig status för kapaciteten.',
    textEn: "A proper status description of ITD's capacity: the real state of capacity.",
  },
  {
    id: 'q1-movement',
    questionId: 'q1',
    text: 'Vilken förflyttning som ägt rum – förflyttning över tid.',
    textEn: 'What movement has taken place: movement over time.',
  },
  {
    id: 'q1-strengths-weaknesses',
    questionId: 'q1',
    text: 'Värdering av starka och svaga sidor.',
    textEn: 'A valuation of strengths and weaknesses.',
  },
  {
    id: 'q2-base-requirements',
    questionId: 'q2',
    text: 'En analys av nuvarande kapacitet ställt mot verksamhetens baskrav och möjliga effektiviseringar.',
    textEn:
      "An analysis of current capacity against the operations' base requirements and possible efficiency gains.",
  },
  {
    id: 'q2-offensive',
    questionId: 'q2',
    text: 'Hur skulle en mer offensiv satsning se ut ur ett effektiviseringsperspektiv?',
    textEn: 'What would a more offensive investment look like from an efficiency perspective?',
  },
  {
    id: 'q2-planning-capacity',
    questionId: 'q2',
    text: 'Finns tillräcklig planeringskapacitet?',
    textEn: 'Is there enough planning capacity?',
  },
  {
    id: 'q2-investment-needs',
    questionId: 'q2',
    text: 'Investeringsbehov?',
    textEn: 'Investment needs?',
  },
  {
    id: 'q2-trade-offs',
    questionId: 'q2',
    text: 'Vilka avvägningar och restriktioner föreligger?',
    textEn: 'What trade-offs and constraints apply?',
  },
  {
    id: 'q2-timeline',
    questionId: 'q2',
    text: 'Hur skulle en tidslinje se ut? – tidplan.',
    textEn: 'What would a timeline look like?',
  },
  {
    id: 'q2-operating-costs',
    questionId: 'q2',
    text: 'Driftkonsekvenser av investeringarna – inte väja för investeringsbehoven.',
    textEn: 'The operating-cost consequences of the investments: not shying away from the needs.',
  },
  {
    id: 'q3-ai-competence',
    questionId: 'q3',
    text: 'Beskriv aktuell kompetens för AI och i vilken riktning bör vi röra oss?',
    textEn: 'Describe current AI competence: in which direction should we move?',
  },
  {
    id: 'q3-ai-within-reach',
    questionId: 'q3',
    text: 'Vilka tillämpningar ligger inom räckhåll?',
    textEn: 'Which applications are within reach?',
  },
  {
    id: 'q3-test-competence',
    questionId: 'q3',
    text: 'Har staden kompetens för testverksamhet?',
    textEn: 'Does the city have competence for testing?',
  },
  {
    id: 'q3-investment-needs',
    questionId: 'q3',
    text: 'Investeringsbehov? – för AI och test.',
    textEn: 'Investment needs for AI and testing?',
  },
  {
    id: 'q4-benefit-potential',
    questionId: 'q4',
    text: 'Det finns potential i nämnderna för förbättrad hemtagning av gjorda investeringar.',
    textEn: 'The boards have potential for better benefit realisation of investments made.',
  },
  {
    id: 'q4-servicenamnden',
    questionId: 'q4',
    text: 'Vad kan servicenämnden göra?',
    textEn: 'What can servicenämnden (the service board) do?',
  },
  {
    id: 'q4-kommunstyrelsen',
    questionId: 'q4',
    text: 'Vad kan kommunstyrelsen göra?',
    textEn: 'What can kommunstyrelsen (the executive board) do?',
  },
  {
    id: 'q5-critical-factors',
    questionId: 'q5',
    text: 'Kritiska faktorer för genomförandet.',
    textEn: 'Critical factors for implementation.',
  },
  {
    id: 'plan-whole-itd',
    questionId: 'plan',
    text: 'En plan för hela ITD – hela ITD-verksamheten, inte bara utvecklingsmomenten.',
    textEn: 'A plan for the whole of ITD: all of its operations, not only the development parts.',
  },
  {
    id: 'plan-structure',
    questionId: 'plan',
    text: 'En förebild kan vara lokalförsörjningsplanens struktur.',
    textEn:
      'The premises supply plan (lokalförsörjningsplan) can serve as the model for its structure.',
  },
] as const satisfies readonly CoverageQuestion[];

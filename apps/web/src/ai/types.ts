import type { AI_STATUSES } from '@lagesbild/domain';
import type { RouterOutputs } from '@lagesbild/api';

type Ai = RouterOutputs['ai'];

/** The register and the competence picture as `ai.register` and `ai.competence` deliver them. */
export type AiRegisterData = Ai['register'];
export type AiUseCaseData = AiRegisterData['useCases'][number];
export type ReachRuleData = AiRegisterData['rule'];
export type ShortfallData = AiUseCaseData['reach']['shortfalls'][number];
export type AiCompetenceData = Ai['competence'];
export type UnitCompetenceData = AiCompetenceData['units'][number];

export type AiStatusCode = (typeof AI_STATUSES)[number];
export const DIMENSIONS = ['data', 'legal', 'competence', 'platform', 'testing'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const COMPETENCE_AREAS = ['ai-och-data', 'test'] as const;

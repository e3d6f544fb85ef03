import { z } from 'zod';
import { bandOf, countMatrix, rankFactors, scoreFactor } from '../insight/critical-factors';
import { factorKindSchema, factorStatusSchema, type FactorStatus } from '../models/critical-factor';

export const factorBandSchema = z.enum(['low', 'medium', 'high', 'critical']);
export type FactorBand = z.infer<typeof factorBandSchema>;

const oneToFive = z.number().int().min(1).max(5);

export const factorScorePointSchema = z.object({
  roundCode: z.string(),
  likelihood: oneToFive,
  impact: oneToFive,
  score: z.number().int(),
});
export type FactorScorePoint = z.infer<typeof factorScorePointSchema>;

export const factorViewSchema = z.object({
  code: z.string(),
  title: z.string(),
  kind: factorKindSchema,
  likelihood: oneToFive,
  impact: oneToFive,
  score: z.number().int(),
  band: factorBandSchema,
  owner: z.string(),
  mitigation: z.string(),
  status: factorStatusSchema,
  capabilities: z.array(z.object({ code: z.string(), name: z.string() })),
  needs: z.array(z.object({ code: z.string(), title: z.string() })),
  /** The score per round, oldest first. */
  history: z.array(factorScorePointSchema),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type FactorView = z.infer<typeof factorViewSchema>;

export const factorRankSchema = z.object({
  code: z.string(),
  current: z.number().int(),
  previous: z.number().int().nullable(),
  change: z.number().int().nullable(),
});

/** Everything the critical-factors page shows and its form chooses from (Q5). */
export const factorRegisterSchema = z.object({
  factors: z.array(factorViewSchema),
  /** Open and mitigating factors counted per cell: matrix[likelihood-1][impact-1]. */
  matrix: z.array(z.array(z.number().int())),
  /** Open and mitigating factors by score, highest first, with their change since the round before. */
  ranking: z.array(factorRankSchema),
  /** Oldest first. */
  rounds: z.array(z.object({ code: z.string(), status: z.enum(['open', 'closed']) })),
  /** The round a save records its score in: the open one, else the latest. */
  currentRound: z.string().nullable(),
  capabilities: z.array(z.object({ code: z.string(), name: z.string(), areaName: z.string() })),
  needs: z.array(z.object({ code: z.string(), title: z.string() })),
});
export type FactorRegisterView = z.infer<typeof factorRegisterSchema>;

/** The register as stored: the scores per round without anything computed from them. */
export interface FactorRegisterData {
  factors: (Omit<FactorView, 'score' | 'band' | 'history'> & {
    history: { roundCode: string; likelihood: number; impact: number }[];
  })[];
  rounds: FactorRegisterView['rounds'];
  currentRound: string | null;
  capabilities: FactorRegisterView['capabilities'];
  needs: FactorRegisterView['needs'];
}

/** Whether a factor still needs watching: closed ones leave the matrix and the ranking. */
export function isActiveFactor(f: { status: FactorStatus }): boolean {
  return f.status !== 'closed';
}

/** Scores, bands, the matrix and the ranking computed from the stored register. */
export function buildFactorRegister(data: FactorRegisterData): FactorRegisterView {
  const factors = data.factors.map((f) => {
    const score = scoreFactor(f);
    return {
      ...f,
      score,
      band: bandOf(score),
      history: f.history.map((h) => ({ ...h, score: scoreFactor(h) })),
    };
  });
  const active = factors.filter(isActiveFactor);
  return {
    factors,
    matrix: countMatrix(active),
    ranking: rankFactors(
      active.map((f) => ({
        code: f.code,
        // A factor never scored in a round is ranked by its score as it stands.
        scores: f.history.length ? f.history : [{ roundCode: '', score: f.score }],
      })),
    ),
    rounds: data.rounds,
    currentRound: data.currentRound,
    capabilities: data.capabilities,
    needs: data.needs,
  };
}

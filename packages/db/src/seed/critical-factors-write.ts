import {
  criticalFactorCapabilities,
  criticalFactorNeeds,
  criticalFactors,
  criticalFactorScores,
} from '../schema/index';
import { DEMO_FACTORS } from './critical-factors';
import { CURRENT_ROUND } from './current-round';
import type { InsightIds } from './insight-ids';
import { DEMO_ROUNDS } from './rounds';
import { demoIdOf, demoLinks, SEEDED_BY, type Transaction } from './write';

const SEEDED_AT = '2026-11-02T08:00:00.000Z';

/** The rounds the demo scores belong to, oldest first: the closed ones and the open one. */
const SCORED_ROUNDS = [...DEMO_ROUNDS.map((r) => r.code), CURRENT_ROUND.code];

/** The demo register of critical factors, their links and their score in every round. */
export async function insertCriticalFactors(tx: Transaction, ids: InsightIds): Promise<void> {
  for (const f of DEMO_FACTORS) {
    if (f.scores.length !== SCORED_ROUNDS.length) {
      throw new Error(
        `demo factor ${f.code} needs a score for each of the ${SCORED_ROUNDS.length} rounds`,
      );
    }
  }
  const rows = await tx
    .insert(criticalFactors)
    .values(
      DEMO_FACTORS.map(({ scores, capabilityCodes: _c, needCodes: _n, ...fields }) => {
        // The factor stands as it was scored in the current round.
        const [likelihood, impact] = scores.at(-1)!;
        return {
          ...fields,
          likelihood,
          impact,
          organisationId: ids.organisationId,
          updatedAt: SEEDED_AT,
          updatedBy: SEEDED_BY,
        };
      }),
    )
    .returning({ id: criticalFactors.id, code: criticalFactors.code });
  const factorIds = new Map(rows.map((r) => [r.code, r.id]));
  const factor = ['factorId', factorIds] as const;
  await tx
    .insert(criticalFactorCapabilities)
    .values(
      demoLinks(DEMO_FACTORS, (f) => f.capabilityCodes, factor, [
        'capabilityId',
        ids.capabilityIds,
      ]),
    );
  await tx
    .insert(criticalFactorNeeds)
    .values(demoLinks(DEMO_FACTORS, (f) => f.needCodes, factor, ['needId', ids.needIds]));
  await tx.insert(criticalFactorScores).values(
    DEMO_FACTORS.flatMap((f) =>
      f.scores.map(([likelihood, impact], i) => ({
        factorId: demoIdOf(factorIds, f.code),
        roundId: demoIdOf(ids.roundIds, SCORED_ROUNDS[i]!),
        likelihood,
        impact,
      })),
    ),
  );
}

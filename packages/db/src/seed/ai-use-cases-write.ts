import { aiUseCaseNeeds, aiUseCases } from '../schema/index';
import { DEMO_AI_USE_CASES } from './ai-use-cases';
import type { InsightIds } from './insight-ids';
import type { Transaction } from './write';

const SEEDED_BY = 'Demodata';
const SEEDED_AT = '2026-09-15T08:00:00.000Z';

function idOf(map: ReadonlyMap<string, number>, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo AI use cases name an unknown ${key}`);
  return id;
}

/** The demo AI use-case register with the needs each waits for; no rule row, so the default applies. */
export async function insertAiUseCases(tx: Transaction, ids: InsightIds): Promise<void> {
  const rows = await tx
    .insert(aiUseCases)
    .values(
      DEMO_AI_USE_CASES.map((u) => ({
        organisationId: ids.organisationId,
        code: u.code,
        title: u.title,
        description: u.description,
        unitId: idOf(ids.unitIds, u.unitSlug),
        value: u.value,
        effort: u.effort,
        readinessData: u.readiness.data,
        readinessLegal: u.readiness.legal,
        readinessCompetence: u.readiness.competence,
        readinessPlatform: u.readiness.platform,
        readinessTesting: u.readiness.testing,
        status: u.status,
        updatedAt: SEEDED_AT,
        updatedBy: SEEDED_BY,
      })),
    )
    .returning({ id: aiUseCases.id, code: aiUseCases.code });
  const useCaseIds = new Map(rows.map((r) => [r.code, r.id]));
  await tx.insert(aiUseCaseNeeds).values(
    DEMO_AI_USE_CASES.flatMap((u) =>
      u.dependsOnNeeds.map((needCode) => ({
        useCaseId: idOf(useCaseIds, u.code),
        needId: idOf(ids.needIds, needCode),
      })),
    ),
  );
}

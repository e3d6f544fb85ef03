import { aiUseCaseNeeds, aiUseCases } from '../schema/index';
import { DEMO_AI_USE_CASES } from './ai-use-cases';
import type { InsightIds } from './insight-ids';
import { demoIdOf, demoLinks, SEEDED_AT, SEEDED_BY, type Transaction } from './write';

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
        unitId: demoIdOf(ids.unitIds, u.unitSlug),
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
  await tx
    .insert(aiUseCaseNeeds)
    .values(
      demoLinks(
        DEMO_AI_USE_CASES,
        (u) => u.dependsOnNeeds,
        ['useCaseId', useCaseIds],
        ['needId', ids.needIds],
      ),
    );
}

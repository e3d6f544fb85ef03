import {
  budgetFrames,
  investmentNeedCapabilities,
  investmentNeedDependencies,
  investmentNeeds,
  investmentNeedUnits,
  scenarioNeeds,
  scenarios,
} from '../schema/index';
import { DEMO_BUDGET_FRAME, DEMO_NEEDS, DEMO_SCENARIOS } from './investments';
import { demoIdOf, demoLinks, SEEDED_AT, SEEDED_BY, type Transaction } from './write';

/** The demo register of needs, the Bas and Offensiv scenarios and the 7 mnkr frame. */
export async function insertInvestments(
  tx: Transaction,
  ids: {
    organisationId: number;
    unitIds: ReadonlyMap<string, number>;
    capabilityIds: ReadonlyMap<string, number>;
  },
): Promise<{ count: number; needIds: Map<string, number> }> {
  const { organisationId } = ids;
  const needRows = await tx
    .insert(investmentNeeds)
    .values(
      DEMO_NEEDS.map(({ code, capabilities: _c, ownerUnits, dependsOn: _d, ...fields }) => ({
        ...fields,
        organisationId,
        code,
        proposedByUnitId:
          fields.status === 'proposed' ? (ids.unitIds.get(ownerUnits[0]!) ?? null) : null,
        updatedAt: SEEDED_AT,
        updatedBy: SEEDED_BY,
      })),
    )
    .returning({ id: investmentNeeds.id, code: investmentNeeds.code });
  const needIds = new Map(needRows.map((n) => [n.code, n.id]));
  await tx.insert(investmentNeedCapabilities).values(
    DEMO_NEEDS.flatMap((n) =>
      n.capabilities.map((c) => ({
        needId: demoIdOf(needIds, n.code),
        capabilityId: demoIdOf(ids.capabilityIds, c.capabilityCode),
        lift: c.lift,
      })),
    ),
  );
  const need = ['needId', needIds] as const;
  await tx
    .insert(investmentNeedUnits)
    .values(demoLinks(DEMO_NEEDS, (n) => n.ownerUnits, need, ['unitId', ids.unitIds]));
  await tx
    .insert(investmentNeedDependencies)
    .values(demoLinks(DEMO_NEEDS, (n) => n.dependsOn, need, ['dependsOnId', needIds]));
  for (const s of DEMO_SCENARIOS) {
    const [row] = await tx
      .insert(scenarios)
      .values({
        organisationId,
        code: s.code,
        name: s.name,
        description: s.description,
        updatedAt: SEEDED_AT,
        updatedBy: SEEDED_BY,
      })
      .returning({ id: scenarios.id });
    await tx.insert(scenarioNeeds).values([
      ...s.needs.map((n) => ({
        scenarioId: row!.id,
        needId: demoIdOf(needIds, n.needCode),
        startYear: n.startYear,
      })),
      ...s.leftOut.map((l) => ({
        scenarioId: row!.id,
        needId: demoIdOf(needIds, l.needCode),
        leftOutReason: l.reason,
      })),
    ]);
  }
  await tx.insert(budgetFrames).values(DEMO_BUDGET_FRAME.map((f) => ({ organisationId, ...f })));
  return { count: needRows.length, needIds };
}

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
import type { Transaction } from './write';

const SEEDED_BY = 'Demodata';
const SEEDED_AT = '2026-09-15T08:00:00.000Z';

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
  const idOf = <K>(map: ReadonlyMap<K, number>, key: K) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`demo data names an unknown ${String(key)}`);
    return id;
  };
  await tx.insert(investmentNeedCapabilities).values(
    DEMO_NEEDS.flatMap((n) =>
      n.capabilities.map((c) => ({
        needId: idOf(needIds, n.code),
        capabilityId: idOf(ids.capabilityIds, c.capabilityCode),
        lift: c.lift,
      })),
    ),
  );
  await tx.insert(investmentNeedUnits).values(
    DEMO_NEEDS.flatMap((n) =>
      n.ownerUnits.map((slug) => ({
        needId: idOf(needIds, n.code),
        unitId: idOf(ids.unitIds, slug),
      })),
    ),
  );
  await tx
    .insert(investmentNeedDependencies)
    .values(
      DEMO_NEEDS.flatMap((n) =>
        n.dependsOn.map((d) => ({ needId: idOf(needIds, n.code), dependsOnId: idOf(needIds, d) })),
      ),
    );
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
        needId: idOf(needIds, n.needCode),
        startYear: n.startYear,
      })),
      ...s.leftOut.map((l) => ({
        scenarioId: row!.id,
        needId: idOf(needIds, l.needCode),
        leftOutReason: l.reason,
      })),
    ]);
  }
  await tx.insert(budgetFrames).values(DEMO_BUDGET_FRAME.map((f) => ({ organisationId, ...f })));
  return { count: needRows.length, needIds };
}

import { and, asc, eq } from 'drizzle-orm';
import { ConflictError, type BudgetFrame, type Scenario } from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import {
  budgetFrames,
  investmentNeeds,
  organisations,
  scenarioNeeds,
  scenarios,
} from '../schema/index';
import { idOf, mapNeedIds } from './code-ids';

export type ScenarioRecord = Scenario & { version: number; updatedAt: string; updatedBy: string };

/** The organisation's scenarios, each with its chosen needs and what it leaves out. */
export async function listScenarios(
  db: Database,
  organisationSlug: string,
): Promise<ScenarioRecord[]> {
  const org = await findOrganisation(db, organisationSlug);
  const rows = await db
    .select()
    .from(scenarios)
    .where(eq(scenarios.organisationId, org.id))
    .orderBy(asc(scenarios.id));
  const picks = await db
    .select({
      scenarioId: scenarioNeeds.scenarioId,
      needCode: investmentNeeds.code,
      startYear: scenarioNeeds.startYear,
      reason: scenarioNeeds.leftOutReason,
    })
    .from(scenarioNeeds)
    .innerJoin(scenarios, eq(scenarios.id, scenarioNeeds.scenarioId))
    .innerJoin(investmentNeeds, eq(investmentNeeds.id, scenarioNeeds.needId))
    .where(eq(scenarios.organisationId, org.id))
    .orderBy(
      asc(scenarioNeeds.startYear),
      asc(investmentNeeds.priority),
      asc(investmentNeeds.code),
    );
  return rows.map((s) => {
    const own = picks.filter((p) => p.scenarioId === s.id);
    return {
      code: s.code,
      name: s.name,
      description: s.description,
      needs: own
        .filter((p) => p.startYear !== null)
        .map((p) => ({ needCode: p.needCode, startYear: p.startYear! })),
      leftOut: own
        .filter((p) => p.reason !== null)
        .map((p) => ({ needCode: p.needCode, reason: p.reason! })),
      version: s.version,
      updatedAt: new Date(s.updatedAt).toISOString(),
      updatedBy: s.updatedBy,
    };
  });
}

/** Creates (version 0) or replaces a scenario against the version it was read at; audited. */
export async function saveScenario(
  db: Database,
  actor: Actor,
  input: { expectedVersion: number; scenario: Scenario },
): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const { scenario } = input;
    const [current] = await tx
      .select()
      .from(scenarios)
      .where(and(eq(scenarios.organisationId, org.id), eq(scenarios.code, scenario.code)))
      .for('update');
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('scenario changed since it was read', { currentVersion });
    }
    const needIds = await mapNeedIds(tx, org.id);
    const needIdOf = (code: string, field: string) => idOf(needIds, code, field, 'unknownNeed');
    const rows = [
      ...scenario.needs.map((n, i) => ({
        needId: needIdOf(n.needCode, `scenario.needs.${i}.needCode`),
        startYear: n.startYear,
        leftOutReason: null,
      })),
      ...scenario.leftOut.map((l, i) => ({
        needId: needIdOf(l.needCode, `scenario.leftOut.${i}.needCode`),
        startYear: null,
        leftOutReason: l.reason,
      })),
    ];
    const values = {
      name: scenario.name,
      description: scenario.description,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    const [saved] = current
      ? await tx
          .update(scenarios)
          .set(values)
          .where(eq(scenarios.id, current.id))
          .returning({ id: scenarios.id })
      : await tx
          .insert(scenarios)
          .values({ ...values, organisationId: org.id, code: scenario.code })
          .returning({ id: scenarios.id });
    const scenarioId = saved!.id;
    await tx.delete(scenarioNeeds).where(eq(scenarioNeeds.scenarioId, scenarioId));
    if (rows.length) {
      await tx.insert(scenarioNeeds).values(rows.map((r) => ({ scenarioId, ...r })));
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'scenario'),
      action: 'planning.saveScenario',
      entityKey: scenario.code,
      summary: { needs: scenario.needs.length, leftOut: scenario.leftOut.length },
    });
    return { version: currentVersion + 1 };
  });
}

/** The budget frame per year, earliest first. */
export async function loadBudgetFrame(
  db: Database,
  organisationSlug: string,
): Promise<BudgetFrame> {
  const org = await findOrganisation(db, organisationSlug);
  return db
    .select({ year: budgetFrames.year, tkr: budgetFrames.tkr })
    .from(budgetFrames)
    .where(eq(budgetFrames.organisationId, org.id))
    .orderBy(asc(budgetFrames.year));
}

const sameFrame = (a: BudgetFrame, b: BudgetFrame) =>
  JSON.stringify([...a].sort((x, y) => x.year - y.year)) ===
  JSON.stringify([...b].sort((x, y) => x.year - y.year));

/** Replaces the frame, unless it changed since `expected` was read. */
export async function saveBudgetFrame(
  db: Database,
  actor: Actor,
  input: { expected: BudgetFrame; frame: BudgetFrame },
): Promise<BudgetFrame> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    // The organisation's row is the lock: the frame may have no rows to lock yet.
    await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, org.id))
      .for('update');
    const current = await tx
      .select({ year: budgetFrames.year, tkr: budgetFrames.tkr })
      .from(budgetFrames)
      .where(eq(budgetFrames.organisationId, org.id));
    if (!sameFrame(current, input.expected)) {
      throw new ConflictError('budget frame changed since it was read', { current });
    }
    await tx.delete(budgetFrames).where(eq(budgetFrames.organisationId, org.id));
    if (input.frame.length) {
      await tx
        .insert(budgetFrames)
        .values(input.frame.map((f) => ({ organisationId: org.id, ...f })));
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'budgetFrame'),
      action: 'planning.saveFrame',
      summary: { before: current, after: input.frame },
    });
    return input.frame;
  });
}

import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  ConflictError,
  makeCode,
  NotFoundError,
  type CriticalFactorFields,
  type FactorRegisterData,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findCurrentFramework, isActiveCapability } from './framework';
import { findOrganisation } from './lookups';
import {
  areas,
  capabilities,
  criticalFactorCapabilities,
  criticalFactorNeeds,
  criticalFactors,
  criticalFactorScores,
  investmentNeeds,
  rounds,
} from '../schema/index';
import { idOf, mapCurrentCapabilityIds, mapNeedIds, type CodeIds } from './code-ids';

/** The round a change of score belongs to: the open one while there is one, else the latest. */
async function findCurrentRound(db: Database, organisationId: number) {
  const [round] = await db
    .select({ id: rounds.id, code: rounds.code })
    .from(rounds)
    .where(eq(rounds.organisationId, organisationId))
    // 'open' sorts after 'closed', so descending puts the open round first.
    .orderBy(desc(rounds.status), desc(rounds.startsOn))
    .limit(1);
  return round ?? null;
}

/** The register as stored: factors with their links and scores per round, and what the form offers. */
export async function listCriticalFactors(
  db: Database,
  organisationSlug: string,
): Promise<FactorRegisterData> {
  const org = await findOrganisation(db, organisationSlug);
  const framework = await findCurrentFramework(db, org.id);
  const [rows, roundRows, capabilityRows, needRows, current] = await Promise.all([
    db
      .select()
      .from(criticalFactors)
      .where(eq(criticalFactors.organisationId, org.id))
      .orderBy(asc(criticalFactors.code)),
    db
      .select({ id: rounds.id, code: rounds.code, status: rounds.status })
      .from(rounds)
      .where(eq(rounds.organisationId, org.id))
      .orderBy(asc(rounds.startsOn)),
    framework
      ? db
          .select({ code: capabilities.code, name: capabilities.name, areaName: areas.name })
          .from(capabilities)
          .innerJoin(areas, eq(areas.id, capabilities.areaId))
          .where(and(eq(capabilities.frameworkId, framework.id), isActiveCapability()))
          .orderBy(asc(areas.sortOrder), asc(capabilities.sortOrder))
      : Promise.resolve([]),
    db
      .select({ code: investmentNeeds.code, title: investmentNeeds.title })
      .from(investmentNeeds)
      .where(eq(investmentNeeds.organisationId, org.id))
      .orderBy(asc(investmentNeeds.title)),
    findCurrentRound(db, org.id),
  ]);
  const ids = rows.map((r) => r.id);
  const [linkedCapabilities, linkedNeeds, scores] = ids.length
    ? await Promise.all([
        db
          .select({
            factorId: criticalFactorCapabilities.factorId,
            code: capabilities.code,
            name: capabilities.name,
          })
          .from(criticalFactorCapabilities)
          .innerJoin(capabilities, eq(capabilities.id, criticalFactorCapabilities.capabilityId))
          .where(inArray(criticalFactorCapabilities.factorId, ids))
          .orderBy(asc(capabilities.sortOrder), asc(capabilities.code)),
        db
          .select({
            factorId: criticalFactorNeeds.factorId,
            code: investmentNeeds.code,
            title: investmentNeeds.title,
          })
          .from(criticalFactorNeeds)
          .innerJoin(investmentNeeds, eq(investmentNeeds.id, criticalFactorNeeds.needId))
          .where(inArray(criticalFactorNeeds.factorId, ids))
          .orderBy(asc(investmentNeeds.code)),
        db
          .select({
            factorId: criticalFactorScores.factorId,
            roundCode: rounds.code,
            likelihood: criticalFactorScores.likelihood,
            impact: criticalFactorScores.impact,
          })
          .from(criticalFactorScores)
          .innerJoin(rounds, eq(rounds.id, criticalFactorScores.roundId))
          .where(inArray(criticalFactorScores.factorId, ids))
          .orderBy(asc(rounds.startsOn)),
      ])
    : [[], [], []];
  return {
    factors: rows.map((r) => ({
      code: r.code,
      title: r.title,
      kind: r.kind,
      likelihood: r.likelihood,
      impact: r.impact,
      owner: r.owner,
      mitigation: r.mitigation,
      status: r.status,
      capabilities: linkedCapabilities
        .filter((c) => c.factorId === r.id)
        .map(({ code, name }) => ({ code, name })),
      needs: linkedNeeds
        .filter((n) => n.factorId === r.id)
        .map(({ code, title }) => ({ code, title })),
      history: scores
        .filter((s) => s.factorId === r.id)
        .map(({ roundCode, likelihood, impact }) => ({ roundCode, likelihood, impact })),
      version: r.version,
      updatedAt: new Date(r.updatedAt).toISOString(),
      updatedBy: r.updatedBy,
    })),
    rounds: roundRows.map(({ code, status }) => ({ code, status })),
    currentRound: current?.code ?? null,
    capabilities: capabilityRows,
    needs: needRows,
  };
}

/** Capability and need codes as ids; an unknown one is an error at its field. */
async function resolveLinks(tx: Database, organisationId: number, fields: CriticalFactorFields) {
  const [capabilityIds, needIds] = await Promise.all([
    mapCurrentCapabilityIds(tx, organisationId),
    mapNeedIds(tx, organisationId),
  ]);
  const idsOf = (codes: string[], ids: CodeIds, field: string, unknown: string) =>
    [...new Set(codes)].map((code) => idOf(ids, code, field, unknown));
  return {
    capabilityIds: idsOf(
      fields.capabilityCodes,
      capabilityIds,
      'fields.capabilityCodes',
      'unknownCapability',
    ),
    needIds: idsOf(fields.needCodes, needIds, 'fields.needCodes', 'unknownNeed'),
  };
}

/** What a conflict shows of the factor as saved, so the user can compare it with their own. */
function describeSaved(row: typeof criticalFactors.$inferSelect) {
  const { id: _i, organisationId: _o, ...rest } = row;
  return { ...rest, updatedAt: new Date(row.updatedAt).toISOString() };
}

/**
 * Creates a factor (code null, version 0) or changes one against the version it was read at, and
 * records its score in the current round so the trend shows the change; one transaction, audited.
 */
export async function saveCriticalFactor(
  db: Database,
  actor: Actor,
  input: { code: string | null; expectedVersion: number; fields: CriticalFactorFields },
): Promise<{ code: string; version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    let current: typeof criticalFactors.$inferSelect | null = null;
    if (input.code !== null) {
      const [row] = await tx
        .select()
        .from(criticalFactors)
        .where(
          and(eq(criticalFactors.organisationId, org.id), eq(criticalFactors.code, input.code)),
        )
        .for('update');
      if (!row) throw new NotFoundError('criticalFactor', input.code);
      current = row;
    }
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('factor changed since it was read', {
        currentVersion,
        current: current ? describeSaved(current) : null,
      });
    }
    const links = await resolveLinks(tx, org.id, input.fields);
    const { capabilityCodes: _c, needCodes: _n, ...columns } = input.fields;
    const values = {
      ...columns,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    let code: string;
    let factorId: number;
    if (current) {
      code = current.code;
      factorId = current.id;
      await tx.update(criticalFactors).set(values).where(eq(criticalFactors.id, current.id));
    } else {
      const taken = await tx
        .select({ code: criticalFactors.code })
        .from(criticalFactors)
        .where(eq(criticalFactors.organisationId, org.id));
      code = makeCode(input.fields.title, new Set(taken.map((t) => t.code)), 'faktor');
      // A simultaneous creation of the same code fails on the unique key: the funnel says CONFLICT.
      const [saved] = await tx
        .insert(criticalFactors)
        .values({ ...values, organisationId: org.id, code })
        .returning({ id: criticalFactors.id });
      factorId = saved!.id;
    }
    await tx
      .delete(criticalFactorCapabilities)
      .where(eq(criticalFactorCapabilities.factorId, factorId));
    await tx.delete(criticalFactorNeeds).where(eq(criticalFactorNeeds.factorId, factorId));
    if (links.capabilityIds.length) {
      await tx
        .insert(criticalFactorCapabilities)
        .values(links.capabilityIds.map((capabilityId) => ({ factorId, capabilityId })));
    }
    if (links.needIds.length) {
      await tx
        .insert(criticalFactorNeeds)
        .values(links.needIds.map((needId) => ({ factorId, needId })));
    }
    const round = await findCurrentRound(tx, org.id);
    if (round) {
      const score = { likelihood: input.fields.likelihood, impact: input.fields.impact };
      await tx
        .insert(criticalFactorScores)
        .values({ factorId, roundId: round.id, ...score })
        .onConflictDoUpdate({
          target: [criticalFactorScores.factorId, criticalFactorScores.roundId],
          set: score,
        });
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'criticalFactor'),
      action: 'factors.save',
      entityKey: code,
      summary: {
        before: current
          ? { likelihood: current.likelihood, impact: current.impact, status: current.status }
          : null,
        after: {
          title: input.fields.title,
          likelihood: input.fields.likelihood,
          impact: input.fields.impact,
          status: input.fields.status,
        },
        round: round?.code ?? null,
      },
    });
    return { code, version: currentVersion + 1 };
  });
}

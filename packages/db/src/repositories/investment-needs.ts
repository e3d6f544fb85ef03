import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  ConflictError,
  InvalidError,
  makeCode,
  NotFoundError,
  type NeedFields,
  type NeedRecord,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import { findUnit } from './lookups';
import {
  capabilities,
  investmentNeedCapabilities,
  investmentNeedDependencies,
  investmentNeeds,
  investmentNeedUnits,
  units,
} from '../schema/index';
import { idOf, mapCurrentCapabilityIds, mapNeedIds, mapUnitIds } from './code-ids';

/** The organisation's register of investment needs, in priority order. */
export async function listNeeds(db: Database, organisationSlug: string): Promise<NeedRecord[]> {
  const org = await findOrganisation(db, organisationSlug);
  const rows = await db
    .select()
    .from(investmentNeeds)
    .where(eq(investmentNeeds.organisationId, org.id))
    .orderBy(
      asc(investmentNeeds.priority),
      asc(investmentNeeds.plannedStart),
      asc(investmentNeeds.code),
    );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [lifts, owners, dependencies, proposers] = await Promise.all([
    db
      .select({
        needId: investmentNeedCapabilities.needId,
        capabilityCode: capabilities.code,
        lift: investmentNeedCapabilities.lift,
      })
      .from(investmentNeedCapabilities)
      .innerJoin(capabilities, eq(capabilities.id, investmentNeedCapabilities.capabilityId))
      .where(inArray(investmentNeedCapabilities.needId, ids))
      .orderBy(asc(capabilities.sortOrder), asc(capabilities.code)),
    db
      .select({ needId: investmentNeedUnits.needId, slug: units.slug })
      .from(investmentNeedUnits)
      .innerJoin(units, eq(units.id, investmentNeedUnits.unitId))
      .where(inArray(investmentNeedUnits.needId, ids))
      .orderBy(asc(units.sortOrder), asc(units.slug)),
    db
      .select({ needId: investmentNeedDependencies.needId, code: investmentNeeds.code })
      .from(investmentNeedDependencies)
      .innerJoin(investmentNeeds, eq(investmentNeeds.id, investmentNeedDependencies.dependsOnId))
      .where(inArray(investmentNeedDependencies.needId, ids))
      .orderBy(asc(investmentNeeds.code)),
    db
      .select({ id: units.id, slug: units.slug })
      .from(units)
      .where(eq(units.organisationId, org.id)),
  ]);
  return rows.map((r) => ({
    code: r.code,
    title: r.title,
    description: r.description,
    ownerUnits: owners.filter((o) => o.needId === r.id).map((o) => o.slug),
    capabilities: lifts
      .filter((l) => l.needId === r.id)
      .map(({ capabilityCode, lift }) => ({ capabilityCode, lift })),
    plannedStart: r.plannedStart,
    durationYears: r.durationYears,
    oneOffTkr: r.oneOffTkr,
    operatingTkr: r.operatingTkr,
    benefitTkr: r.benefitTkr,
    fte: r.fte,
    dependsOn: dependencies.filter((d) => d.needId === r.id).map((d) => d.code),
    constraints: r.constraints,
    risk: r.risk,
    priority: r.priority,
    status: r.status,
    version: r.version,
    decisionReason: r.decisionReason,
    proposedByUnit: proposers.find((p) => p.id === r.proposedByUnitId)?.slug ?? null,
    updatedAt: new Date(r.updatedAt).toISOString(),
    updatedBy: r.updatedBy,
  }));
}

async function findNeed(tx: Database, organisationId: number, code: string) {
  const [row] = await tx
    .select()
    .from(investmentNeeds)
    .where(and(eq(investmentNeeds.organisationId, organisationId), eq(investmentNeeds.code, code)))
    .for('update');
  if (!row) throw new NotFoundError('need', code);
  return row;
}

/** Codes, slugs and need codes in `fields` as ids; an unknown one is an error at its field. */
async function resolveReferences(
  tx: Database,
  organisationId: number,
  fields: NeedFields,
  ownCode: string | null,
) {
  const [capabilityIds, unitIds, needIds] = await Promise.all([
    mapCurrentCapabilityIds(tx, organisationId),
    mapUnitIds(tx, organisationId),
    mapNeedIds(tx, organisationId),
  ]);
  const liftRows = fields.capabilities.map((c, i) => ({
    capabilityId: idOf(
      capabilityIds,
      c.capabilityCode,
      `fields.capabilities.${i}.capabilityCode`,
      'unknownCapability',
    ),
    lift: c.lift,
  }));
  const ownerIds = fields.ownerUnits.map((slug, i) =>
    idOf(unitIds, slug, `fields.ownerUnits.${i}`, 'unknownUnit'),
  );
  const dependsOnIds = fields.dependsOn.map((code, i) => {
    if (code === ownCode) throw new InvalidError(`fields.dependsOn.${i}`, 'dependsOnItself');
    return idOf(needIds, code, `fields.dependsOn.${i}`, 'unknownNeed');
  });
  return { liftRows, ownerIds, dependsOnIds, takenCodes: new Set(needIds.keys()) };
}

/** Whether following dependencies from `start` ever comes back to it. */
async function hasCycle(tx: Database, start: number): Promise<boolean> {
  const edges = await tx.select().from(investmentNeedDependencies);
  const next = (id: number) => edges.filter((e) => e.needId === id).map((e) => e.dependsOnId);
  const seen = new Set<number>();
  const stack = next(start);
  while (stack.length) {
    const id = stack.pop()!;
    if (id === start) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...next(id));
  }
  return false;
}

/**
 * Creates a need (code null) or changes one against the version it was read at; one transaction,
 * audited. `proposedByUnit` marks a unit's proposal.
 */
export async function saveNeed(
  db: Database,
  actor: Actor,
  input: {
    code: string | null;
    expectedVersion: number;
    fields: NeedFields;
    /** The reporter's unit, when a unit proposes the need. */
    proposedByUnit?: string;
  },
): Promise<{ code: string; version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const current = input.code === null ? null : await findNeed(tx, org.id, input.code);
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('need changed since it was read', { currentVersion });
    }
    const refs = await resolveReferences(tx, org.id, input.fields, input.code);
    const proposer = input.proposedByUnit ? await findUnit(tx, org.id, input.proposedByUnit) : null;
    const { capabilities: _c, ownerUnits: _o, dependsOn: _d, ...columns } = input.fields;
    const values = {
      ...columns,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    const code = current?.code ?? makeCode(input.fields.title, refs.takenCodes, 'behov');
    const [saved] = current
      ? await tx
          .update(investmentNeeds)
          .set(values)
          .where(eq(investmentNeeds.id, current.id))
          .returning({ id: investmentNeeds.id })
      : await tx
          .insert(investmentNeeds)
          .values({
            ...values,
            organisationId: org.id,
            code,
            proposedByUnitId: proposer?.id ?? null,
          })
          .returning({ id: investmentNeeds.id });
    const needId = saved!.id;
    await tx
      .delete(investmentNeedCapabilities)
      .where(eq(investmentNeedCapabilities.needId, needId));
    await tx.delete(investmentNeedUnits).where(eq(investmentNeedUnits.needId, needId));
    await tx
      .delete(investmentNeedDependencies)
      .where(eq(investmentNeedDependencies.needId, needId));
    if (refs.liftRows.length) {
      await tx
        .insert(investmentNeedCapabilities)
        .values(refs.liftRows.map((l) => ({ needId, ...l })));
    }
    await tx
      .insert(investmentNeedUnits)
      .values(refs.ownerIds.map((unitId) => ({ needId, unitId })));
    if (refs.dependsOnIds.length) {
      await tx
        .insert(investmentNeedDependencies)
        .values(refs.dependsOnIds.map((dependsOnId) => ({ needId, dependsOnId })));
      if (await hasCycle(tx, needId)) throw new InvalidError('fields.dependsOn', 'dependencyCycle');
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'need'),
      action: proposer ? 'planning.proposeNeed' : 'planning.saveNeed',
      entityKey: code,
      summary: {
        before: current ? { title: current.title, status: current.status } : null,
        after: { title: input.fields.title, status: input.fields.status },
      },
    });
    return { code, version: currentVersion + 1 };
  });
}

/** ITD accepts or declines a unit's proposal; declining needs a reason the unit can read. */
export async function decideNeed(
  db: Database,
  actor: Actor,
  input: {
    code: string;
    expectedVersion: number;
    decision: 'accepted' | 'declined';
    reason: string | null;
  },
): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const need = await findNeed(tx, org.id, input.code);
    if (need.version !== input.expectedVersion) {
      throw new ConflictError('need changed since it was read', { currentVersion: need.version });
    }
    if (need.status !== 'proposed') throw new InvalidError('decision', 'notProposed');
    await tx
      .update(investmentNeeds)
      .set({
        status: input.decision,
        decisionReason: input.reason,
        version: need.version + 1,
        updatedAt: actor.at.toISOString(),
        updatedBy: actor.label,
      })
      .where(eq(investmentNeeds.id, need.id));
    await appendAudit(tx, {
      ...auditOf(actor, 'need'),
      action: 'planning.decideNeed',
      entityKey: need.code,
      summary: {
        before: { status: need.status },
        after: { status: input.decision },
        reason: input.reason,
      },
    });
    return { version: need.version + 1 };
  });
}

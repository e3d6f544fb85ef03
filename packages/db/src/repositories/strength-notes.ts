import { and, asc, desc, eq } from 'drizzle-orm';
import {
  ConflictError,
  InvalidError,
  makeCode,
  NotFoundError,
  type StrengthNote,
  type StrengthNoteFields,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findCurrentFramework, isActiveCapability } from './framework';
import { findOrganisation } from './lookups';
import { areas, capabilities, strengthNotes } from '../schema/index';

/** ITD's valued strengths and weaknesses, strongest weight first, strengths before weaknesses. */
export async function listStrengthNotes(
  db: Database,
  organisationSlug: string,
): Promise<StrengthNote[]> {
  const org = await findOrganisation(db, organisationSlug);
  const rows = await db
    .select({
      code: strengthNotes.code,
      kind: strengthNotes.kind,
      areaCode: areas.code,
      areaName: areas.name,
      capabilityCode: capabilities.code,
      capabilityName: capabilities.name,
      weight: strengthNotes.weight,
      text: strengthNotes.text,
      version: strengthNotes.version,
      updatedAt: strengthNotes.updatedAt,
      updatedBy: strengthNotes.updatedBy,
    })
    .from(strengthNotes)
    .innerJoin(areas, eq(areas.id, strengthNotes.areaId))
    .leftJoin(capabilities, eq(capabilities.id, strengthNotes.capabilityId))
    .where(eq(strengthNotes.organisationId, org.id))
    .orderBy(
      asc(strengthNotes.kind),
      desc(strengthNotes.weight),
      asc(areas.sortOrder),
      asc(strengthNotes.code),
    );
  return rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() }));
}

/** The area and capability as ids in the current framework; an unknown one is an error at its field. */
async function resolveTarget(tx: Database, organisationId: number, fields: StrengthNoteFields) {
  const framework = await findCurrentFramework(tx, organisationId);
  const [area] = framework
    ? await tx
        .select({ id: areas.id, retired: areas.retiredInVersion })
        .from(areas)
        .where(and(eq(areas.frameworkId, framework.id), eq(areas.code, fields.areaCode)))
    : [];
  if (!area || area.retired !== null) throw new InvalidError('fields.areaCode', 'unknownArea');
  if (fields.capabilityCode === null) return { areaId: area.id, capabilityId: null };
  const [capability] = await tx
    .select({ id: capabilities.id, areaId: capabilities.areaId })
    .from(capabilities)
    .where(
      and(
        eq(capabilities.frameworkId, framework!.id),
        eq(capabilities.code, fields.capabilityCode),
        isActiveCapability(),
      ),
    );
  if (!capability) throw new InvalidError('fields.capabilityCode', 'unknownCapability');
  // A capability belongs to one area: a note cannot name another area for it.
  if (capability.areaId !== area.id) {
    throw new InvalidError('fields.capabilityCode', 'capabilityNotInArea');
  }
  return { areaId: area.id, capabilityId: capability.id };
}

/** What a conflict shows of the note as saved, so the user can compare it with their own. */
function describeSaved(row: typeof strengthNotes.$inferSelect) {
  const { id: _i, organisationId: _o, areaId: _a, capabilityId: _c, ...rest } = row;
  return { ...rest, updatedAt: new Date(row.updatedAt).toISOString() };
}

/**
 * Creates a note (code null, version 0) or changes one against the version it was read at; one
 * transaction, audited.
 */
export async function saveStrengthNote(
  db: Database,
  actor: Actor,
  input: { code: string | null; expectedVersion: number; fields: StrengthNoteFields },
): Promise<{ code: string; version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    let current: typeof strengthNotes.$inferSelect | null = null;
    if (input.code !== null) {
      const [row] = await tx
        .select()
        .from(strengthNotes)
        .where(and(eq(strengthNotes.organisationId, org.id), eq(strengthNotes.code, input.code)))
        .for('update');
      if (!row) throw new NotFoundError('strengthNote', input.code);
      current = row;
    }
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('strength note changed since it was read', {
        currentVersion,
        current: current ? describeSaved(current) : null,
      });
    }
    const target = await resolveTarget(tx, org.id, input.fields);
    const values = {
      kind: input.fields.kind,
      ...target,
      weight: input.fields.weight,
      text: input.fields.text,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    let code: string;
    if (current) {
      code = current.code;
      await tx.update(strengthNotes).set(values).where(eq(strengthNotes.id, current.id));
    } else {
      const taken = await tx
        .select({ code: strengthNotes.code })
        .from(strengthNotes)
        .where(eq(strengthNotes.organisationId, org.id));
      const prefix = input.fields.kind === 'strength' ? 'styrka' : 'svaghet';
      code = makeCode(
        `${prefix} ${input.fields.capabilityCode ?? input.fields.areaCode}`,
        new Set(taken.map((t) => t.code)),
        prefix,
      );
      // A simultaneous creation of the same code fails on the unique key: the funnel says CONFLICT.
      await tx.insert(strengthNotes).values({ ...values, organisationId: org.id, code });
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'strengthNote'),
      action: 'plan.saveStrengthNote',
      entityKey: code,
      summary: {
        before: current ? { kind: current.kind, weight: current.weight } : null,
        after: {
          kind: input.fields.kind,
          areaCode: input.fields.areaCode,
          capabilityCode: input.fields.capabilityCode,
          weight: input.fields.weight,
        },
      },
    });
    return { code, version: currentVersion + 1 };
  });
}

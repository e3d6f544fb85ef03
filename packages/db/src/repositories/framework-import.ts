import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  ConflictError,
  InvalidDocumentError,
  InvalidError,
  planFrameworkImport,
  type FrameworkDocument,
  type FrameworkImportPlan,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findCurrentFramework, readFrameworkDocument } from './framework';
import { findOrganisation } from './lookups';
import { refreshOrganisationRollups } from './rollups';
import {
  areas,
  capabilities,
  capabilityAliases,
  frameworks,
  frameworkVersions,
  levelDescriptors,
  rounds,
  scaleSteps,
} from '../schema/index';

/** What importing the document would do, planned against the framework as it stands. */
export async function previewFrameworkImport(
  db: Database,
  organisationSlug: string,
  document: FrameworkDocument,
): Promise<FrameworkImportPlan> {
  const org = await findOrganisation(db, organisationSlug);
  const framework = await findCurrentFramework(db, org.id);
  const current = framework ? await readFrameworkDocument(db, framework) : null;
  return planFrameworkImport(current, document);
}

/** The plan's size, for the audit log and the version history. */
export function countPlan(plan: FrameworkImportPlan) {
  return {
    kind: plan.kind,
    version: plan.version,
    added: plan.added.length,
    renamed: plan.renamed.length,
    merged: plan.merged.reduce((n, m) => n + m.codes.length, 0),
    retired: plan.retired.length,
    changedText: plan.changedText.length,
  };
}

/**
 * Imports a framework document in one transaction: a new version of the current framework (mapped
 * in place, so every assessment keeps its capability) or a new framework. The plan is made again
 * under the lock, so what is applied is what the data allows now, not what it allowed at preview.
 */
export async function importFramework(
  db: Database,
  actor: Actor,
  input: { document: FrameworkDocument; expectedVersion: number },
): Promise<FrameworkImportPlan> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    // Serialises imports and round openings of one organisation.
    await tx.execute(sql`select id from organisations where id = ${org.id} for update`);
    const framework = await findCurrentFramework(tx, org.id);
    const currentVersion = framework?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      throw new ConflictError('framework changed since it was read', { currentVersion });
    }
    const current = framework ? await readFrameworkDocument(tx, framework) : null;
    const plan = planFrameworkImport(current, input.document);
    if (plan.errors.length) throw new InvalidDocumentError(plan.errors);
    if (plan.kind === 'unchanged') return plan;

    let frameworkId: number;
    if (plan.kind === 'newFramework') {
      const [open] = await tx
        .select({ code: rounds.code })
        .from(rounds)
        .where(and(eq(rounds.organisationId, org.id), eq(rounds.status, 'open')));
      // An open round is reported against the current framework; switching under it would split it.
      if (open) throw new InvalidError('slug', 'roundOpen');
      const [taken] = await tx
        .select({ id: frameworks.id })
        .from(frameworks)
        .where(and(eq(frameworks.organisationId, org.id), eq(frameworks.slug, plan.slug)));
      if (taken) throw new InvalidError('slug', 'slugUsedBefore');
      frameworkId = await insertFramework(tx, org.id, input.document);
    } else {
      frameworkId = framework!.id;
      await applyNewVersion(tx, frameworkId, input.document, plan);
    }
    // Dashboards count closed rounds' capabilities that are still in the framework, in their current
    // area, from the rollups: a version that retires or moves capabilities changes those counts.
    await refreshOrganisationRollups(tx, org.id);
    await tx.insert(frameworkVersions).values({
      frameworkId,
      version: plan.version,
      document: input.document as unknown as Record<string, unknown>,
      importedBy: actor.label,
      importedAt: actor.at.toISOString(),
      changes: { ...countPlan(plan), plan },
    });
    await appendAudit(tx, {
      ...auditOf(actor, 'framework'),
      action: 'framework.import',
      entityKey: plan.slug,
      summary: countPlan(plan),
    });
    return plan;
  });
}

/** A new framework: its first version, with the version number the document gives. */
export async function insertFramework(
  tx: Database,
  organisationId: number,
  document: FrameworkDocument,
): Promise<number> {
  const [row] = await tx
    .insert(frameworks)
    .values({
      organisationId,
      slug: document.slug,
      name: document.name,
      nameEn: document.nameEn ?? null,
      version: document.version,
    })
    .returning({ id: frameworks.id });
  const frameworkId = row!.id;
  await tx.insert(scaleSteps).values(
    document.scale.map((s) => ({
      frameworkId,
      level: s.level,
      name: s.name,
      nameEn: s.nameEn ?? null,
    })),
  );
  await writeAreasAndCapabilities(tx, frameworkId, document, new Map());
  return frameworkId;
}

async function applyNewVersion(
  tx: Database,
  frameworkId: number,
  document: FrameworkDocument,
  plan: FrameworkImportPlan,
) {
  const version = plan.version;
  await tx
    .update(frameworks)
    .set({ name: document.name, nameEn: document.nameEn ?? null, version })
    .where(eq(frameworks.id, frameworkId));
  for (const s of document.scale) {
    await tx
      .update(scaleSteps)
      .set({ name: s.name, nameEn: s.nameEn ?? null })
      .where(and(eq(scaleSteps.frameworkId, frameworkId), eq(scaleSteps.level, s.level)));
  }

  const rows = await tx
    .select({ id: capabilities.id, code: capabilities.code })
    .from(capabilities)
    .where(eq(capabilities.frameworkId, frameworkId));
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  // A rename keeps the row (and so every assessment) and leaves its old code behind as an alias.
  for (const r of plan.renamed) {
    const id = idOf.get(r.from)!;
    await tx
      .delete(capabilityAliases)
      .where(and(eq(capabilityAliases.frameworkId, frameworkId), eq(capabilityAliases.code, r.to)));
    await tx.update(capabilities).set({ code: r.to }).where(eq(capabilities.id, id));
    await tx.insert(capabilityAliases).values({ frameworkId, code: r.from, capabilityId: id });
    idOf.delete(r.from);
    idOf.set(r.to, id);
  }
  const ids = await writeAreasAndCapabilities(tx, frameworkId, document, idOf, version);

  const retire = async (codes: string[], successor: string | null) => {
    if (!codes.length) return;
    await tx
      .update(capabilities)
      .set({ retiredInVersion: version, successorId: successor ? ids.get(successor)! : null })
      .where(and(eq(capabilities.frameworkId, frameworkId), inArray(capabilities.code, codes)));
  };
  for (const m of plan.merged) await retire(m.codes, m.into);
  for (const r of plan.retired) await retire([r.code], r.successor);
  if (plan.areas.retired.length) {
    await tx
      .update(areas)
      .set({ retiredInVersion: version })
      .where(and(eq(areas.frameworkId, frameworkId), inArray(areas.code, plan.areas.retired)));
  }
}

/**
 * Writes the document's areas and capabilities: rows found by code are updated in place, the rest
 * inserted. Returns capability ids by code.
 */
async function writeAreasAndCapabilities(
  tx: Database,
  frameworkId: number,
  document: FrameworkDocument,
  idOf: Map<string, number>,
  version = document.version,
): Promise<Map<string, number>> {
  const ids = new Map(idOf);
  let sortOrder = 0;
  for (const [a, area] of document.areas.entries()) {
    const [areaRow] = await tx
      .insert(areas)
      .values({
        frameworkId,
        code: area.code,
        name: area.name,
        nameEn: area.nameEn ?? null,
        sortOrder: a,
      })
      .onConflictDoUpdate({
        target: [areas.frameworkId, areas.code],
        set: { name: area.name, nameEn: area.nameEn ?? null, sortOrder: a, retiredInVersion: null },
      })
      .returning({ id: areas.id });
    for (const cap of area.capabilities) {
      const fields = {
        areaId: areaRow!.id,
        name: cap.name,
        nameEn: cap.nameEn ?? null,
        description: cap.description ?? '',
        descriptionEn: cap.descriptionEn ?? null,
        sortOrder: sortOrder++,
      };
      const id = ids.get(cap.code);
      if (id !== undefined) {
        await tx.update(capabilities).set(fields).where(eq(capabilities.id, id));
      } else {
        const [inserted] = await tx
          .insert(capabilities)
          .values({ frameworkId, code: cap.code, addedInVersion: version, ...fields })
          .returning({ id: capabilities.id });
        ids.set(cap.code, inserted!.id);
      }
    }
  }
  const descriptors = document.areas.flatMap((area) =>
    area.capabilities.flatMap((cap) =>
      cap.levels.map((l) => ({
        capabilityId: ids.get(cap.code)!,
        level: l.level,
        descriptor: l.descriptor,
        descriptorEn: l.descriptorEn ?? null,
      })),
    ),
  );
  await tx
    .insert(levelDescriptors)
    .values(descriptors)
    .onConflictDoUpdate({
      target: [levelDescriptors.capabilityId, levelDescriptors.level],
      set: {
        descriptor: sql`excluded.descriptor`,
        descriptorEn: sql`excluded.descriptor_en`,
      },
    });
  return ids;
}

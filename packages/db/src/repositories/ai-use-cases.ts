import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  ConflictError,
  InvalidError,
  makeCode,
  NotFoundError,
  type AiStatus,
  type AiUseCaseFields,
  type NeedStatus,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { readReachRule } from './ai-reach-rules';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import { aiUseCaseNeeds, aiUseCases, investmentNeeds, units } from '../schema/index';

export * from './ai-competence-facts';
export * from './ai-reach-rules';

/** A use case as stored, with its unit and the needs it waits for by name. */
export interface AiUseCaseRecord extends Omit<AiUseCaseFields, 'unitSlug' | 'dependsOnNeeds'> {
  code: string;
  unit: { slug: string; name: string };
  status: AiStatus;
  dependsOnNeeds: { code: string; title: string; status: NeedStatus }[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

type UseCaseRow = typeof aiUseCases.$inferSelect;

const readinessOf = (r: UseCaseRow) => ({
  data: r.readinessData,
  legal: r.readinessLegal,
  competence: r.readinessCompetence,
  platform: r.readinessPlatform,
  testing: r.readinessTesting,
});

/** The register: every use case, the rule in force, and the units and needs a form chooses from. */
export async function listAiUseCases(db: Database, organisationSlug: string) {
  const org = await findOrganisation(db, organisationSlug);
  const [rows, unitRows, needRows, links, rule] = await Promise.all([
    db
      .select()
      .from(aiUseCases)
      .where(eq(aiUseCases.organisationId, org.id))
      .orderBy(asc(aiUseCases.code)),
    db
      .select({ id: units.id, slug: units.slug, name: units.name })
      .from(units)
      .where(eq(units.organisationId, org.id))
      .orderBy(asc(units.sortOrder), asc(units.slug)),
    db
      .select({
        id: investmentNeeds.id,
        code: investmentNeeds.code,
        title: investmentNeeds.title,
        status: investmentNeeds.status,
      })
      .from(investmentNeeds)
      .where(eq(investmentNeeds.organisationId, org.id))
      .orderBy(asc(investmentNeeds.title)),
    db
      .select({ useCaseId: aiUseCaseNeeds.useCaseId, needId: aiUseCaseNeeds.needId })
      .from(aiUseCaseNeeds)
      .innerJoin(aiUseCases, eq(aiUseCases.id, aiUseCaseNeeds.useCaseId))
      .where(eq(aiUseCases.organisationId, org.id)),
    readReachRule(db, org.id),
  ]);
  const unitOf = new Map(unitRows.map((u) => [u.id, { slug: u.slug, name: u.name }]));
  const needOf = new Map(needRows.map((n) => [n.id, n]));
  const useCases: AiUseCaseRecord[] = rows.map((r) => ({
    code: r.code,
    title: r.title,
    description: r.description,
    unit: unitOf.get(r.unitId)!,
    value: r.value,
    effort: r.effort,
    readiness: readinessOf(r),
    status: r.status,
    dependsOnNeeds: links
      .filter((l) => l.useCaseId === r.id)
      .map((l) => needOf.get(l.needId)!)
      .sort((a, b) => a.title.localeCompare(b.title, 'sv'))
      .map(({ code, title, status }) => ({ code, title, status })),
    version: r.version,
    updatedAt: new Date(r.updatedAt).toISOString(),
    updatedBy: r.updatedBy,
  }));
  return {
    useCases,
    rule,
    units: unitRows.map(({ slug, name }) => ({ slug, name })),
    needs: needRows.map(({ code, title }) => ({ code, title })),
  };
}

/** A stored use case as the fields a form would send, for a conflict to show what is saved now. */
function toFields(row: UseCaseRow, unitSlug: string, needCodes: string[]): AiUseCaseFields {
  return {
    title: row.title,
    description: row.description,
    unitSlug,
    value: row.value,
    effort: row.effort,
    readiness: readinessOf(row),
    status: row.status,
    dependsOnNeeds: needCodes,
  };
}

/**
 * Creates a use case (code null, version 0) or changes one against the version it was read at; one
 * transaction, audited. `ownUnit` is a reporter's unit: the use case must be, and stay, that unit's.
 */
export async function saveAiUseCase(
  db: Database,
  actor: Actor,
  input: {
    code: string | null;
    expectedVersion: number;
    fields: AiUseCaseFields;
    ownUnit?: string;
  },
): Promise<{ code: string; version: number }> {
  const { fields, ownUnit } = input;
  if (ownUnit !== undefined && fields.unitSlug !== ownUnit) {
    throw new InvalidError('fields.unitSlug', 'ownUnitOnly');
  }
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const unitRows = await tx
      .select({ id: units.id, slug: units.slug })
      .from(units)
      .where(eq(units.organisationId, org.id));
    const [current] =
      input.code === null
        ? []
        : await tx
            .select()
            .from(aiUseCases)
            .where(and(eq(aiUseCases.organisationId, org.id), eq(aiUseCases.code, input.code)))
            .for('update');
    if (input.code !== null && !current) throw new NotFoundError('aiUseCase', input.code);
    const currentUnit = current ? unitRows.find((u) => u.id === current.unitId)!.slug : null;
    if (ownUnit !== undefined && currentUnit !== null && currentUnit !== ownUnit) {
      throw new InvalidError('fields.unitSlug', 'ownUnitOnly');
    }
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== input.expectedVersion) {
      const needCodes = current ? await readNeedCodes(tx, current.id) : [];
      throw new ConflictError('use case changed since it was read', {
        currentVersion,
        current: current ? toFields(current, currentUnit!, needCodes) : null,
      });
    }
    const unitId = unitRows.find((u) => u.slug === fields.unitSlug)?.id;
    if (unitId === undefined) throw new InvalidError('fields.unitSlug', 'unknownUnit');
    const needRows = await tx
      .select({ id: investmentNeeds.id, code: investmentNeeds.code })
      .from(investmentNeeds)
      .where(eq(investmentNeeds.organisationId, org.id));
    const needIds = [...new Set(fields.dependsOnNeeds)].map((code) => {
      const id = needRows.find((n) => n.code === code)?.id;
      if (id === undefined) throw new InvalidError('fields.dependsOnNeeds', 'unknownNeed');
      return id;
    });
    const values = {
      title: fields.title,
      description: fields.description,
      unitId,
      value: fields.value,
      effort: fields.effort,
      readinessData: fields.readiness.data,
      readinessLegal: fields.readiness.legal,
      readinessCompetence: fields.readiness.competence,
      readinessPlatform: fields.readiness.platform,
      readinessTesting: fields.readiness.testing,
      status: fields.status,
      version: currentVersion + 1,
      updatedAt: actor.at.toISOString(),
      updatedBy: actor.label,
    };
    let code: string;
    let id: number;
    if (current) {
      code = current.code;
      id = current.id;
      await tx.update(aiUseCases).set(values).where(eq(aiUseCases.id, id));
    } else {
      const taken = await tx
        .select({ code: aiUseCases.code })
        .from(aiUseCases)
        .where(eq(aiUseCases.organisationId, org.id));
      code = makeCode(fields.title, new Set(taken.map((t) => t.code)), 'ai');
      const [saved] = await tx
        .insert(aiUseCases)
        .values({ ...values, organisationId: org.id, code })
        .returning({ id: aiUseCases.id });
      id = saved!.id;
    }
    await tx.delete(aiUseCaseNeeds).where(eq(aiUseCaseNeeds.useCaseId, id));
    if (needIds.length) {
      await tx.insert(aiUseCaseNeeds).values(needIds.map((needId) => ({ useCaseId: id, needId })));
    }
    await appendAudit(tx, {
      ...auditOf(actor, 'aiUseCase'),
      action: 'ai.saveUseCase',
      entityKey: code,
      summary: {
        before: current ? { title: current.title, status: current.status } : null,
        after: { title: fields.title, status: fields.status, unit: fields.unitSlug },
      },
    });
    return { code, version: currentVersion + 1 };
  });
}

async function readNeedCodes(tx: Database, useCaseId: number): Promise<string[]> {
  const rows = await tx
    .select({ code: investmentNeeds.code })
    .from(aiUseCaseNeeds)
    .innerJoin(investmentNeeds, eq(investmentNeeds.id, aiUseCaseNeeds.needId))
    .where(inArray(aiUseCaseNeeds.useCaseId, [useCaseId]))
    .orderBy(asc(investmentNeeds.code));
  return rows.map((r) => r.code);
}

import { and, desc, eq, lt } from 'drizzle-orm';
import {
  ConflictError,
  NotFoundError,
  type PlanChapterKey,
  type PlanContent,
  type PlanEditionSummary,
  type PlanNarratives,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { findOrganisation } from './lookups';
import { planEditions } from '../schema/index';

type EditionRow = typeof planEditions.$inferSelect;

const iso = (value: string) => new Date(value).toISOString();

/** The edition's state as the API shows it in lists. */
export function summariseEdition(row: EditionRow): PlanEditionSummary {
  return {
    year: row.year,
    status: row.status,
    version: row.version,
    updatedAt: iso(row.updatedAt),
    updatedBy: row.updatedBy,
    publishedAt: row.publishedAt ? iso(row.publishedAt) : null,
    publishedBy: row.publishedBy,
    basisRound: row.basisRound,
  };
}

/** Every edition of the organisation's plan, newest year first. */
export async function listPlanEditions(
  db: Database,
  organisationSlug: string,
): Promise<EditionRow[]> {
  const org = await findOrganisation(db, organisationSlug);
  return db
    .select()
    .from(planEditions)
    .where(eq(planEditions.organisationId, org.id))
    .orderBy(desc(planEditions.year));
}

/** One year's edition as stored, or null. */
export async function findPlanEdition(
  db: Database,
  organisationSlug: string,
  year: number,
): Promise<EditionRow | null> {
  const org = await findOrganisation(db, organisationSlug);
  const [row] = await db
    .select()
    .from(planEditions)
    .where(and(eq(planEditions.organisationId, org.id), eq(planEditions.year, year)));
  return row ?? null;
}

/** The latest published edition before a year: what that year's chapter 1 compares with. */
export async function findPublishedBefore(
  db: Database,
  organisationSlug: string,
  year: number,
): Promise<{ year: number; content: PlanContent } | null> {
  const org = await findOrganisation(db, organisationSlug);
  const [row] = await db
    .select({ year: planEditions.year, content: planEditions.content })
    .from(planEditions)
    .where(
      and(
        eq(planEditions.organisationId, org.id),
        eq(planEditions.status, 'published'),
        lt(planEditions.year, year),
      ),
    )
    .orderBy(desc(planEditions.year))
    .limit(1);
  return row?.content ? { year: row.year, content: row.content } : null;
}

/** A change is to a draft at the version the user read; anything else is a conflict with the edition as saved. */
function checkDraft(row: EditionRow | undefined, year: number, version: number): EditionRow {
  if (!row) throw new NotFoundError('planEdition', String(year));
  if (row.status === 'published') {
    throw new ConflictError('edition is published', describeSaved(row));
  }
  if (row.version !== version) {
    throw new ConflictError('edition changed since it was read', describeSaved(row));
  }
  return row;
}

/** The edition locked for a change: it must exist, be a draft and be at the version the user read. */
async function lockDraft(tx: Database, organisationId: number, year: number, version: number) {
  const [row] = await tx
    .select()
    .from(planEditions)
    .where(and(eq(planEditions.organisationId, organisationId), eq(planEditions.year, year)))
    .for('update');
  return checkDraft(row, year, version);
}

/** What a conflict shows of the edition as saved, so the user can compare it with their own. */
function describeSaved(row: EditionRow) {
  return {
    status: row.status,
    currentVersion: row.version,
    narratives: row.narratives,
    updatedAt: iso(row.updatedAt),
    updatedBy: row.updatedBy,
  };
}

/** A draft for a year that has no edition yet; audited. */
export async function createPlanEdition(
  db: Database,
  actor: Actor,
  input: { year: number },
): Promise<PlanEditionSummary> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const [existing] = await tx
      .select()
      .from(planEditions)
      .where(and(eq(planEditions.organisationId, org.id), eq(planEditions.year, input.year)));
    if (existing) throw new ConflictError('edition exists', describeSaved(existing));
    const at = actor.at.toISOString();
    // A simultaneous creation of the same year fails on the unique key: the funnel says CONFLICT.
    const [row] = await tx
      .insert(planEditions)
      .values({
        organisationId: org.id,
        year: input.year,
        status: 'draft',
        narratives: {},
        version: 1,
        createdAt: at,
        createdBy: actor.label,
        updatedAt: at,
        updatedBy: actor.label,
      })
      .returning();
    await appendAudit(tx, {
      ...auditOf(actor, 'planEdition'),
      action: 'plan.create',
      entityKey: String(input.year),
      summary: { year: input.year },
    });
    return summariseEdition(row!);
  });
}

/** One chapter's narrative of a draft, against the version read; an empty text removes it. Audited. */
export async function savePlanNarrative(
  db: Database,
  actor: Actor,
  input: {
    year: number;
    chapter: PlanChapterKey;
    text: string;
    expectedVersion: number;
  },
): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const row = await lockDraft(tx, org.id, input.year, input.expectedVersion);
    const narratives: PlanNarratives = { ...row.narratives };
    const text = input.text.trim();
    if (text) narratives[input.chapter] = input.text;
    else delete narratives[input.chapter];
    const version = row.version + 1;
    await tx
      .update(planEditions)
      .set({
        narratives,
        version,
        updatedAt: actor.at.toISOString(),
        updatedBy: actor.label,
      })
      .where(eq(planEditions.id, row.id));
    await appendAudit(tx, {
      ...auditOf(actor, 'planEdition'),
      action: 'plan.saveNarrative',
      entityKey: String(input.year),
      summary: {
        chapter: input.chapter,
        before: row.narratives[input.chapter]?.length ?? 0,
        after: text ? input.text.length : 0,
      },
    });
    return { version };
  });
}

/**
 * Freezes a draft: the content is computed once and stored with status published, in one transaction with the
 * version check, so everything lands or nothing does. Audited.
 */
export async function publishPlanEdition(
  db: Database,
  actor: Actor,
  input: {
    year: number;
    expectedVersion: number;
    buildContent: () => Promise<PlanContent>;
  },
): Promise<PlanEditionSummary> {
  // Refuse a stale or published edition before the costly computation.
  checkDraft(
    (await findPlanEdition(db, actor.organisationSlug, input.year)) ?? undefined,
    input.year,
    input.expectedVersion,
  );
  // Computed outside the transaction: the views read many tables at once through the pool. A change to the
  // edition meanwhile is caught by the version check under the lock below.
  const content = await input.buildContent();
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const row = await lockDraft(tx, org.id, input.year, input.expectedVersion);
    const at = actor.at.toISOString();
    const [saved] = await tx
      .update(planEditions)
      .set({
        status: 'published',
        content,
        basisRound: content.roundCode,
        version: row.version + 1,
        updatedAt: at,
        updatedBy: actor.label,
        publishedAt: at,
        publishedBy: actor.label,
      })
      .where(eq(planEditions.id, row.id))
      .returning();
    await appendAudit(tx, {
      ...auditOf(actor, 'planEdition'),
      action: 'plan.publish',
      entityKey: String(input.year),
      summary: {
        roundCode: content.roundCode,
        previousYear: content.previousYear,
        coverage: content.coverageSummary.counts,
      },
    });
    return summariseEdition(saved!);
  });
}

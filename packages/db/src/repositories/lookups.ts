import { and, eq } from 'drizzle-orm';
import { NotFoundError, resolveToday } from '@lagesbild/domain';
import type { Database } from '../client';
import { organisations, units } from '../schema/index';

/** The lookups most repositories start from: the organisation by slug, a unit within it. */

export async function findOrganisation(db: Database, slug: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  if (!org) throw new NotFoundError('organisation', slug);
  return org;
}

export async function findUnit(db: Database, organisationId: number, slug: string) {
  const [unit] = await db
    .select({ id: units.id, slug: units.slug, name: units.name })
    .from(units)
    .where(and(eq(units.organisationId, organisationId), eq(units.slug, slug)));
  if (!unit) throw new NotFoundError('unit', slug);
  return unit;
}

/**
 * The organisation's day at `now`: its fixed "as of" date when it has one (the demo city), else the day
 * in Stockholm. An organisation not set up yet has no fixed date.
 */
export async function findOrganisationToday(
  db: Database,
  slug: string,
  now: Date,
): Promise<{ today: string; fixed: boolean }> {
  const [org] = await db
    .select({ asOfDate: organisations.asOfDate })
    .from(organisations)
    .where(eq(organisations.slug, slug));
  const asOfDate = org?.asOfDate ?? null;
  return { today: resolveToday(now, asOfDate), fixed: asOfDate !== null };
}

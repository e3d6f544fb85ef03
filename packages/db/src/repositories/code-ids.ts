import { and, eq } from 'drizzle-orm';
import { InvalidError } from '@lagesbild/domain';
import type { Database } from '../client';
import { capabilities, investmentNeeds, units } from '../schema/index';
import { findCurrentFramework, isActiveCapability } from './framework';

/**
 * People write codes and slugs; rows point at ids. These map one to the other for a save, and `idOf`
 * turns a code that is not there into an error at the field that holds it.
 */
export type CodeIds = ReadonlyMap<string, number>;

/** The active capabilities of a framework by code (none without a framework). */
export async function mapCapabilityIds(db: Database, frameworkId: number | null): Promise<CodeIds> {
  if (frameworkId === null) return new Map();
  const rows = await db
    .select({ id: capabilities.id, code: capabilities.code })
    .from(capabilities)
    .where(and(eq(capabilities.frameworkId, frameworkId), isActiveCapability()));
  return new Map(rows.map((c) => [c.code, c.id]));
}

/** The active capabilities of the organisation's current framework by code. */
export async function mapCurrentCapabilityIds(
  db: Database,
  organisationId: number,
): Promise<CodeIds> {
  const framework = await findCurrentFramework(db, organisationId);
  return mapCapabilityIds(db, framework?.id ?? null);
}

/** The organisation's investment needs by code. */
export async function mapNeedIds(db: Database, organisationId: number): Promise<CodeIds> {
  const rows = await db
    .select({ id: investmentNeeds.id, code: investmentNeeds.code })
    .from(investmentNeeds)
    .where(eq(investmentNeeds.organisationId, organisationId));
  return new Map(rows.map((n) => [n.code, n.id]));
}

/** The organisation's units by slug. */
export async function mapUnitIds(db: Database, organisationId: number): Promise<CodeIds> {
  const rows = await db
    .select({ id: units.id, slug: units.slug })
    .from(units)
    .where(eq(units.organisationId, organisationId));
  return new Map(rows.map((u) => [u.slug, u.id]));
}

/** The id of `code`, or an error at `field` with the error code `unknown` (e.g. 'unknownNeed'). */
export function idOf(ids: CodeIds, code: string, field: string, unknown: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new InvalidError(field, unknown);
  return id;
}

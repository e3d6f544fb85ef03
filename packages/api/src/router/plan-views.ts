import { NotFoundError, type PlanEdition, type PlanEditionSummary } from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';

/** Every edition of the organisation's plan, newest year first. Not yet written. */
export async function listPlanEditionSummaries(
  _db: Database,
  _organisationSlug: string,
): Promise<PlanEditionSummary[]> {
  return [];
}

/**
 * One edition as read: a published one from its frozen content, a draft computed from the data as it is at
 * `now`. Not found when no edition exists for the year. Not yet written.
 */
export async function readPlanEdition(
  _db: Database,
  _organisationSlug: string,
  _year: number,
  _now: Date,
): Promise<PlanEdition> {
  throw new NotFoundError('planEdition', String(_year));
}

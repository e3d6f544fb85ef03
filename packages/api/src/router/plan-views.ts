import {
  buildPlanContent,
  NotFoundError,
  type CalendarDay,
  type PlanContent,
  type PlanEdition,
  type PlanEditionSummary,
} from '@lagesbild/domain';
import type { Database } from '@lagesbild/db/client';
import {
  findPlanBasis,
  findPlanEdition,
  findPublishedBefore,
  listPlanEditions,
  loadPlanFacts,
  summariseEdition,
} from '@lagesbild/db/repositories';
import type { Context } from '../context';
import { gatherPlanSources } from './plan-sources';

/** Every edition of the organisation's plan, newest year first. */
export async function listPlanEditionSummaries(
  db: Database,
  organisationSlug: string,
): Promise<PlanEditionSummary[]> {
  return (await listPlanEditions(db, organisationSlug)).map(summariseEdition);
}

/** The moment a plan's content is computed at: the instant it is stamped with, the day its figures are for. */
export interface PlanMoment {
  now: Date;
  asOf: CalendarDay;
}

/** The request's moment: its clock and its organisation's day. */
export async function readPlanMoment(ctx: Context): Promise<PlanMoment> {
  return { now: ctx.now(), asOf: await ctx.calendarDay() };
}

/**
 * A year's content from the data as it is at `moment`, on its basis (the latest closed round then), compared
 * with the latest edition published before it (its frozen comparables, never today's data).
 */
export async function computePlanContent(
  db: Database,
  organisationSlug: string,
  year: number,
  moment: PlanMoment,
): Promise<PlanContent> {
  const basis = await findPlanBasis(db, organisationSlug);
  const [sources, facts, previous] = await Promise.all([
    gatherPlanSources(db, organisationSlug, year, moment.asOf, basis),
    loadPlanFacts(db, organisationSlug, basis),
    findPublishedBefore(db, organisationSlug, year),
  ]);
  return buildPlanContent({
    sources,
    facts,
    previous: previous ? { year: previous.year, comparables: previous.content.comparables } : null,
    generatedAt: moment.now.toISOString(),
  });
}

/**
 * One edition as read: a published one from its frozen content, a draft computed from the data as it is at
 * `moment`. Not found when no edition exists for the year.
 */
export async function readPlanEdition(
  db: Database,
  organisationSlug: string,
  year: number,
  moment: PlanMoment,
): Promise<PlanEdition> {
  const row = await findPlanEdition(db, organisationSlug, year);
  if (!row) throw new NotFoundError('planEdition', String(year));
  const content =
    row.status === 'published' && row.content
      ? row.content
      : await computePlanContent(db, organisationSlug, year, moment);
  return { ...summariseEdition(row), narratives: row.narratives, content };
}

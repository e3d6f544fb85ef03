import { and, asc, desc, eq, sql } from 'drizzle-orm';
import {
  ConflictError,
  countAnswered,
  InvalidError,
  isLate,
  NotFoundError,
  stateOf,
  toStockholmDate,
  type OpenRoundInput,
  type PlanBasis,
  type ReportState,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { appendAudit, auditOf, type Actor } from './audit';
import { isActiveCapability } from './framework';
import { carryOverAssessments } from './carry-over';
import { roundsReadBy } from './basis-round';
import { findOrganisation } from './lookups';
import { refreshRoundRollups } from './rollups';
import { assessments, capabilities, frameworks, rounds, submissions, units } from '../schema/index';

export interface RoundSummary {
  code: string;
  startsOn: string;
  endsOn: string;
  deadline: string | null;
  status: 'open' | 'closed';
  version: number;
}

const roundColumns = {
  id: rounds.id,
  code: rounds.code,
  startsOn: rounds.startsOn,
  endsOn: rounds.endsOn,
  deadline: rounds.deadline,
  status: rounds.status,
  version: rounds.version,
};

/** Every round of the organisation, newest first. */
export async function listRounds(db: Database, organisationSlug: string): Promise<RoundSummary[]> {
  const org = await findOrganisation(db, organisationSlug);
  const rows = await db
    .select(roundColumns)
    .from(rounds)
    .where(eq(rounds.organisationId, org.id))
    .orderBy(desc(rounds.startsOn));
  return rows.map(({ id: _id, ...r }) => r);
}

/**
 * What a plan computed now stands on: the latest closed round and the day it closed in the city (its end,
 * for a round closed before the close was recorded). Null before any round has closed.
 */
export async function findPlanBasis(db: Database, organisationSlug: string): Promise<PlanBasis> {
  const org = await findOrganisation(db, organisationSlug);
  const [round] = await db
    .select({ code: rounds.code, endsOn: rounds.endsOn, closedAt: rounds.closedAt })
    .from(rounds)
    // The board's rounds (closed ones), as every read the plan stands on.
    .where(roundsReadBy(org.id))
    .orderBy(desc(rounds.startsOn))
    .limit(1);
  if (!round) return null;
  const closedOn = round.closedAt ? toStockholmDate(new Date(round.closedAt)) : round.endsOn;
  return { roundCode: round.code, closedOn };
}

/**
 * The round. Closing locks it for update; a save locks it for share, so a round never closes in the
 * middle of a save, and saves never wait for each other.
 */
export async function findRound(
  db: Database,
  organisationId: number,
  code: string,
  { lock }: { lock?: 'update' | 'share' } = {},
) {
  const query = db
    .select({ ...roundColumns, frameworkId: rounds.frameworkId })
    .from(rounds)
    .where(and(eq(rounds.organisationId, organisationId), eq(rounds.code, code)));
  const [round] = lock ? await query.for(lock) : await query;
  if (!round) throw new NotFoundError('round', code);
  return round;
}

/**
 * Opens a round: one at a time. Every unit gets a row for every capability, pre-filled from its
 * previous round but unconfirmed, so "unchanged" is one action and nothing is counted as answered
 * until the unit says so. ITD validates afresh.
 */
export async function openRound(
  db: Database,
  actor: Actor,
  input: OpenRoundInput,
): Promise<RoundSummary> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    // Serialises concurrent opens: the second waits here, then sees the first's open round.
    await tx.execute(sql`select id from organisations where id = ${org.id} for update`);
    const [open] = await tx
      .select({ code: rounds.code })
      .from(rounds)
      .where(and(eq(rounds.organisationId, org.id), eq(rounds.status, 'open')));
    if (open) throw new InvalidError('code', 'roundAlreadyOpen');
    const [taken] = await tx
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.organisationId, org.id), eq(rounds.code, input.code)));
    if (taken) throw new InvalidError('code', 'roundCodeTaken');
    const [framework] = await tx
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(eq(frameworks.organisationId, org.id))
      .orderBy(desc(frameworks.id))
      .limit(1);
    if (!framework) throw new NotFoundError('framework', actor.organisationSlug);
    const [previous] = await tx
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.organisationId, org.id), eq(rounds.frameworkId, framework.id)))
      .orderBy(desc(rounds.startsOn))
      .limit(1);
    const [round] = await tx
      .insert(rounds)
      .values({
        organisationId: org.id,
        frameworkId: framework.id,
        code: input.code,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        deadline: input.deadline,
        status: 'open',
      })
      .returning(roundColumns);
    await carryOverAssessments(tx, {
      organisationId: org.id,
      frameworkId: framework.id,
      roundId: round!.id,
      previousRoundId: previous?.id ?? null,
      updatedBy: `Förifyllt av ${actor.label}`,
    });
    await appendAudit(tx, {
      ...auditOf(actor, 'round'),
      action: 'rounds.open',
      entityKey: input.code,
      summary: { after: { ...input } },
    });
    const { id: _id, ...summary } = round!;
    return summary;
  });
}

/** Closes a round: from here on it is a frozen snapshot that the dashboards show. */
export async function closeRound(
  db: Database,
  actor: Actor,
  input: { code: string; expectedVersion: number; at: Date },
): Promise<RoundSummary> {
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, actor.organisationSlug);
    const round = await findRound(tx, org.id, input.code, { lock: 'update' });
    if (round.version !== input.expectedVersion) {
      throw new ConflictError('round changed since it was read', {
        currentVersion: round.version,
        current: { status: round.status },
      });
    }
    if (round.status === 'closed') throw new InvalidError('code', 'roundClosed');
    const [closed] = await tx
      .update(rounds)
      .set({
        status: 'closed',
        closedAt: input.at.toISOString(),
        closedBy: actor.label,
        version: round.version + 1,
      })
      .where(eq(rounds.id, round.id))
      .returning(roundColumns);
    // Dashboards read only closed rounds, from the rollups: the round appears there as it closes.
    await refreshRoundRollups(tx, round.id);
    await appendAudit(tx, {
      ...auditOf(actor, 'round'),
      action: 'rounds.close',
      entityKey: input.code,
    });
    const { id: _id, ...summary } = closed!;
    return summary;
  });
}

export interface UnitProgress {
  unitSlug: string;
  unitName: string;
  state: ReportState;
  answered: number;
  total: number;
  late: boolean;
  submittedAt: string | null;
  /** The submission's version, for ITD's next decision on it; null when not started. */
  version: number | null;
}

/** Each unit's progress in a round: state, answered of total, and whether it is late. */
export async function loadRoundProgress(
  db: Database,
  organisationSlug: string,
  roundCode: string,
  today: string,
): Promise<{ round: RoundSummary; units: UnitProgress[] }> {
  const org = await findOrganisation(db, organisationSlug);
  const { id: roundId, frameworkId: _f, ...round } = await findRound(db, org.id, roundCode);
  const [unitRows, rows, subs] = await Promise.all([
    db
      .select({ id: units.id, slug: units.slug, name: units.name })
      .from(units)
      .where(eq(units.organisationId, org.id))
      .orderBy(asc(units.sortOrder), asc(units.name)),
    db
      .select({
        unitId: assessments.unitId,
        selfRating: assessments.selfRating,
        notApplicable: assessments.notApplicable,
        confirmed: assessments.confirmed,
      })
      .from(assessments)
      .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
      .where(and(eq(assessments.roundId, roundId), isActiveCapability())),
    db.select().from(submissions).where(eq(submissions.roundId, roundId)),
  ]);
  return {
    round,
    units: unitRows.map((unit) => {
      const submission = subs.find((s) => s.unitId === unit.id) ?? null;
      const state = stateOf(submission?.status ?? null);
      return {
        unitSlug: unit.slug,
        unitName: unit.name,
        state,
        ...countAnswered(rows.filter((r) => r.unitId === unit.id)),
        late: round.status === 'open' && isLate(state, round.deadline, today),
        submittedAt: submission?.submittedAt
          ? new Date(submission.submittedAt).toISOString()
          : null,
        version: submission?.version ?? null,
      };
    }),
  };
}

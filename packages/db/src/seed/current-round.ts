import { eq, sql } from 'drizzle-orm';
import { carryOverAssessments } from '../repositories/carry-over';
import { assessments, rounds, submissions } from '../schema/index';
import { DEMO_ROUNDS } from './rounds';
import type { Transaction } from './write';

/** The round the demo city is reporting in now: opened by ITD on 1 October, due 11 December. */
export const CURRENT_ROUND = {
  code: '2026-K4',
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  deadline: '2026-12-11',
} as const;

/**
 * Where each unit stands in the current round; units not named have not started. The reporters the
 * tests sign in as (Miljöförvaltningen, Kulturförvaltningen) start from nothing.
 */
export const CURRENT_STATES: Readonly<
  Record<string, 'draft' | 'submitted' | 'validated' | 'returned'>
> = {
  itd: 'validated',
  stadskontoret: 'submitted',
  serviceforvaltningen: 'submitted',
  'fastighets-och-gatukontoret': 'submitted',
  fritidsforvaltningen: 'returned',
  forskoleforvaltningen: 'draft',
  stadsbyggnadskontoret: 'draft',
};

const RETURN_MESSAGE =
  'Evidensen för informationssäkerhet saknar länkar till beslutade rutiner. Komplettera och skicka in igen.';

/** Every closed round was reported and validated: its submissions say so, with the round's end as deadline. */
export async function insertClosedRoundSubmissions(
  tx: Transaction,
  roundIds: ReadonlyMap<string, number>,
  unitIds: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = DEMO_ROUNDS.flatMap((round) =>
    [...unitIds.values()].map((unitId) => ({
      roundId: roundIds.get(round.code)!,
      unitId,
      status: 'validated' as const,
      submittedAt: `${round.endsOn}T09:00:00.000Z`,
      submittedBy: 'Rapportör',
      validatedAt: `${round.endsOn}T15:00:00.000Z`,
      validatedBy: 'ITD, validering',
      updatedAt: `${round.endsOn}T15:00:00.000Z`,
    })),
  );
  await tx.insert(submissions).values(rows);
  await tx.execute(sql`update rounds set deadline = ends_on, closed_at = ends_on::timestamptz,
    closed_by = 'ITD' where status = 'closed'`);
}

/** Opens the current round, carried over from the last closed one, and moves units to their states. */
export async function insertCurrentRound(
  tx: Transaction,
  ids: { organisationId: number; frameworkId: number; previousRoundId: number },
  unitIds: ReadonlyMap<string, number>,
): Promise<{ roundId: number; assessments: number }> {
  const [round] = await tx
    .insert(rounds)
    .values({
      organisationId: ids.organisationId,
      frameworkId: ids.frameworkId,
      ...CURRENT_ROUND,
      status: 'open',
    })
    .returning({ id: rounds.id });
  const roundId = round!.id;
  await carryOverAssessments(tx, { ...ids, roundId, updatedBy: 'Förifyllt av ITD' });
  // The seed never reads the clock: the same rows every time.
  await tx.execute(sql`update assessments set updated_at = '2026-10-01T06:00:00Z'
    where round_id = ${roundId}`);

  for (const [slug, state] of Object.entries(CURRENT_STATES)) {
    const unitId = unitIds.get(slug)!;
    // A draft has confirmed about half of its answers; every other state has confirmed them all.
    const which = state === 'draft' ? sql`and capability_id % 2 = 0` : sql``;
    await tx.execute(sql`update assessments set confirmed = true, version = version + 1,
      updated_by = ${`Rapportör, ${slug}`}
      where round_id = ${roundId} and unit_id = ${unitId} ${which}`);
    if (state === 'validated') {
      await tx.execute(sql`update assessments set validated_rating = self_rating,
        version = version + 1 where round_id = ${roundId} and unit_id = ${unitId}
        and not not_applicable`);
    }
    const submitted = state !== 'draft';
    await tx.insert(submissions).values({
      roundId,
      unitId,
      status: state,
      version: submitted ? 2 : 1,
      submittedAt: submitted ? '2026-11-20T10:00:00.000Z' : null,
      submittedBy: submitted ? `Rapportör, ${slug}` : null,
      validatedAt: state === 'validated' ? '2026-11-24T14:00:00.000Z' : null,
      validatedBy: state === 'validated' ? 'Ida Ledning (ITD)' : null,
      returnedAt: state === 'returned' ? '2026-11-25T11:00:00.000Z' : null,
      returnedBy: state === 'returned' ? 'Ida Ledning (ITD)' : null,
      returnMessage: state === 'returned' ? RETURN_MESSAGE : null,
      updatedAt: '2026-11-25T11:00:00.000Z',
    });
  }
  return { roundId, assessments: await tx.$count(assessments, eq(assessments.roundId, roundId)) };
}

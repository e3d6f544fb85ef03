import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  isPreliminaryRound,
  NotFoundError,
  pickBasisRound,
  ROUND_STATUSES_READ,
  type Audience,
  type RoundStatus,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { rounds } from '../schema/index';

/** The rounds of one organisation an audience reads (the domain's rule): a where clause on `rounds`. */
export const roundsReadBy = (organisationId: number, audience: Audience = 'board') =>
  and(
    eq(rounds.organisationId, organisationId),
    inArray(rounds.status, [...ROUND_STATUSES_READ[audience]]),
  );

export interface BasisRound {
  id: number;
  code: string;
  status: RoundStatus;
  startsOn: string;
  /** The round is still open: its figures are ITD's preliminary look, never the board's. */
  preliminary: boolean;
}

/**
 * The round a read stands on: the one named, when the audience may read it, else the latest round it
 * reads; null before there is one. A named round the audience may not read is not found, as if absent.
 */
export async function findBasisRound(
  db: Database,
  organisationId: number,
  { audience = 'board', roundCode }: { audience?: Audience; roundCode?: string } = {},
): Promise<BasisRound | null> {
  const rows = await db
    .select({ id: rounds.id, code: rounds.code, status: rounds.status, startsOn: rounds.startsOn })
    .from(rounds)
    .where(roundsReadBy(organisationId, audience))
    .orderBy(asc(rounds.startsOn));
  const basis = roundCode ? rows.find((r) => r.code === roundCode) : pickBasisRound(rows, audience);
  if (roundCode && !basis) throw new NotFoundError('round', roundCode);
  return basis ? { ...basis, preliminary: isPreliminaryRound(basis.status) } : null;
}

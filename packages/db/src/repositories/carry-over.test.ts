import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { assessments, frameworks, organisations, rounds } from '../schema/index';
import { openTestDatabase } from '../testing/test-db';
import { CARRIED_OVER, carryOverAssessments } from './carry-over';

type Assessment = typeof assessments.$inferSelect;

/**
 * A value for every carried column, none of them a default: a column added to the table fails the
 * first test until it has one here, and then the second proves it is carried.
 */
const ANSWER: Partial<Assessment> = {
  selfRating: 2,
  targetLevel: 4,
  targetYear: 2031,
  notApplicable: false,
  evidenceText: 'Rutin i ledningssystemet',
  evidenceLink: 'https://example.se/rutin',
  evidenceOwner: 'Förvaltningschef',
  evidenceDate: '2026-09-30',
  confidence: 'high',
  comment: 'Bedömt i ledningsgruppen',
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

class Rollback extends Error {}

describe('carrying answers over to a new round', () => {
  it('has a sample answer for every column it carries', () => {
    expect(Object.keys(ANSWER).sort()).toEqual(CARRIED_OVER.map(([key]) => key).sort());
  });

  it.each([
    { name: 'a rated answer', answer: ANSWER },
    { name: 'an answer marked not applicable', answer: { notApplicable: true, selfRating: null } },
  ])(
    "copies every carried column of $name, unconfirmed and without ITD's validation",
    async ({ answer: variant }) => {
      const answer = { ...ANSWER, ...variant };
      let carried: Assessment | undefined;
      await handle.db
        .transaction(async (tx) => {
          const [org] = await tx
            .select()
            .from(organisations)
            .where(eq(organisations.slug, 'malmo'));
          const [framework] = await tx
            .select()
            .from(frameworks)
            .where(eq(frameworks.organisationId, org!.id))
            .orderBy(desc(frameworks.id))
            .limit(1);
          const [previous] = await tx
            .select()
            .from(rounds)
            .where(eq(rounds.organisationId, org!.id))
            .orderBy(desc(rounds.startsOn))
            .limit(1);
          const [row] = await tx
            .select()
            .from(assessments)
            .where(eq(assessments.roundId, previous!.id))
            .limit(1);
          await tx
            .update(assessments)
            .set({
              ...answer,
              validatedRating: answer.notApplicable ? null : 3,
              validationComment: 'ITD:s',
            })
            .where(eq(assessments.id, row!.id));
          const [round] = await tx
            .insert(rounds)
            .values({
              organisationId: org!.id,
              frameworkId: framework!.id,
              code: '2099-K1',
              startsOn: '2099-01-01',
              endsOn: '2099-03-31',
              status: 'closed',
            })
            .returning();
          await carryOverAssessments(tx, {
            organisationId: org!.id,
            frameworkId: framework!.id,
            roundId: round!.id,
            previousRoundId: previous!.id,
            updatedBy: 'test',
          });
          [carried] = await tx
            .select()
            .from(assessments)
            .where(
              and(
                eq(assessments.roundId, round!.id),
                eq(assessments.unitId, row!.unitId),
                eq(assessments.capabilityId, row!.capabilityId),
              ),
            );
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });

      expect(carried).toMatchObject({
        ...answer,
        validatedRating: null,
        validationComment: null,
        confirmed: false,
        version: 1,
        updatedBy: 'test',
      });
    },
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessCoverage,
  COVERAGE_STATUSES,
  EMPTY_PLAN_FACTS,
  PLAN_FACT_PARTS,
  planFactsSchema,
  type PlanFacts,
} from './coverage';

/** What the data is measured against: fixed while data is added, since more units or needs is a new task. */
const WHOLES = new Set<keyof PlanFacts>([
  'unitsTotal',
  'needsTotal',
  'needsDecided',
  'aiNeedsLinked',
  'benefitsTotal',
  'boardsTotal',
]);
const COUNT_KEYS = (Object.keys(EMPTY_PLAN_FACTS) as (keyof PlanFacts)[]).filter(
  (k) => typeof EMPTY_PLAN_FACTS[k] === 'number',
);

type RawFacts = Record<string, number | boolean>;

/** Clamps every part to its whole, in the order the pairs are listed, so wholes settle before their parts. */
function toFacts(raw: RawFacts): PlanFacts {
  const facts = { ...raw } as Record<string, number | boolean>;
  for (const [part, whole] of PLAN_FACT_PARTS) {
    facts[part] = Math.min(facts[part] as number, facts[whole] as number);
  }
  return planFactsSchema.parse(facts);
}

const count = fc.integer({ min: 0, max: 12 });
const rawArb = fc.record({
  ...Object.fromEntries(COUNT_KEYS.map((k) => [k, count])),
  itdAssessedLatestRound: fc.boolean(),
  itdCapacityReported: fc.boolean(),
}) as fc.Arbitrary<RawFacts>;

/** Facts, and the same city with more data: every count but the wholes raised, any flag turned on. */
const moreDataArb = fc.tuple(rawArb, rawArb).map(([base, extra]) => {
  const before = toFacts(base);
  const raised: RawFacts = { ...before };
  for (const k of COUNT_KEYS) {
    if (!WHOLES.has(k)) raised[k] = (before[k] as number) + (extra[k] as number);
  }
  raised.itdAssessedLatestRound =
    before.itdAssessedLatestRound || Boolean(extra.itdAssessedLatestRound);
  raised.itdCapacityReported = before.itdCapacityReported || Boolean(extra.itdCapacityReported);
  return { before, after: toFacts(raised) };
});

const rank = (status: (typeof COVERAGE_STATUSES)[number]) => COVERAGE_STATUSES.indexOf(status);

describe('coverage, for any facts', () => {
  it('adding data never makes a sub-question worse answered', () => {
    fc.assert(
      fc.property(moreDataArb, ({ before, after }) => {
        const was = assessCoverage(before);
        const now = assessCoverage(after);
        now.forEach((r, i) => {
          expect(rank(r.status), r.id).toBeGreaterThanOrEqual(rank(was[i]!.status));
        });
      }),
    );
  });

  it('lists something missing exactly when a sub-question is not answered', () => {
    fc.assert(
      fc.property(rawArb, (raw) => {
        for (const r of assessCoverage(toFacts(raw))) {
          expect(r.missing.length === 0, r.id).toBe(r.status === 'answered');
        }
      }),
    );
  });
});

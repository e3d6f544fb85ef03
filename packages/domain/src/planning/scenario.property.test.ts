import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InvestmentNeed } from '../models/investment';
import { computeEconomics, findPaybackYear, type ScheduledNeed } from './scenario-economics';
import { makeNeed } from './test-needs';

const horizon = { from: 2026, to: 2032 };
const tkr = fc.integer({ min: 0, max: 50_000 });

const needArb: fc.Arbitrary<InvestmentNeed> = fc
  .record({
    durationYears: fc.integer({ min: 1, max: 4 }),
    oneOff: fc.array(tkr, { minLength: 1, maxLength: 4 }),
    operatingTkr: tkr,
    benefitTkr: fc.array(tkr, { maxLength: 4 }),
  })
  .map(({ durationYears, oneOff, operatingTkr, benefitTkr }) =>
    makeNeed({
      code: 'n',
      durationYears,
      oneOffTkr: oneOff.slice(0, durationYears),
      operatingTkr,
      benefitTkr,
    }),
  );

const scheduledArb: fc.Arbitrary<ScheduledNeed> = fc.record({
  need: needArb,
  startYear: fc.integer({ min: 2024, max: 2033 }),
});

const totalCost = (s: readonly ScheduledNeed[]) => {
  const { totals } = computeEconomics(s, horizon);
  return totals.investmentTkr + totals.operatingTkr;
};

describe('scenario economics, for any selection of needs', () => {
  it('adding a need never lowers the total cost', () => {
    fc.assert(
      fc.property(fc.array(scheduledArb, { maxLength: 8 }), scheduledArb, (chosen, extra) => {
        expect(totalCost([...chosen, extra])).toBeGreaterThanOrEqual(totalCost(chosen));
      }),
    );
  });

  it('the order of the needs does not change any figure', () => {
    fc.assert(
      fc.property(
        fc
          .array(scheduledArb, { maxLength: 8 })
          .chain((chosen) =>
            fc.tuple(
              fc.constant(chosen),
              fc.shuffledSubarray(chosen, { minLength: chosen.length }),
            ),
          ),
        ([chosen, shuffled]) => {
          expect(computeEconomics(shuffled, horizon)).toEqual(computeEconomics(chosen, horizon));
        },
      ),
    );
  });

  it('the payback year agrees with the cumulative net', () => {
    fc.assert(
      fc.property(fc.array(scheduledArb, { maxLength: 8 }), (chosen) => {
        const { years } = computeEconomics(chosen, horizon);
        const payback = findPaybackYear(years);
        const last = years.at(-1)!;
        if (payback === null) {
          expect(last.cumulativeNetTkr).toBeLessThan(0);
          return;
        }
        for (const y of years) {
          if (y.year >= payback) expect(y.cumulativeNetTkr).toBeGreaterThanOrEqual(0);
        }
        const before = years.find((y) => y.year === payback - 1);
        if (before) expect(before.cumulativeNetTkr).toBeLessThan(0);
      }),
    );
  });

  it('the totals are the sums of the years, and net is benefit less cost', () => {
    fc.assert(
      fc.property(fc.array(scheduledArb, { maxLength: 8 }), (chosen) => {
        const { years, totals } = computeEconomics(chosen, horizon);
        expect(totals.netTkr).toBe(totals.benefitTkr - totals.investmentTkr - totals.operatingTkr);
        expect(years.at(-1)!.cumulativeNetTkr).toBe(totals.netTkr);
      }),
    );
  });
});

import { z } from 'zod';
import type { CalendarDay } from '../calendar/calendar';
import { isoDateSchema } from '../models/round';
import { mayReadRound, type Audience } from '../rounds/audience';
import type { BenefitRegisterData } from '../views/benefit-register';
import type { FactorRegisterData } from '../views/factors';

/**
 * What a plan edition stands on: the latest round closed when it was computed, and the day it closed.
 * Round-based figures (maturity, capacity, competence, factor scores) read that round and the closed ones
 * before it, never an open one; dated registers (benefit measurements) read up to its close; registers
 * without rounds or dates (needs, scenarios, AI use cases) read as they stand on the day of computing.
 * Null before any round has closed.
 */
export const planBasisSchema = z
  .strictObject({ roundCode: z.string(), closedOn: isoDateSchema })
  .nullable();
export type PlanBasis = z.infer<typeof planBasisSchema>;

/**
 * The factor register as it was scored in the basis round: each factor's likelihood and impact are its
 * latest score up to that round, its trend stops there, and a factor first scored after it (created while a
 * later round was open) waits for the next edition. Without a basis only never-scored factors remain.
 */
export function readFactorsAtBasis(data: FactorRegisterData, basis: PlanBasis): FactorRegisterData {
  return readFactorsAtRound(data, basis?.roundCode ?? null);
}

/**
 * The factor register as an audience reads it (see audience.ts): ITD as scored now, the open round's
 * scores included; the board as scored in the latest closed round, a score of the open round waiting for
 * it to close.
 */
export function readFactorsFor(data: FactorRegisterData, audience: Audience): FactorRegisterData {
  if (audience === 'itd') return data;
  const latest = data.rounds.filter((r) => mayReadRound(audience, r.status)).at(-1);
  return readFactorsAtRound(data, latest?.code ?? null);
}

function readFactorsAtRound(
  data: FactorRegisterData,
  roundCode: string | null,
): FactorRegisterData {
  const end = roundCode === null ? -1 : data.rounds.findIndex((r) => r.code === roundCode);
  const rounds = data.rounds.slice(0, end + 1);
  const kept = new Set(rounds.map((r) => r.code));
  const factors = data.factors.flatMap((f) => {
    if (f.history.length === 0) return [f];
    const history = f.history.filter((h) => kept.has(h.roundCode));
    const last = history.at(-1);
    return last ? [{ ...f, likelihood: last.likelihood, impact: last.impact, history }] : [];
  });
  return { ...data, factors, rounds, currentRound: roundCode };
}

/**
 * The benefit register as it stood when the basis round closed: measurements dated up to that day, judged
 * on that day (a follow-up due later is not yet overdue). Without a basis, as it stands on `today`.
 */
export function readBenefitsAtBasis(
  data: BenefitRegisterData,
  basis: PlanBasis,
  today: CalendarDay,
): { data: BenefitRegisterData; asOf: CalendarDay } {
  if (basis === null) return { data, asOf: today };
  const benefits = data.benefits.map((b) => ({
    ...b,
    measurements: b.measurements.filter((m) => m.date <= basis.closedOn),
  }));
  return { data: { ...data, benefits }, asOf: { today: basis.closedOn, fixed: true } };
}

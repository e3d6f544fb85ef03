import type { ActionOwner, BenefitFields, Measurement } from '../models/benefit';
import {
  computeRealisation,
  isFollowUpOverdue,
  summariseRealisation,
  type RealisationSummary,
} from './benefit-realisation';

type Benefit = Pick<BenefitFields, 'baseline' | 'target' | 'followUpMonths' | 'targetDate'> & {
  measurements: readonly Measurement[];
};

export interface RealisationGroup {
  key: string;
  summary: RealisationSummary;
}

/**
 * Realisation per group (an investment, a board): one summary for each key, in the order the keys
 * first appear, so the caller decides the order by the order of the benefits.
 */
export function summariseBy<B extends Benefit>(
  benefits: readonly B[],
  keyOf: (benefit: B) => string,
  today: string,
): RealisationGroup[] {
  const groups = new Map<string, B[]>();
  for (const b of benefits) groups.set(keyOf(b), [...(groups.get(keyOf(b)) ?? []), b]);
  return [...groups].map(([key, members]) => ({
    key,
    summary: summariseRealisation(members, today),
  }));
}

export interface YearRealisation {
  year: number;
  /** Benefits whose target date falls in the year. */
  planned: number;
  /** Of those, measured at least once. */
  measured: number;
  /** Of those, at or past their target. */
  realised: number;
  /** Mean realisation of the measured ones, 0–1, two decimals; null when none is measured. */
  meanRate: number | null;
}

/**
 * Planned against realised per target-date year: what a board member asks is "of what we said
 * would be done by that year, how much is". Years run without gaps from the first to the last.
 */
export function compareByTargetYear(benefits: readonly Benefit[]): YearRealisation[] {
  if (benefits.length === 0) return [];
  const yearOf = (b: Benefit) => Number(b.targetDate.slice(0, 4));
  const years = benefits.map(yearOf);
  const result: YearRealisation[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const due = benefits.filter((b) => yearOf(b) === year);
    const rates = due.map(computeRealisation).filter((r): r is number => r !== null);
    result.push({
      year,
      planned: due.length,
      measured: rates.length,
      realised: rates.filter((r) => r >= 1).length,
      meanRate: rates.length
        ? Math.round((rates.reduce((s, r) => s + r, 0) / rates.length) * 100) / 100
        : null,
    });
  }
  return result;
}

export interface OpenAction {
  id: number;
  owner: ActionOwner;
  dueDate: string;
  done: boolean;
}

export type NextActor =
  | { kind: 'unit'; reason: 'overdueFollowUp' }
  | { kind: 'action'; actionId: number; owner: ActionOwner; dueDate: string };

/**
 * Who acts next on a benefit. An overdue follow-up comes first: until the unit measures, nobody
 * knows whether the other actions work. Otherwise the open action due first; null when nothing waits.
 */
export function findNextActor(
  benefit: Benefit,
  actions: readonly OpenAction[],
  today: string,
): NextActor | null {
  if (isFollowUpOverdue(benefit, today)) return { kind: 'unit', reason: 'overdueFollowUp' };
  const next = actions
    .filter((a) => !a.done)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)[0];
  return next
    ? { kind: 'action', actionId: next.id, owner: next.owner, dueDate: next.dueDate }
    : null;
}

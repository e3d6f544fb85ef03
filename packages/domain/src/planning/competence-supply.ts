import { COMPETENCE_AREAS, type CompetenceArea } from '../models/capacity';
import { roundFte } from './need-years';

/** One unit's FTE in one competence area, from its capacity report in one round. */
export interface CompetenceFteFact {
  roundCode: string;
  area: CompetenceArea;
  fte: number;
}

/**
 * FTE supply per competence area standing on one round: the FTE of every capacity report in that round,
 * ITD's own included, summed to hundredths. A unit that did not report in the round adds nothing; the
 * figure names its round, and the round's reports name the units behind it. The capacity balance, plan
 * chapters 3 and 5, the AI page and the planning workbook all read supply through this.
 */
export function computeFteSupply(
  facts: readonly CompetenceFteFact[],
  roundCode: string,
): { area: CompetenceArea; fte: number }[] {
  const sums = new Map<CompetenceArea, number>();
  for (const f of facts) {
    if (f.roundCode === roundCode) sums.set(f.area, (sums.get(f.area) ?? 0) + f.fte);
  }
  return COMPETENCE_AREAS.filter((area) => sums.has(area)).map((area) => ({
    area,
    fte: roundFte(sums.get(area)!),
  }));
}

/** Planning capacity standing on one round: the planning FTE of every capacity report in it, summed. */
export function computePlanningCapacity(
  reports: readonly { roundCode: string; planningFte: number }[],
  roundCode: string,
): number {
  return roundFte(
    reports.filter((r) => r.roundCode === roundCode).reduce((s, r) => s + r.planningFte, 0),
  );
}

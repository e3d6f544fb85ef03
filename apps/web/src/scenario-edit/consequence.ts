import { checkDependencies, computeEconomics, type ScheduledNeed } from '@lagesbild/domain';
import type { NeedData } from '../needs/types';
import { listChosen, type ScenarioDraft } from './scenario-draft';

export interface DraftConsequence {
  years: ReturnType<typeof computeEconomics>['years'];
  /** Investment and operating cost over the horizon, in tkr. */
  investmentTkr: number;
  operatingTkr: number;
  costTkr: number;
  overFrameYears: number[];
  /** Named for the reader: which need starts too early, or waits for one left out. */
  dependencyIssues: { need: string; dependsOn: string; kind: 'missing' | 'early' }[];
}

/**
 * What the draft would cost and where it breaks, computed in the browser with the same pure
 * functions the API uses, so the figures match what is shown once it is saved.
 */
export function computeDraftConsequence(
  draft: ScenarioDraft,
  needs: readonly NeedData[],
  horizon: { from: number; to: number },
  frame: readonly { year: number; tkr: number }[],
): DraftConsequence {
  const byCode = new Map(needs.map((n) => [n.code, n]));
  const scheduled: ScheduledNeed[] = listChosen(draft).flatMap(({ needCode, startYear }) => {
    const need = byCode.get(needCode);
    return need ? [{ need, startYear }] : [];
  });
  const economics = computeEconomics(scheduled, horizon, [...frame]);
  const title = (code: string) => byCode.get(code)?.title ?? code;
  return {
    years: economics.years,
    investmentTkr: economics.totals.investmentTkr,
    operatingTkr: economics.totals.operatingTkr,
    costTkr: economics.totals.investmentTkr + economics.totals.operatingTkr,
    overFrameYears: economics.years.filter((y) => y.overFrame).map((y) => y.year),
    dependencyIssues: checkDependencies(scheduled).map((issue) => ({
      need: title(issue.needCode),
      dependsOn: title(issue.dependsOn),
      kind: issue.kind,
    })),
  };
}

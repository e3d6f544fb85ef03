import type { TFunction } from 'i18next';
import { formatFte, formatLevel } from '../format';
import type { AiCompetenceData, AiUseCaseData, ReachRuleData, ShortfallData } from './types';

/** The rule in words: "varje beredskap minst 2, medel minst 3, insats högst 3". */
export function describeRule(
  t: TFunction,
  rule: Pick<ReachRuleData, 'minEach' | 'minMean' | 'maxEffort'>,
) {
  return t('ai.rule.text', {
    minEach: rule.minEach,
    minMean: formatLevel(rule.minMean).replace(/[.,]0$/, ''),
    maxEffort: rule.maxEffort,
  });
}

/** One reason a use case is out of reach, as the table and the workbook write it: "juridik 1 < 2". */
export function describeShortfall(t: TFunction, s: ShortfallData): string {
  if (s.kind === 'dimension') {
    return t('ai.shortfall.dimension', {
      dimension: t(`ai.dimensionShort.${s.dimension}`),
      value: s.value,
      required: s.required,
    });
  }
  if (s.kind === 'mean') {
    return t('ai.shortfall.mean', {
      value: formatLevel(s.value),
      required: formatLevel(s.required).replace(/[.,]0$/, ''),
    });
  }
  return t('ai.shortfall.effort', { value: s.value, allowed: s.allowed });
}

/** "4 av 12 tillämpningar ligger inom räckhåll; svagast beredskap: test (medel 1,6)". */
export function describeReachSummary(
  t: TFunction,
  useCases: readonly AiUseCaseData[],
  weakest: { dimension: string; mean: number } | null,
): string {
  const within = useCases.filter((u) => u.reach.withinReach).length;
  const reach = t('ai.useCases.summary', { within, total: useCases.length });
  if (!weakest) return reach;
  return t('ai.useCases.summaryWeakest', {
    reach,
    dimension: t(`ai.dimensionShort.${weakest.dimension as 'data'}`),
    mean: formatLevel(weakest.mean),
  });
}

/** The competence picture in one or two sentences: people now and then, and where it is missing. */
export function describeCompetence(t: TFunction, data: AiCompetenceData): string {
  const last = data.rounds[data.rounds.length - 1];
  if (!last) return t('ai.competence.noReports');
  const first = data.rounds[0]!;
  const fteOf = (round: string, area: string) =>
    data.movement.find((m) => m.roundCode === round && m.area === area)?.fte ?? 0;
  const departments = data.units.filter((u) => !u.isItd);
  const missingIn = (area: string) =>
    departments.filter((u) => u.areas.find((a) => a.area === area)?.missing).length;
  const people =
    first === last
      ? t('ai.competence.summaryNow', {
          ai: formatFte(fteOf(last, 'ai-och-data')),
          test: formatFte(fteOf(last, 'test')),
          round: last,
        })
      : t('ai.competence.summaryMovement', {
          ai: formatFte(fteOf(last, 'ai-och-data')),
          aiBefore: formatFte(fteOf(first, 'ai-och-data')),
          test: formatFte(fteOf(last, 'test')),
          testBefore: formatFte(fteOf(first, 'test')),
          round: last,
          first,
        });
  const missing = t('ai.competence.summaryMissing', {
    test: missingIn('test'),
    ai: missingIn('ai-och-data'),
    total: departments.length,
  });
  return `${people} ${missing}`;
}

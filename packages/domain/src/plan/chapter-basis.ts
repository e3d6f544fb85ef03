import type { PlanChapter, PlanChapterKey, PlanStatement } from './plan-content';
import type { PlanSources } from './plan-sources';

/**
 * The sentence a chapter opens with: the round it stands on and, where it reads registers without rounds,
 * the day it reads them on (texts in `texts/basis.ts`), so no figure in the plan is of an unnamed moment.
 */
export function describeBasis(chapter: PlanChapterKey, sources: PlanSources): PlanStatement {
  const { basis, today } = sources;
  if (basis === null) return { key: 'basis.none', values: { today } };
  return {
    key: `basis.${chapter}`,
    values: { round: basis.roundCode, closedOn: basis.closedOn, today },
  };
}

/** The chapter with its basis sentence first. */
export function withBasis(chapter: PlanChapter, sources: PlanSources): PlanChapter {
  return { ...chapter, statements: [describeBasis(chapter.key, sources), ...chapter.statements] };
}

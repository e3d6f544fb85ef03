import type { SelfReportFields } from '@lagesbild/domain';

/** A valid self-report of one capability as a reporter saves it, with a comment to find it by. */
export function selfReportFields(comment: string, selfRating = 3): SelfReportFields {
  return {
    selfRating,
    targetLevel: 4,
    targetYear: 2028,
    notApplicable: false,
    evidence: { text: null, link: null, owner: null, date: null },
    confidence: 'medium',
    comment,
  };
}

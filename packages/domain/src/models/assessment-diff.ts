import type { AssessmentChange, AssessmentFields } from './assessment';

/** Flat field names as they appear in history: evidence is split so each part's change is visible. */
export type FlatAssessment = Omit<AssessmentFields, 'evidence'> & {
  evidenceText: string | null;
  evidenceLink: string | null;
  evidenceOwner: string | null;
  evidenceDate: string | null;
};

export function flattenAssessment(a: AssessmentFields): FlatAssessment {
  const { evidence, ...rest } = a;
  return {
    ...rest,
    evidenceText: evidence.text,
    evidenceLink: evidence.link,
    evidenceOwner: evidence.owner,
    evidenceDate: evidence.date,
  };
}

/** The fields history records, in the order a reader meets them. */
export const ASSESSMENT_HISTORY_FIELDS = [
  'selfRating',
  'validatedRating',
  'targetLevel',
  'targetYear',
  'notApplicable',
  'evidenceText',
  'evidenceLink',
  'evidenceOwner',
  'evidenceDate',
  'confidence',
  'comment',
  'validationComment',
] as const satisfies readonly (keyof FlatAssessment)[];
export type AssessmentHistoryField = (typeof ASSESSMENT_HISTORY_FIELDS)[number];
/** A field added to the assessment and left out of history does not compile. */
const everyFieldInHistory: [Exclude<keyof FlatAssessment, AssessmentHistoryField>] extends [never]
  ? true
  : never = true;
void everyFieldInHistory;

/** The fields that differ, each from what to what; `before` null means the assessment is new. */
export function diffAssessment(
  before: FlatAssessment | null,
  after: FlatAssessment,
): AssessmentChange[] {
  const changes: AssessmentChange[] = [];
  for (const field of ASSESSMENT_HISTORY_FIELDS) {
    const from = before ? before[field] : null;
    const to = after[field];
    // A new assessment lists only what was filled in: empty fields and "applicable" are the default.
    const isDefault = to === null || (field === 'notApplicable' && to === false);
    if (before === null ? !isDefault : from !== to) changes.push({ field, from, to });
  }
  return changes;
}

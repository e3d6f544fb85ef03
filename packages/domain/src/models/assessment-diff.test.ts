import { describe, expect, it } from 'vitest';
import type { AssessmentFields } from './assessment';
import { diffAssessment, flattenAssessment, type FlatAssessment } from './assessment-diff';

const empty: AssessmentFields = {
  selfRating: null,
  validatedRating: null,
  targetLevel: null,
  targetYear: null,
  notApplicable: false,
  evidence: { text: null, link: null, owner: null, date: null },
  confidence: null,
  comment: null,
  validationComment: null,
};
const flat = (over: Partial<FlatAssessment> = {}): FlatAssessment => ({
  ...flattenAssessment(empty),
  ...over,
});

describe('flattenAssessment', () => {
  it('splits evidence into its own history fields', () => {
    const f = flattenAssessment({
      ...empty,
      evidence: { text: 't', link: 'https://a.se', owner: 'o', date: '2026-01-02' },
    });
    expect(f).toMatchObject({
      evidenceText: 't',
      evidenceLink: 'https://a.se',
      evidenceOwner: 'o',
      evidenceDate: '2026-01-02',
    });
    expect(f).not.toHaveProperty('evidence');
  });
});

describe('diffAssessment', () => {
  it.each([
    { name: 'an empty new assessment', after: flat(), changes: [] },
    {
      name: 'a new rating with a target',
      after: flat({ selfRating: 3, targetLevel: 4, targetYear: 2027 }),
      changes: [
        { field: 'selfRating', from: null, to: 3 },
        { field: 'targetLevel', from: null, to: 4 },
        { field: 'targetYear', from: null, to: 2027 },
      ],
    },
    {
      name: 'a new N/A with evidence',
      after: flat({ notApplicable: true, evidenceText: 'Ingen verksamhet' }),
      changes: [
        { field: 'notApplicable', from: null, to: true },
        { field: 'evidenceText', from: null, to: 'Ingen verksamhet' },
      ],
    },
  ])('lists only what was filled in for $name', ({ after, changes }) => {
    expect(diffAssessment(null, after)).toEqual(changes);
  });

  it.each([
    {
      name: 'nothing',
      before: flat({ selfRating: 3 }),
      after: flat({ selfRating: 3 }),
      changes: [],
    },
    {
      name: 'a validation and a lowered confidence',
      before: flat({ selfRating: 3, confidence: 'high' }),
      after: flat({ selfRating: 3, validatedRating: 2, confidence: 'low' }),
      changes: [
        { field: 'validatedRating', from: null, to: 2 },
        { field: 'confidence', from: 'high', to: 'low' },
      ],
    },
    {
      name: 'a rating withdrawn as N/A',
      before: flat({ selfRating: 2, comment: 'x' }),
      after: flat({ notApplicable: true, comment: 'x' }),
      changes: [
        { field: 'selfRating', from: 2, to: null },
        { field: 'notApplicable', from: false, to: true },
      ],
    },
    {
      name: 'a cleared evidence link',
      before: flat({ evidenceLink: 'https://a.se' }),
      after: flat(),
      changes: [{ field: 'evidenceLink', from: 'https://a.se', to: null }],
    },
  ])('lists each changed field from → to for $name', ({ before, after, changes }) => {
    expect(diffAssessment(before, after)).toEqual(changes);
  });
});

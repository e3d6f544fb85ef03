import { describe, expect, it } from 'vitest';
import { assessmentFieldsSchema, type AssessmentFields } from './assessment';

const valid: AssessmentFields = {
  selfRating: 3,
  validatedRating: 2,
  targetLevel: 4,
  targetYear: 2027,
  notApplicable: false,
  evidence: {
    text: 'Rutin antagen',
    link: 'https://intra.malmo.se/rutin',
    owner: 'IT-chef',
    date: '2026-03-01',
  },
  confidence: 'medium',
  comment: null,
  validationComment: null,
};
const issuePaths = (input: unknown) => {
  const r = assessmentFieldsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('assessmentFieldsSchema', () => {
  it.each([
    { name: 'a full assessment', input: valid },
    {
      name: 'N/A without ratings',
      input: { ...valid, notApplicable: true, selfRating: null, validatedRating: null },
    },
    {
      name: 'an empty draft',
      input: {
        ...valid,
        selfRating: null,
        validatedRating: null,
        targetLevel: null,
        confidence: null,
      },
    },
    {
      name: 'an intranet link',
      input: { ...valid, evidence: { ...valid.evidence, link: 'http://intranet/doc?id=7' } },
    },
    { name: 'scale ends', input: { ...valid, selfRating: 1, validatedRating: 5, targetLevel: 5 } },
  ])('accepts $name', ({ input }) => {
    expect(issuePaths(input)).toEqual([]);
  });

  it.each([
    {
      name: 'N/A with a self-rating',
      input: { ...valid, notApplicable: true, validatedRating: null },
      path: 'notApplicable',
    },
    {
      name: 'N/A with a validated rating',
      input: { ...valid, notApplicable: true, selfRating: null },
      path: 'notApplicable',
    },
    { name: 'self-rating 0', input: { ...valid, selfRating: 0 }, path: 'selfRating' },
    { name: 'self-rating 6', input: { ...valid, selfRating: 6 }, path: 'selfRating' },
    {
      name: 'validated rating 2.5',
      input: { ...valid, validatedRating: 2.5 },
      path: 'validatedRating',
    },
    { name: 'target level 6', input: { ...valid, targetLevel: 6 }, path: 'targetLevel' },
    { name: 'target year 1999', input: { ...valid, targetYear: 1999 }, path: 'targetYear' },
    { name: 'an unknown confidence', input: { ...valid, confidence: 'sure' }, path: 'confidence' },
    {
      name: 'a bad evidence date',
      input: { ...valid, evidence: { ...valid.evidence, date: '2026-13-01' } },
      path: 'evidence.date',
    },
  ])('rejects $name', ({ input, path }) => {
    expect(issuePaths(input)).toEqual([path]);
  });

  it.each([
    'intra.malmo.se/rutin',
    'not a url',
    'http://',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'https:/intra.malmo.se',
  ])('rejects the evidence link %s', (link) => {
    expect(issuePaths({ ...valid, evidence: { ...valid.evidence, link } })).toEqual([
      'evidence.link',
    ]);
  });
});

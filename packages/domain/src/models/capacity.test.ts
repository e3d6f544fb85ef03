import { describe, expect, it } from 'vitest';
import { capacityReportSchema } from './capacity';

const valid = {
  planningFte: 1.5,
  competences: [
    { area: 'ai-och-data', fte: 0.25, level: 2 },
    { area: 'test', fte: 1, level: null },
  ],
  demand: [{ area: 'arkitektur', year: 2027, fte: 0.5 }],
  baseRequirements: [{ capabilityCode: 'informationsklassning', requiredLevel: 3 }],
};

const issuesOf = (input: unknown) =>
  capacityReportSchema
    .safeParse(input)
    .error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

describe('capacityReportSchema', () => {
  it('takes a complete report', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('names the field of each mistake', () => {
    expect(issuesOf({ ...valid, planningFte: -1 })[0]).toMatch(/^planningFte:/);
    expect(issuesOf({ ...valid, planningFte: 0.125 })).toEqual(['planningFte:fteDecimals']);
    expect(
      issuesOf({
        ...valid,
        competences: [...valid.competences, { area: 'test', fte: 2, level: 3 }],
      }),
    ).toEqual(['competences.2:duplicate']);
    expect(issuesOf({ ...valid, demand: [{ area: 'okänd', year: 2027, fte: 1 }] })[0]).toMatch(
      /^demand.0.area:/,
    );
    expect(
      issuesOf({ ...valid, baseRequirements: [{ capabilityCode: 'x', requiredLevel: 6 }] })[0],
    ).toMatch(/^baseRequirements.0.requiredLevel:/);
    expect(issuesOf({ ...valid, extra: true })[0]).toMatch(/Unrecognized key/);
  });
});

import { describe, expect, it } from 'vitest';
import { makeNeed } from '../planning/test-needs';
import { investmentNeedSchema, scenarioSchema } from './investment';

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('investmentNeedSchema', () => {
  it('accepts a well-formed need', () => {
    expect(investmentNeedSchema.safeParse(makeNeed({ code: 'e-arkiv' })).success).toBe(true);
  });

  it.each([
    {
      label: 'costs beyond its duration',
      need: { oneOffTkr: [1, 2], durationYears: 1 },
      path: 'oneOffTkr',
    },
    {
      label: 'staff beyond its duration',
      need: { fte: [{ area: 'test', yearIndex: 1, fte: 1 }] },
      path: 'fte.0.yearIndex',
    },
    { label: 'depending on itself', need: { dependsOn: ['x'] }, path: 'dependsOn' },
    { label: 'money that is not whole tkr', need: { operatingTkr: 1.5 }, path: 'operatingTkr' },
    {
      label: 'the same capability twice',
      need: {
        capabilities: [
          { capabilityCode: 'a', lift: 1 },
          { capabilityCode: 'a', lift: 2 },
        ],
      },
      path: 'capabilities.1',
    },
  ])('refuses $label at its field', ({ need, path }) => {
    const result = investmentNeedSchema.safeParse({ ...makeNeed({ code: 'x' }), ...need });
    expect(pathsOf(result)).toContain(path);
  });
});

describe('scenarioSchema', () => {
  it('refuses a need that is both chosen and left out', () => {
    const result = scenarioSchema.safeParse({
      code: 'bas',
      name: 'Bas',
      description: '',
      needs: [{ needCode: 'a', startYear: 2026 }],
      leftOut: [{ needCode: 'a', reason: 'Ryms inte.' }],
    });
    expect(pathsOf(result)).toEqual(['leftOut.0.needCode']);
  });
});

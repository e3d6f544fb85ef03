import { describe, expect, it } from 'vitest';
import {
  buildStrengthFields,
  describeStrengthIssue,
  toStrengthFormValues,
} from './strength-values';

const areas = new Map([
  ['molntjanster', 'infrastruktur'],
  ['ai-kompetens', 'ai'],
]);

describe('the strength or weakness form', () => {
  it('sends a weakness on a capability with its weight as a number', () => {
    const result = buildStrengthFields(
      {
        kind: 'weakness',
        areaCode: 'ai',
        capabilityCode: 'ai-kompetens',
        weight: '3',
        text: '  Få kan bygga AI-tjänster. ',
      },
      areas,
    );
    expect(result).toEqual({
      ok: true,
      fields: {
        kind: 'weakness',
        areaCode: 'ai',
        capabilityCode: 'ai-kompetens',
        weight: 3,
        text: 'Få kan bygga AI-tjänster.',
      },
    });
  });

  it('names every field that stops the save', () => {
    const empty = toStrengthFormValues(null);
    expect(buildStrengthFields(empty, areas)).toEqual({
      ok: false,
      errors: { areaCode: 'areaRequired', text: 'textRequired' },
    });
    const wrongArea = {
      ...empty,
      areaCode: 'ai',
      capabilityCode: 'molntjanster',
      text: 'x'.repeat(2001),
    };
    expect(buildStrengthFields(wrongArea, areas)).toEqual({
      ok: false,
      errors: { capabilityCode: 'capabilityOutsideArea', text: 'textTooLong' },
    });
  });

  it("words the API's refusals as the form's own", () => {
    expect(describeStrengthIssue('fields.text', 'too_big')).toEqual(['text', 'textTooLong']);
    expect(describeStrengthIssue('fields.capabilityCode', 'capabilityOutsideArea')).toEqual([
      'capabilityCode',
      'capabilityOutsideArea',
    ]);
    expect(describeStrengthIssue('version', 'too_small')).toBeNull();
  });
});

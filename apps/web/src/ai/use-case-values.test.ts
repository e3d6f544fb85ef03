import { describe, expect, it } from 'vitest';
import { buildUseCaseFields, toFormValues, type UseCaseFormValues } from './use-case-values';

const filled = (patch: Partial<UseCaseFormValues> = {}): UseCaseFormValues => ({
  ...toFormValues(null, 'miljoforvaltningen'),
  title: '  Sortering av klagomål ',
  ...patch,
});

describe('the use-case form', () => {
  it('starts a reporter’s new use case on its own unit', () => {
    expect(toFormValues(null, 'miljoforvaltningen').unitSlug).toBe('miljoforvaltningen');
    expect(toFormValues(null, null).unitSlug).toBe('');
  });

  it('sends trimmed text and numbers', () => {
    const result = buildUseCaseFields(filled());
    expect(result).toEqual({
      ok: true,
      fields: {
        title: 'Sortering av klagomål',
        description: '',
        unitSlug: 'miljoforvaltningen',
        value: 3,
        effort: 3,
        readiness: { data: 2, legal: 2, competence: 2, platform: 2, testing: 2 },
        status: 'idea',
        dependsOnNeeds: [],
      },
    });
  });

  it('names each field that is wrong before anything is sent', () => {
    const result = buildUseCaseFields(
      filled({ title: ' ', unitSlug: '', readiness: { ...filled().readiness, legal: '' } }),
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'titleRequired',
        unitSlug: 'unitRequired',
        'readiness.legal': 'scoreInvalid',
      },
    });
  });
});

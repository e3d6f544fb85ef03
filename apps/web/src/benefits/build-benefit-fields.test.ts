import { describe, expect, it } from 'vitest';
import { buildBenefitFields, toBenefitFormValues } from './build-benefit-fields';

const filled = {
  ...toBenefitFormValues(null),
  title: 'Kortare handläggningstid',
  needCode: 'integrationsplattform',
  unitSlug: 'stadsbyggnadskontoret',
  metric: 'handläggningstid (dagar)',
  baseline: '30',
  target: '12,5',
  targetDate: '2027-12-31',
};

describe('buildBenefitFields', () => {
  it('turns Swedish numbers into the API’s fields', () => {
    expect(buildBenefitFields(filled)).toEqual({
      ok: true,
      fields: expect.objectContaining({ baseline: 30, target: 12.5, followUpMonths: 6 }),
    });
  });

  it.each([
    [{ title: ' ' }, { title: 'titleRequired' }],
    [{ target: '30' }, { target: 'targetEqualsBaseline' }],
    [{ baseline: 'trettio' }, { baseline: 'valueInvalid' }],
    [{ followUpMonths: '40' }, { followUpMonths: 'monthsInvalid' }],
    [
      { needCode: '', targetDate: '' },
      { needCode: 'needRequired', targetDate: 'dateRequired' },
    ],
  ])('%o is refused with %o', (patch, errors) => {
    expect(buildBenefitFields({ ...filled, ...patch })).toEqual({ ok: false, errors });
  });
});

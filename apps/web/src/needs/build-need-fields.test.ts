import { needFieldsSchema } from '@lagesbild/domain';
import { describe, expect, it } from 'vitest';
import { buildNeedFields, listNeedFieldOrder } from './build-need-fields';
import { parseTkr, toNeedFormValues, type NeedFormValues } from './need-values';
import { makeNeed } from './test-needs';

const ITD = { kind: 'itd' } as const;

function emptyForm(patch: Partial<NeedFormValues> = {}): NeedFormValues {
  return {
    ...toNeedFormValues(null, { startYear: 2027, ownUnit: null, locale: 'sv-SE' }),
    ...patch,
  };
}

describe('the need form', () => {
  it('reads tkr as people type them, with spaces as grouping', () => {
    expect(parseTkr('1 500')).toEqual({ ok: true, value: 1500 });
    expect(parseTkr('')).toEqual({ ok: true, value: null });
    expect(parseTkr('-5')).toEqual({ ok: false, error: 'tkrNegative' });
    expect(parseTkr('1,5')).toEqual({ ok: false, error: 'tkrInvalid' });
    expect(parseTkr('abc')).toEqual({ ok: false, error: 'tkrInvalid' });
    expect(parseTkr('100000001')).toEqual({ ok: false, error: 'tkrTooLarge' });
  });

  it('builds fields the API accepts: one cost per year of the work, benefits to the last given', () => {
    const values = emptyForm({
      title: '  Gemensam e-tjänsteplattform ',
      ownerUnits: ['itd'],
      capabilities: [{ key: 'a', code: 'e-tjanster', lift: '2' }],
      durationYears: '2',
      oneOffTkr: ['1 500', '', '900', ...Array<string>(7).fill('')],
      operatingTkr: '300',
      benefitTkr: ['200', '', '600', '', ''],
      fte: [{ key: 'f', area: 'arkitektur', yearIndex: '1', fte: '0,5' }],
      dependsOn: ['e-arkiv'],
      constraints: {
        legal: { checked: true, note: ' GDPR ' },
        procurement: { checked: false, note: 'glömd' },
        competence: { checked: false, note: '' },
        budget: { checked: false, note: '' },
      },
    });
    const result = buildNeedFields(values, ITD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.built.fields).toEqual({
      title: 'Gemensam e-tjänsteplattform',
      description: '',
      ownerUnits: ['itd'],
      capabilities: [{ capabilityCode: 'e-tjanster', lift: 2 }],
      plannedStart: 2027,
      durationYears: 2,
      oneOffTkr: [1500, 0],
      operatingTkr: 300,
      benefitTkr: [200, 0, 600],
      fte: [{ area: 'arkitektur', yearIndex: 1, fte: 0.5 }],
      dependsOn: ['e-arkiv'],
      constraints: [{ kind: 'legal', note: 'GDPR' }],
      risk: 3,
      priority: 3,
      status: 'accepted',
    });
    expect(needFieldsSchema.safeParse(result.built.fields).success).toBe(true);
    expect(result.built.fieldOfPath['fields.fte.0.fte']).toBe('fte.f.value');
    expect(result.built.fieldOfPath['fields.capabilities.0.capabilityCode']).toBe(
      'capability.a.code',
    );
  });

  it('a unit’s proposal is for its own unit and is sent as proposed, whatever the form held', () => {
    const values = emptyForm({ title: 'Mobil tillsyn', ownerUnits: ['itd'], status: 'done' });
    const result = buildNeedFields(values, { kind: 'propose', unit: 'miljoforvaltningen' });
    expect(result.ok && result.built.fields).toMatchObject({
      ownerUnits: ['miljoforvaltningen'],
      status: 'proposed',
    });
    expect(listNeedFieldOrder(values, { kind: 'propose', unit: 'x' })).not.toContain('status');
  });

  it('names each bad field with the message the API would give', () => {
    const values = emptyForm({
      title: ' ',
      capabilities: [
        { key: 'a', code: 'e-tjanster', lift: '1' },
        { key: 'b', code: 'e-tjanster', lift: '9' },
        { key: 'c', code: '', lift: '1' },
      ],
      durationYears: '1',
      oneOffTkr: ['tusen', ...Array<string>(9).fill('')],
      operatingTkr: '-3',
      fte: [
        { key: 'f', area: '', yearIndex: '2', fte: '' },
        { key: 'g', area: 'test', yearIndex: '0', fte: '0,125' },
        { key: 'h', area: 'test', yearIndex: '0', fte: '1' },
      ],
    });
    const result = buildNeedFields(values, ITD);
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'titleRequired',
        ownerUnits: 'ownerUnitsRequired',
        'capability.b.code': 'duplicate',
        'capability.b.lift': 'liftInvalid',
        'capability.c.code': 'capabilityRequired',
        'oneOff.0': 'tkrInvalid',
        operatingTkr: 'tkrNegative',
        'fte.f.area': 'areaRequired',
        'fte.f.year': 'beyondDuration',
        'fte.f.value': 'fteRequired',
        'fte.g.value': 'fteDecimals',
        'fte.h.year': 'duplicate',
      },
    });
  });

  it('opens a saved need as it was, with FTE in Swedish and the benefit inputs padded', () => {
    const values = toNeedFormValues(
      makeNeed({
        fte: [{ area: 'test', yearIndex: 0, fte: 1.5 }],
        benefitTkr: [100],
        constraints: [{ kind: 'budget', note: 'Ryms inte' }],
      }),
      { startYear: 2027, ownUnit: null, locale: 'sv-SE' },
    );
    expect(values.fte[0]).toMatchObject({ area: 'test', yearIndex: '0', fte: '1,5' });
    expect(values.benefitTkr).toEqual(['100', '', '', '', '']);
    expect(values.constraints.budget).toEqual({ checked: true, note: 'Ryms inte' });
    const rebuilt = buildNeedFields(values, ITD);
    expect(rebuilt.ok && rebuilt.built.fields.benefitTkr).toEqual([100]);
  });
});

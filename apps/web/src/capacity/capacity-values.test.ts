import { describe, expect, it } from 'vitest';
import { listDemandYears } from './areas';
import {
  buildCapacityReport,
  computeTotals,
  fieldId,
  listFieldOrder,
  toCapacityValues,
  type CapacityValues,
} from './capacity-values';
import type { CapacityReportData } from './types';

const CAPABILITIES = [
  { code: 'ai-strategi', name: 'AI-strategi', areaName: 'AI' },
  { code: 'testmiljoer', name: 'Testmiljöer', areaName: 'Testverksamhet' },
];

const REPORT: CapacityReportData = {
  planningFte: 1.5,
  competences: [
    { area: 'arkitektur', fte: 0.25, level: 3 },
    { area: 'test', fte: 0, level: null },
  ],
  demand: [
    { area: 'ai-och-data', year: 2027, fte: 0.5 },
    { area: 'test', year: 2032, fte: 1 },
  ],
  baseRequirements: [
    { capabilityCode: 'ai-strategi', requiredLevel: 3 },
    { capabilityCode: 'borttagen', requiredLevel: 2 },
  ],
};

function emptyValues(): CapacityValues {
  return toCapacityValues(null, CAPABILITIES, 'sv-SE');
}

describe('competence areas', () => {
  it('demand years are the plan’s horizon plus any year a report already has', () => {
    expect(listDemandYears([])).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(listDemandYears(REPORT.demand)).toEqual([2026, 2027, 2028, 2029, 2030, 2032]);
  });
});

describe('toCapacityValues', () => {
  it('shows a saved report with Swedish decimal commas and drops capabilities no longer in the framework', () => {
    const values = toCapacityValues(REPORT, CAPABILITIES, 'sv-SE');
    expect(values.planningFte).toBe('1,5');
    expect(values.competences.arkitektur).toEqual({ fte: '0,25', level: '3' });
    expect(values.competences.test).toEqual({ fte: '0', level: '' });
    expect(values.competences.sakerhet).toEqual({ fte: '', level: '' });
    expect(values.demand).toEqual({ 'ai-och-data.2027': '0,5', 'test.2032': '1' });
    expect(values.requirements).toEqual({ 'ai-strategi': '3' });
  });
});

describe('buildCapacityReport', () => {
  it('builds the payload from typed text, leaving empty rows and cells out', () => {
    const values = emptyValues();
    values.planningFte = '1,5';
    values.competences['ai-och-data'] = { fte: '0,75', level: '2' };
    values.competences.test = { fte: '', level: '1' };
    values.demand['arkitektur.2028'] = '0.5';
    values.demand['arkitektur.2029'] = '';
    values.requirements['testmiljoer'] = '4';
    values.requirements['ai-strategi'] = '';
    const result = buildCapacityReport(values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.built.report).toEqual({
      planningFte: 1.5,
      competences: [
        { area: 'ai-och-data', fte: 0.75, level: 2 },
        { area: 'test', fte: 0, level: 1 },
      ],
      demand: [{ area: 'arkitektur', year: 2028, fte: 0.5 }],
      baseRequirements: [{ capabilityCode: 'testmiljoer', requiredLevel: 4 }],
    });
  });

  it('round-trips a saved report unchanged', () => {
    const result = buildCapacityReport(toCapacityValues(REPORT, CAPABILITIES, 'sv-SE'));
    expect(result.ok && result.built.report).toEqual({
      ...REPORT,
      baseRequirements: [{ capabilityCode: 'ai-strategi', requiredLevel: 3 }],
    });
  });

  it('names every field in error and builds nothing', () => {
    const values = emptyValues();
    values.competences.sakerhet.fte = '-1';
    values.demand['test.2027'] = 'abc';
    values.demand['test.2028'] = '0,125';
    expect(buildCapacityReport(values)).toEqual({
      ok: false,
      errors: {
        planningFte: 'fteRequired',
        'competence.sakerhet.fte': 'fteNegative',
        'demand.test.2027': 'fteInvalid',
        'demand.test.2028': 'fteDecimals',
      },
    });
  });

  it('maps each API path to the input it was built from', () => {
    const values = emptyValues();
    values.planningFte = '2';
    values.competences.test = { fte: '1', level: '' };
    values.competences['it-juridik'] = { fte: '0,5', level: '4' };
    values.demand['sakerhet.2026'] = '1';
    values.demand['ai-och-data.2027'] = '2';
    values.requirements['testmiljoer'] = '3';
    const result = buildCapacityReport(values);
    if (!result.ok) throw new Error('expected a report');
    const { report, fieldOfPath } = result.built;
    expect(fieldOfPath['report.planningFte']).toBe('planningFte');
    expect(fieldOfPath['report.competences.1.fte']).toBe('competence.it-juridik.fte');
    expect(fieldOfPath['report.competences.1.level']).toBe('competence.it-juridik.level');
    const aiIndex = report.demand.findIndex((d) => d.area === 'ai-och-data');
    expect(fieldOfPath[`report.demand.${aiIndex}.fte`]).toBe('demand.ai-och-data.2027');
    expect(fieldOfPath['report.baseRequirements.0.capabilityCode']).toBe('requirement.testmiljoer');
  });
});

describe('computeTotals', () => {
  it('sums FTE per table and demand per year, counting unfinished entries as nothing', () => {
    const values = emptyValues();
    values.competences.arkitektur.fte = '1,5';
    values.competences.test.fte = '0,25';
    values.competences.sakerhet.fte = 'abc';
    values.demand['test.2027'] = '0,1';
    values.demand['arkitektur.2027'] = '0,2';
    values.demand['arkitektur.2030'] = '3';
    expect(computeTotals(values, [2026, 2027, 2030])).toEqual({
      competenceFte: 1.75,
      demandByYear: { 2026: 0, 2027: 0.3, 2030: 3 },
    });
  });
});

describe('field order and ids', () => {
  it('runs planning, competences, demand by area and year, then base requirements', () => {
    const order = listFieldOrder([2026, 2027], CAPABILITIES);
    expect(order.slice(0, 3)).toEqual([
      'planningFte',
      'competence.systemforvaltning.fte',
      'competence.systemforvaltning.level',
    ]);
    expect(order.slice(17, 19)).toEqual([
      'demand.systemforvaltning.2026',
      'demand.systemforvaltning.2027',
    ]);
    expect(order.slice(-2)).toEqual(['requirement.ai-strategi', 'requirement.testmiljoer']);
    expect(fieldId('demand.ai-och-data.2027')).toBe('capacity-demand-ai-och-data-2027');
  });
});

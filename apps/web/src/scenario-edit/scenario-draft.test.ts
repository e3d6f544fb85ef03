import { describe, expect, it } from 'vitest';
import { makeNeed } from '../needs/test-needs';
import { computeDraftConsequence } from './consequence';
import {
  buildScenario,
  createScenarioCode,
  listScenarioNeeds,
  requiresReason,
  toScenarioDraft,
} from './scenario-draft';
import type { ScenarioData } from './types';

const klass = makeNeed({
  code: 'klassning',
  title: 'Informationsklassning',
  plannedStart: 2026,
  durationYears: 2,
  oneOffTkr: [900, 600],
  operatingTkr: 150,
  status: 'ongoing',
});
const masterdata = makeNeed({
  code: 'masterdata',
  title: 'Masterdata',
  plannedStart: 2027,
  oneOffTkr: [2000],
  operatingTkr: 300,
  dependsOn: ['klassning'],
  status: 'accepted',
});
const proposal = makeNeed({ code: 'forslag', title: 'Förslag', status: 'proposed' });
const declined = makeNeed({ code: 'avslaget', title: 'Avslaget', status: 'declined' });
const needs = [klass, masterdata, proposal, declined];

const bas: ScenarioData = {
  code: 'bas',
  name: 'Bas',
  description: 'Inom ramen',
  needs: [{ needCode: 'klassning', startYear: 2026 }],
  leftOut: [
    { needCode: 'masterdata', reason: 'Ryms inte' },
    { needCode: 'avslaget', reason: 'Avslaget av ITD' },
  ],
};

describe('the scenario editor', () => {
  it('lists the needs still in play and those the scenario already has', () => {
    expect(listScenarioNeeds(needs, bas).map((n) => n.code)).toEqual([
      'klassning',
      'masterdata',
      'forslag',
    ]);
    const withDeclined = { needs: [{ needCode: 'avslaget', startYear: 2027 }] };
    expect(listScenarioNeeds(needs, withDeclined).map((n) => n.code)).toContain('avslaget');
  });

  it('starts from the saved scenario; a need not in it defaults to its planned start', () => {
    const draft = toScenarioDraft(bas, needs);
    expect(draft.rows).toEqual({
      klassning: { included: true, startYear: '2026', reason: '' },
      masterdata: { included: false, startYear: '2027', reason: 'Ryms inte' },
      forslag: { included: false, startYear: '2026', reason: '' },
    });
  });

  it('a new scenario starts from what ITD has committed to', () => {
    const draft = toScenarioDraft(null, needs);
    expect(Object.entries(draft.rows).filter(([, r]) => r.included)).toEqual([
      ['klassning', { included: true, startYear: '2026', reason: '' }],
    ]);
    expect(buildScenario({ ...draft, name: 'Ny' }, 'ny-2', needs, null).ok).toBe(true);
  });

  it('builds the scenario, keeping reasons for needs the editor no longer lists', () => {
    const draft = toScenarioDraft(bas, needs);
    draft.rows.masterdata = { included: true, startYear: '2028', reason: 'Ryms inte' };
    expect(buildScenario(draft, 'bas', needs, bas)).toEqual({
      ok: true,
      scenario: {
        ...bas,
        needs: [
          { needCode: 'klassning', startYear: 2026 },
          { needCode: 'masterdata', startYear: 2028 },
        ],
        leftOut: [{ needCode: 'avslaget', reason: 'Avslaget av ITD' }],
      },
    });
  });

  it('requires a reason for a need taken out or one ITD has committed to, not for others', () => {
    const draft = toScenarioDraft(bas, needs);
    draft.name = ' ';
    // Taken out of the saved scenario: ongoing, and it was in.
    draft.rows.klassning = { included: false, startYear: '2026', reason: '' };
    // Never in Bas and only accepted: may stay out without a word, like the proposal.
    draft.rows.masterdata!.reason = '  ';
    expect(buildScenario(draft, 'bas', needs, bas)).toEqual({
      ok: false,
      errors: { name: 'nameRequired', 'reason.klassning': 'reasonRequired' },
    });
    const planned = { ...masterdata, status: 'planned' as const };
    expect(requiresReason(planned, bas)).toBe(true);
    expect(requiresReason(masterdata, null)).toBe(false);
    expect(requiresReason(proposal, bas)).toBe(false);
  });

  it('computes the cost over the horizon and names dependencies that break', () => {
    const draft = toScenarioDraft(bas, needs);
    draft.rows.masterdata = { included: true, startYear: '2027', reason: '' };
    const frame = [
      { year: 2026, tkr: 1000 },
      { year: 2027, tkr: 1000 },
    ];
    const c = computeDraftConsequence(draft, needs, { from: 2026, to: 2028 }, frame);
    // 900 + 600 + 2000 invested; klassning runs from 2028 (150), masterdata from 2028 (300).
    expect(c.investmentTkr).toBe(3500);
    expect(c.operatingTkr).toBe(450);
    expect(c.costTkr).toBe(3950);
    expect(c.overFrameYears).toEqual([2027]);
    expect(c.dependencyIssues).toEqual([
      { need: 'Masterdata', dependsOn: 'Informationsklassning', kind: 'early' },
    ]);
  });

  it('makes a new scenario’s code from its name, never one taken or the new-form address', () => {
    expect(createScenarioCode('Offensiv på AI', new Set(['bas']))).toBe('offensiv-pa-ai');
    expect(createScenarioCode('Bas', new Set(['bas']))).toBe('bas-2');
    expect(createScenarioCode('Ny', new Set())).toBe('ny-2');
  });
});

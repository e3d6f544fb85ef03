import type { NeedData } from './types';

/** A need as the register delivers it, for tests; only what a test names differs. */
export function makeNeed(overrides: Partial<NeedData> = {}): NeedData {
  return {
    code: 'behov',
    title: 'Behov',
    description: '',
    ownerUnits: ['itd'],
    capabilities: [],
    plannedStart: 2026,
    durationYears: 1,
    oneOffTkr: [1000],
    operatingTkr: 100,
    benefitTkr: [],
    fte: [],
    dependsOn: [],
    constraints: [],
    risk: 3,
    priority: 3,
    status: 'accepted',
    version: 1,
    decisionReason: null,
    proposedByUnit: null,
    updatedAt: '2026-01-10T10:00:00.000Z',
    updatedBy: 'Ida Ledning (ITD)',
    ...overrides,
  };
}

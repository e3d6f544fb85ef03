import type { InvestmentNeed } from '../models/investment';

/** A small valid need; tests override what they look at. */
export function makeNeed(overrides: Partial<InvestmentNeed> & { code: string }): InvestmentNeed {
  return {
    title: overrides.code,
    description: '',
    ownerUnits: ['itd'],
    capabilities: [],
    plannedStart: 2026,
    durationYears: 1,
    oneOffTkr: [100],
    operatingTkr: 0,
    benefitTkr: [],
    fte: [],
    dependsOn: [],
    constraints: [],
    risk: 2,
    priority: 3,
    status: 'accepted',
    ...overrides,
  };
}

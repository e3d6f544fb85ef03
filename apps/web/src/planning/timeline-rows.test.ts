import { describe, expect, it } from 'vitest';
import type { ScenarioOutcomeData } from '../api-types';
import type { NeedRegisterData } from '../needs/types';
import { buildTimeline } from './timeline-rows';

const outcome = {
  timeline: [
    { needCode: 'ai', title: 'AI-plattform', startYear: 2027, completionYear: 2028 },
    { needCode: 'policy', title: 'AI-policy', startYear: 2026, completionYear: 2026 },
  ],
  dependencyIssues: [{ needCode: 'ai', dependsOn: 'data', kind: 'missing' }],
} as unknown as ScenarioOutcomeData;
const register = [
  { code: 'ai', title: 'AI-plattform', dependsOn: ['policy', 'data'] },
  { code: 'policy', title: 'AI-policy', dependsOn: [] },
  { code: 'data', title: 'Data för AI', dependsOn: [] },
] as unknown as NeedRegisterData['needs'];

describe('buildTimeline', () => {
  it('orders by start, marks work and running years, and flags dependencies', () => {
    const rows = buildTimeline(outcome, register, { from: 2026, to: 2029 });
    expect(rows.map((r) => r.needCode)).toEqual(['policy', 'ai']);
    expect(rows[1]!.phases.map((p) => p.phase)).toEqual([null, 'work', 'work', 'run']);
    expect(rows[1]!.dependsOn).toEqual([
      { code: 'policy', title: 'AI-policy', issue: null },
      { code: 'data', title: 'Data för AI', issue: 'missing' },
    ]);
  });
});

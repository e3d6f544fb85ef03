import { computeMovement } from '../../maturity/movement';
import { compareEditions, extractComparables, type AreaChange } from '../compare-editions';
import { listNames, type PlanChapter, type PlanStatement, type PlanTable } from '../plan-content';
import type { PlanContext } from '../plan-sources';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({
  key: `comparison.${key}`,
  values,
});
const names = (items: readonly { title: string }[]) => listNames(items.map((i) => i.title));

/**
 * Chapter 1: what moved since the previous published edition. Without one, it says so and gives the movement
 * since the previous round instead, so the first edition still opens with a comparison. On the same basis
 * round as the previous edition there is nothing to compare yet, and it says that.
 */
export function buildComparisonChapter(context: PlanContext): PlanChapter {
  const { sources, previous } = context;
  const current = extractComparables(sources);
  if (previous === null) return buildRoundComparison(context);
  const since = String(previous.year);
  // Both editions read the same frozen round: what "moved" would only be edits to it, so say so plainly.
  if (current.roundCode !== null && current.roundCode === previous.comparables.roundCode) {
    return {
      key: 'comparison',
      statements: [say('sameBasis', { year: since, round: current.roundCode })],
      figures: [],
      tables: [],
    };
  }

  const changes = compareEditions(previous.comparables, current);
  const statements: PlanStatement[] = [
    say('sincePrevious', { year: since, round: current.roundCode ?? '–' }),
    ...describeAreas(changes.areasUp, changes.areasDown, changes.areasCompared, since),
    listed('newNeeds', changes.newNeeds, since),
    listed('completedNeeds', changes.completedNeeds, since),
    listed('realisedBenefits', changes.realisedBenefits, since),
    changes.risenRisks.length
      ? say('risenRisks', {
          count: changes.risenRisks.length,
          names: names(changes.risenRisks),
          since,
        })
      : say('noRisenRisks', { since }),
    ...(changes.newRisks.length
      ? [say('newRisks', { count: changes.newRisks.length, names: names(changes.newRisks), since })]
      : []),
  ];
  const previousMedian = new Map(previous.comparables.areas.map((a) => [a.code, a.median]));
  return {
    key: 'comparison',
    statements,
    figures: [
      { key: 'comparison.figure.areasUp', value: changes.areasUp.length, unit: 'count' },
      { key: 'comparison.figure.newNeeds', value: changes.newNeeds.length, unit: 'count' },
      {
        key: 'comparison.figure.completedNeeds',
        value: changes.completedNeeds.length,
        unit: 'count',
      },
      { key: 'comparison.figure.risenRisks', value: changes.risenRisks.length, unit: 'count' },
    ],
    tables: [
      areaTable(current.areas.map((a) => [a.name, previousMedian.get(a.code) ?? null, a.median])),
      ...(changes.risenRisks.length
        ? [
            {
              key: 'comparison.table.risks',
              columns: [
                { key: 'factor', unit: 'text' as const },
                { key: 'previous', unit: 'score' as const },
                { key: 'current', unit: 'score' as const },
              ],
              rows: changes.risenRisks.map((r) => [r.title, r.from, r.to]),
              chart: null,
            },
          ]
        : []),
    ],
  };
}

function listed(key: string, items: readonly { title: string }[], since: string): PlanStatement {
  const none = `no${key[0]!.toUpperCase()}${key.slice(1)}`;
  return items.length
    ? say(key, { count: items.length, names: names(items), since })
    : say(none, { since });
}

function describeAreas(
  up: readonly AreaChange[],
  down: readonly AreaChange[],
  compared: number,
  since: string,
): PlanStatement[] {
  if (compared === 0) return [say('noAreaComparison', { since })];
  const moved = [...up, ...down].map((a) =>
    say(a.change > 0 ? 'areaUp' : 'areaDown', {
      area: a.name,
      from: a.from,
      to: a.to,
      change: Math.abs(a.change),
      since,
    }),
  );
  return [
    say(down.length ? 'areasMoved' : up.length ? 'areasMovedNoneFell' : 'areasUnchanged', {
      up: up.length,
      down: down.length,
      total: compared,
      since,
    }),
    ...moved,
  ];
}

/** Area medians before and now, drawn as bars side by side. */
function areaTable(rows: (string | number | null)[][]): PlanTable {
  return {
    key: 'comparison.table.areas',
    columns: [
      { key: 'area', unit: 'text' },
      { key: 'previous', unit: 'level' },
      { key: 'current', unit: 'level' },
    ],
    rows,
    chart: 'bar',
  };
}

/** The first edition: the movement since the previous round, read from the overview. */
function buildRoundComparison({ sources }: PlanContext): PlanChapter {
  const overview = sources.overview;
  const empty = { key: 'comparison' as const, figures: [], tables: [] };
  if (overview === null) return { ...empty, statements: [say('noPrevious'), say('noRounds')] };
  if (overview.previousRound === null) {
    return {
      ...empty,
      statements: [say('noPrevious'), say('firstRound', { round: overview.round })],
    };
  }
  const since = overview.previousRound;
  const median = (areaCode: string, round: string) =>
    overview.trends.find((t) => t.areaCode === areaCode)?.points.find((p) => p.roundCode === round)
      ?.spread?.median ?? null;
  const areas = overview.areas.map((a) => ({
    code: a.code,
    name: a.name,
    from: median(a.code, since),
    to: median(a.code, overview.round),
  }));
  const changes = areas.flatMap((a): AreaChange[] =>
    a.from === null || a.to === null
      ? []
      : [
          {
            code: a.code,
            name: a.name,
            from: a.from,
            to: a.to,
            change: computeMovement(a.to, a.from)!,
          },
        ],
  );
  const byChange = (x: AreaChange, y: AreaChange) => Math.abs(y.change) - Math.abs(x.change);
  const up = changes.filter((c) => c.change > 0).sort(byChange);
  const down = changes.filter((c) => c.change < 0).sort(byChange);
  return {
    key: 'comparison',
    statements: [
      say('noPrevious'),
      say('sinceRound', { round: overview.round, previousRound: since }),
      ...describeAreas(up, down, changes.length, since),
    ],
    figures: [{ key: 'comparison.figure.areasUp', value: up.length, unit: 'count' }],
    tables: [areaTable(areas.map((a) => [a.name, a.from, a.to]))],
  };
}

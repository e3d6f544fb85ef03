import { isActiveFactor, type FactorRegisterView, type FactorView } from '../../views/factors';
import type { PlanChapter, PlanStatement, PlanTable } from '../plan-content';
import type { PlanContext } from '../plan-sources';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({ key, values });

/** How many factors the plan lists, as the /faktorer page does. */
const TOP = 5;

export interface TopFactor {
  factor: FactorView;
  rank: number;
  change: number | null;
  /** The round the change is measured from; null for a factor scored in one round only. */
  previousRound: string | null;
}

/** The open and mitigating factors with the highest score, in the register's ranking order. */
export function findTopFactors(register: FactorRegisterView, count = TOP): TopFactor[] {
  const byCode = new Map(register.factors.map((f) => [f.code, f]));
  return register.ranking.flatMap((r, i) => {
    const factor = byCode.get(r.code);
    if (factor === undefined || i >= count) return [];
    const previousRound = r.previous === null ? null : (factor.history.at(-2)?.roundCode ?? null);
    return [{ factor, rank: i + 1, change: r.change, previousRound }];
  });
}

function describeCounts(register: FactorRegisterView): PlanStatement[] {
  const active = register.factors.filter(isActiveFactor);
  const closed = register.factors.length - active.length;
  if (register.factors.length === 0) return [say('factors.none')];
  const band = (b: FactorView['band']) => active.filter((f) => f.band === b).length;
  const statements = [
    say('factors.summary', {
      total: active.length,
      critical: band('critical'),
      high: band('high'),
      medium: band('medium'),
      low: band('low'),
    }),
  ];
  if (closed > 0) statements.push(say('factors.closed', { count: closed }));
  return statements;
}

function describeTop(top: readonly TopFactor[]): PlanStatement[] {
  return top.flatMap(({ factor, rank, change, previousRound }) => {
    const base = { rank, title: factor.title, score: factor.score, owner: factor.owner };
    const head =
      change === null || previousRound === null
        ? say('factors.topNew', base)
        : say(change > 0 ? 'factors.topUp' : change < 0 ? 'factors.topDown' : 'factors.topSame', {
            ...base,
            change: Math.abs(change),
            previous: previousRound,
          });
    const mitigation = factor.mitigation.trim()
      ? say('factors.mitigation', {
          title: factor.title,
          mitigation: factor.mitigation.trim(),
        })
      : say('factors.mitigationMissing', { title: factor.title });
    return [head, mitigation];
  });
}

/** Active factors whose score went up since the round before: what the board should watch. */
function describeRisen(register: FactorRegisterView): PlanStatement[] {
  if (register.ranking.length === 0) return [];
  const byCode = new Map(register.factors.map((f) => [f.code, f]));
  const risen = register.ranking.filter((r) => (r.change ?? 0) > 0);
  if (risen.length === 0) return [say('factors.risenNone')];
  return [
    say('factors.risen', { count: risen.length }),
    ...risen.map((r) =>
      say('factors.risenItem', {
        title: byCode.get(r.code)?.title ?? r.code,
        from: r.previous ?? 0,
        to: r.current,
      }),
    ),
  ];
}

function buildTopTable(top: readonly TopFactor[]): PlanTable {
  return {
    key: 'factors.table.top',
    columns: [
      { key: 'factor', unit: 'text' },
      { key: 'kind', unit: 'label' },
      { key: 'score', unit: 'score' },
      { key: 'change', unit: 'change' },
      { key: 'owner', unit: 'text' },
      { key: 'status', unit: 'label' },
    ],
    rows: top.map(({ factor, change }) => [
      factor.title,
      factor.kind,
      factor.score,
      change,
      factor.owner,
      factor.status,
    ]),
    chart: null,
  };
}

/** The top factors' scores per round: x is the round, one series per factor, named by rank. */
function buildTrendTable(register: FactorRegisterView, top: readonly TopFactor[]): PlanTable {
  const rounds = register.rounds
    .map((r) => r.code)
    .filter((code) => top.some(({ factor }) => factor.history.some((h) => h.roundCode === code)));
  return {
    key: 'factors.table.trend',
    columns: [
      { key: 'round', unit: 'text' },
      ...top.map(({ rank }) => ({ key: `rank${rank}`, unit: 'score' as const })),
    ],
    rows: rounds.map((code) => [
      code,
      ...top.map(({ factor }) => factor.history.find((h) => h.roundCode === code)?.score ?? null),
    ]),
    chart: 'line',
  };
}

/** Names the trend chart's series: "nr 1" is the factor ranked first, and how it moved from first to last. */
function describeTrend(table: PlanTable, top: readonly TopFactor[]): PlanStatement[] {
  if (table.rows.length < 2) return [];
  return top.map(({ factor, rank }) => {
    const scored = factor.history;
    const first = scored[0]!;
    const last = scored.at(-1)!;
    if (scored.length < 2) {
      return say('factors.trendSeriesNew', {
        rank,
        title: factor.title,
        to: last.score,
        last: last.roundCode,
      });
    }
    return say('factors.trendSeries', {
      rank,
      title: factor.title,
      from: first.score,
      first: first.roundCode,
      to: last.score,
      last: last.roundCode,
    });
  });
}

/** Chapter 7 (Q5): the critical factors by band, the largest with their movement, owner and mitigation. */
export function buildFactorsChapter({ sources }: PlanContext): PlanChapter {
  const register = sources.factors;
  const top = findTopFactors(register);
  const active = register.factors.filter(isActiveFactor);
  const tables: PlanTable[] = [];
  const statements = [...describeCounts(register)];
  if (top.length) {
    const trend = buildTrendTable(register, top);
    tables.push(buildTopTable(top));
    statements.push(...describeTop(top), ...describeRisen(register));
    if (trend.rows.length >= 2) {
      tables.push(trend);
      statements.push(...describeTrend(trend, top));
    }
  }
  const inBand = (b: FactorView['band']) => active.filter((f) => f.band === b).length;
  return {
    key: 'factors',
    statements,
    figures: [
      { key: 'factors.figure.active', value: active.length, unit: 'count' },
      { key: 'factors.figure.critical', value: inBand('critical'), unit: 'count' },
      { key: 'factors.figure.high', value: inBand('high'), unit: 'count' },
      {
        key: 'factors.figure.risen',
        value: register.ranking.filter((r) => (r.change ?? 0) > 0).length,
        unit: 'count',
      },
    ],
    tables,
  };
}

import { toMnkr } from '../../money/rounding';
import type { NeedStatus } from '../../models/investment';
import { findCompletionYear, listYears, oneOffIn, operatingIn } from '../../planning/need-years';
import { listNames, type PlanChapter, type PlanStatement, type PlanTable } from '../plan-content';
import type { PlanContext } from '../plan-sources';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({
  key: `investments.${key}`,
  values,
});

const DECIDED: readonly NeedStatus[] = ['accepted', 'planned', 'ongoing'];
type Need = PlanContext['sources']['needs']['needs'][number];
type ScenarioEntry = PlanContext['sources']['scenarios']['scenarios'][number];

const byPriority = (x: Need, y: Need) =>
  x.priority - y.priority ||
  x.plannedStart - y.plannedStart ||
  x.title.localeCompare(y.title, 'sv');

/**
 * Chapter 4 (Q2): the needs by priority and status, their cost and operating consequences per year, the
 * timeline of what is decided, and the scenarios side by side with what each leaves out and why.
 */
export function buildInvestmentsChapter({ sources }: PlanContext): PlanChapter {
  const needs = [...sources.needs.needs].sort(byPriority);
  const { from, to } = sources.scenarios.horizon;
  const waiting = sources.needs.withheldProposals;
  if (needs.length === 0) {
    return {
      key: 'investments',
      statements: [
        waiting ? say('proposalsWaiting', { count: waiting }) : say('noNeeds'),
        ...describeScenarios(sources.scenarios.scenarios, String(from), String(to)),
      ],
      figures: [{ key: 'investments.figure.needs', value: 0, unit: 'count' }],
      tables: [],
    };
  }
  const count = (statuses: readonly NeedStatus[]) =>
    needs.filter((n) => statuses.includes(n.status)).length;
  const live = needs.filter((n) => n.status !== 'declined' && n.status !== 'done');
  const oneOff = live.reduce((s, n) => s + n.oneOffTkr.reduce((a, b) => a + b, 0), 0);
  const operating = live.reduce((s, n) => s + n.operatingTkr, 0);
  const first = live.filter((n) => n.priority === 1);
  const constrained = live.filter((n) => n.constraints.length > 0);
  const years = listYears(from, to);

  const statements: PlanStatement[] = [
    say('needCounts', {
      total: needs.length + waiting,
      proposed: count(['proposed']) + waiting,
      decided: count(DECIDED),
      done: count(['done']),
      declined: count(['declined']),
    }),
    say('cost', { count: live.length, oneOff: toMnkr(oneOff), operating: toMnkr(operating) }),
    first.length
      ? say('firstPriority', { count: first.length, names: listNames(first.map((n) => n.title)) })
      : say('noFirstPriority'),
    constrained.length
      ? say('constraints', {
          count: constrained.length,
          names: listNames(constrained.map((n) => n.title)),
        })
      : say('noConstraints'),
    ...describeScenarios(sources.scenarios.scenarios, String(from), String(to)),
  ];

  const tables: PlanTable[] = [
    {
      key: 'investments.table.needs',
      columns: [
        { key: 'need', unit: 'text' },
        { key: 'status', unit: 'label' },
        { key: 'priority', unit: 'count' },
        { key: 'start', unit: 'year' },
        { key: 'oneOff', unit: 'tkr' },
        { key: 'operating', unit: 'tkr' },
        { key: 'risk', unit: 'count' },
      ],
      rows: needs.map((n) => [
        n.title,
        n.status,
        n.priority,
        n.plannedStart,
        n.oneOffTkr.reduce((a, b) => a + b, 0),
        n.operatingTkr,
        n.risk,
      ]),
      chart: null,
    },
    {
      key: 'investments.table.costByYear',
      columns: [
        { key: 'year', unit: 'year' },
        { key: 'oneOff', unit: 'tkr' },
        { key: 'operating', unit: 'tkr' },
      ],
      rows: years.map((year) => [
        year,
        live.reduce((s, n) => s + oneOffIn(n, n.plannedStart, year), 0),
        live.reduce((s, n) => s + operatingIn(n, n.plannedStart, year), 0),
      ]),
      chart: 'bar',
    },
  ];
  const decided = needs.filter((n) => DECIDED.includes(n.status) || n.status === 'done');
  if (decided.length) {
    tables.push({
      key: 'investments.table.timeline',
      columns: [
        { key: 'need', unit: 'text' },
        { key: 'status', unit: 'label' },
        { key: 'start', unit: 'year' },
        { key: 'completion', unit: 'year' },
      ],
      rows: [...decided]
        .sort((x, y) => x.plannedStart - y.plannedStart || byPriority(x, y))
        .map((n) => [n.title, n.status, n.plannedStart, findCompletionYear(n, n.plannedStart)]),
      chart: null,
    });
  }
  if (constrained.length) {
    tables.push({
      key: 'investments.table.constraints',
      columns: [
        { key: 'need', unit: 'text' },
        { key: 'kind', unit: 'label' },
        { key: 'note', unit: 'text' },
      ],
      rows: constrained.flatMap((n) => n.constraints.map((c) => [n.title, c.kind, c.note || null])),
      chart: null,
    });
  }
  tables.push(...scenarioTables(sources.scenarios.scenarios));
  return {
    key: 'investments',
    statements,
    figures: [
      { key: 'investments.figure.needs', value: needs.length, unit: 'count' },
      { key: 'investments.figure.oneOff', value: toMnkr(oneOff), unit: 'mnkr' },
      { key: 'investments.figure.operating', value: operating, unit: 'tkr' },
      {
        key: 'investments.figure.scenarios',
        value: sources.scenarios.scenarios.length,
        unit: 'count',
      },
    ],
    tables,
  };
}

function describeScenarios(
  scenarios: readonly ScenarioEntry[],
  from: string,
  to: string,
): PlanStatement[] {
  if (scenarios.length === 0) return [say('noScenarios')];
  return [
    say('scenarios', {
      count: scenarios.length,
      names: listNames(scenarios.map((s) => s.outcome.name)),
    }),
    ...scenarios.flatMap(({ outcome: o }) => {
      const over = o.years.filter((y) => y.overFrame).map((y) => y.year);
      const short = o.staffing.filter((y) => !y.feasible).map((y) => y.year);
      const out = [
        say('scenario', {
          name: o.name,
          from,
          to,
          investment: toMnkr(o.totals.investmentTkr),
          operating: toMnkr(o.totals.operatingTkr),
          benefit: toMnkr(o.totals.benefitTkr),
          net: toMnkr(o.totals.netTkr),
        }),
        o.paybackYear === null
          ? say('noPayback', { name: o.name, to })
          : say('payback', { name: o.name, year: String(o.paybackYear) }),
        over.length
          ? say('overFrame', { name: o.name, count: over.length, years: over.join(', ') })
          : say('withinFrame', { name: o.name }),
        short.length
          ? say('understaffed', { name: o.name, count: short.length, years: short.join(', ') })
          : say('staffed', { name: o.name }),
      ];
      // Needs are named from the scenario itself: its timeline and what it leaves out.
      const titles = new Map([...o.timeline, ...o.tradeOffs].map((n) => [n.needCode, n.title]));
      const title = (code: string) => titles.get(code) ?? code;
      for (const d of o.dependencyIssues) {
        out.push(
          say(d.kind === 'early' ? 'dependsEarly' : 'dependsMissing', {
            name: o.name,
            need: title(d.needCode),
            dependsOn: title(d.dependsOn),
          }),
        );
      }
      // One sentence per scenario: the trade-offs table beside names each need and its reason.
      if (o.tradeOffs.length) {
        const investment = o.tradeOffs.reduce((sum, t) => sum + t.investmentTkr, 0);
        out.push(
          say('leftOut', {
            name: o.name,
            count: o.tradeOffs.length,
            mnkr: toMnkr(investment),
          }),
        );
        const unexplained = o.tradeOffs.filter((t) => !t.reason).length;
        if (unexplained) out.push(say('leftOutUnexplained', { count: unexplained }));
      }
      return out;
    }),
  ];
}

function scenarioTables(scenarios: readonly ScenarioEntry[]): PlanTable[] {
  if (scenarios.length === 0) return [];
  const tables: PlanTable[] = [
    {
      key: 'investments.table.scenarios',
      columns: [
        { key: 'scenario', unit: 'text' },
        { key: 'investment', unit: 'tkr' },
        { key: 'operating', unit: 'tkr' },
        { key: 'benefit', unit: 'tkr' },
        { key: 'net', unit: 'tkr' },
        { key: 'payback', unit: 'year' },
        { key: 'overFrameYears', unit: 'count' },
      ],
      rows: scenarios.map(({ outcome: o }) => [
        o.name,
        o.totals.investmentTkr,
        o.totals.operatingTkr,
        o.totals.benefitTkr,
        o.totals.netTkr,
        o.paybackYear,
        o.years.filter((y) => y.overFrame).length,
      ]),
      chart: null,
    },
    {
      key: 'investments.table.scenarioYears',
      columns: [
        { key: 'scenario', unit: 'text' },
        { key: 'year', unit: 'year' },
        { key: 'investment', unit: 'tkr' },
        { key: 'operating', unit: 'tkr' },
        { key: 'net', unit: 'tkr' },
        { key: 'frame', unit: 'tkr' },
        { key: 'staffing', unit: 'label' },
      ],
      rows: scenarios.flatMap(({ outcome: o }) =>
        o.years.map((y) => [
          o.name,
          y.year,
          y.investmentTkr,
          y.operatingTkr,
          y.netTkr,
          y.frameTkr,
          o.staffing.find((s) => s.year === y.year)?.feasible === false
            ? 'understaffed'
            : 'staffed',
        ]),
      ),
      chart: null,
    },
  ];
  const tradeOffs = scenarios.flatMap(({ outcome: o }) =>
    o.tradeOffs.map((t) => [o.name, t.title, t.investmentTkr, t.reason]),
  );
  if (tradeOffs.length) {
    tables.push({
      key: 'investments.table.tradeOffs',
      columns: [
        { key: 'scenario', unit: 'text' },
        { key: 'need', unit: 'text' },
        { key: 'investment', unit: 'tkr' },
        { key: 'reason', unit: 'text' },
      ],
      rows: tradeOffs,
      chart: null,
    });
  }
  return tables;
}

import { toMnkr } from '../../money/rounding';
import { ACTION_OWNERS } from '../../models/benefit';
import type { CoverageResult } from '../coverage';
import { listNames, type PlanChapter, type PlanStatement, type PlanTable } from '../plan-content';
import type { PlanContext, PlanSources } from '../plan-sources';
import { listOpenActions } from './benefits';
import { findTopFactors } from './factors';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({ key, values });

/** A score of 10 or more is high or critical on the register's scale: those are the ones to mitigate first. */
const HIGH_SCORE = 10;
const RISKS_NAMED = 3;
const AREAS_NAMED = 2;

type ScenarioEntry = PlanSources['scenarios']['scenarios'][number];

/** Bas is the scenario coded or named so; without one, the first. Offensiv likewise, else another one. */
export function pickScenarios(sources: PlanSources): {
  base: ScenarioEntry | null;
  offensive: ScenarioEntry | null;
} {
  const all = sources.scenarios.scenarios;
  const named = (word: string) =>
    all.find((s) => s.scenario.code === word || s.scenario.name.toLowerCase().startsWith(word));
  const base = named('bas') ?? all[0] ?? null;
  const offensive = named('offensiv') ?? all.find((s) => s !== base) ?? null;
  return { base, offensive: offensive === base ? null : offensive };
}

const costOf = (s: ScenarioEntry) => s.outcome.totals.investmentTkr + s.outcome.totals.operatingTkr;

function proposeFinancing(sources: PlanSources): PlanStatement[] {
  const { base, offensive } = pickScenarios(sources);
  if (base === null) return [say('conclusions.financeNone')];
  const from = String(sources.scenarios.horizon.from);
  const to = String(sources.scenarios.horizon.to);
  const overFrame = base.outcome.years.filter((y) => y.overFrame).length;
  const statements = [
    say(overFrame ? 'conclusions.financeBaseOverFrame' : 'conclusions.financeBase', {
      name: base.scenario.name,
      from,
      to,
      total: toMnkr(costOf(base)),
      investment: toMnkr(base.outcome.totals.investmentTkr),
      operating: toMnkr(base.outcome.totals.operatingTkr),
      count: overFrame,
    }),
  ];
  if (offensive) {
    const benefit = toMnkr(offensive.outcome.totals.benefitTkr - base.outcome.totals.benefitTkr);
    statements.push(
      say(benefit > 0 ? 'conclusions.financeOffensive' : 'conclusions.financeOffensiveNoBenefit', {
        name: offensive.scenario.name,
        base: base.scenario.name,
        extra: toMnkr(costOf(offensive) - costOf(base)),
        benefit,
        to,
      }),
    );
  }
  return statements;
}

/** The areas with the lowest median in the latest closed round, as the overview shows them. */
export function findWeakestAreas(sources: PlanSources, count = AREAS_NAMED) {
  const overview = sources.overview;
  if (overview === null) return [];
  const nameOf = new Map(overview.areas.map((a) => [a.code, a.name]));
  return overview.trends
    .map((t) => ({
      name: nameOf.get(t.areaCode) ?? t.areaCode,
      median: t.points.find((p) => p.roundCode === overview.round)?.spread?.median ?? null,
    }))
    .filter((a): a is { name: string; median: number } => a.median !== null)
    .sort((a, b) => a.median - b.median || a.name.localeCompare(b.name, 'sv'))
    .slice(0, count);
}

function proposeAreas(sources: PlanSources): PlanStatement[] {
  const weakest = findWeakestAreas(sources);
  const [first, second] = weakest;
  if (first === undefined) return [say('conclusions.liftNone')];
  return [
    say('conclusions.liftAreas', {
      count: weakest.length,
      round: sources.overview!.round,
      first: first.name,
      firstMedian: first.median,
      second: second?.name ?? '',
      secondMedian: second?.median ?? 0,
    }),
  ];
}

/** Per competence area, the largest shortfall over the horizon and the first year it appears. */
export function findShortfalls(sources: PlanSources) {
  const byArea = new Map<string, { area: string; firstYear: number; maxFte: number }>();
  for (const cell of sources.capacityBalance.cells) {
    if (cell.shortfallFte <= 0) continue;
    const seen = byArea.get(cell.area);
    byArea.set(cell.area, {
      area: cell.area,
      firstYear: Math.min(seen?.firstYear ?? cell.year, cell.year),
      maxFte: Math.max(seen?.maxFte ?? 0, cell.shortfallFte),
    });
  }
  return [...byArea.values()].sort((a, b) => b.maxFte - a.maxFte || a.area.localeCompare(b.area));
}

function proposeStaffing(sources: PlanSources): {
  statements: PlanStatement[];
  table: PlanTable | null;
} {
  const statements: PlanStatement[] = [];
  const shortfalls = findShortfalls(sources);
  const from = String(sources.capacityBalance.horizon.from);
  const to = String(sources.capacityBalance.horizon.to);
  let table: PlanTable | null = null;
  if (sources.capacityBalance.cells.length === 0) statements.push(say('conclusions.staffUnknown'));
  else if (shortfalls.length === 0) statements.push(say('conclusions.staffNone', { from, to }));
  else {
    const fte = Math.round(shortfalls.reduce((s, a) => s + a.maxFte, 0) * 100) / 100;
    statements.push(say('conclusions.staff', { count: shortfalls.length, fte, from, to }));
    table = {
      key: 'conclusions.table.shortfalls',
      columns: [
        { key: 'area', unit: 'label' },
        { key: 'firstYear', unit: 'year' },
        { key: 'fte', unit: 'fte' },
      ],
      rows: shortfalls.map((s) => [s.area, s.firstYear, s.maxFte]),
      chart: null,
    };
  }
  const competence = sources.aiCompetence;
  const missingIn = (area: string) =>
    competence.missing.find((m) => m.area === area)?.unitSlugs.length ?? 0;
  const ai = missingIn('ai-och-data');
  const test = missingIn('test');
  if (competence.units.length && (ai || test)) {
    const key = ai && test ? 'staffAiTest' : ai ? 'staffAi' : 'staffTest';
    statements.push(say(`conclusions.${key}`, { ai, test, total: competence.units.length }));
  }
  return { statements, table };
}

function proposeActions(sources: PlanSources): PlanStatement[] {
  const statements = ACTION_OWNERS.map((owner) => {
    const open = listOpenActions(sources.benefits, owner);
    const first = open[0];
    return first === undefined
      ? say(`conclusions.actionsNone.${owner}`)
      : say(`conclusions.actions.${owner}`, {
          count: open.length,
          first: first.description,
          due: first.dueDate,
        });
  });
  const overdue = sources.benefits.overdue;
  if (overdue.length) {
    const units = [...new Set(overdue.map((o) => o.unit.name))];
    statements.push(
      say('conclusions.followUps', { count: overdue.length, units: listNames(units) }),
    );
  }
  return statements;
}

function proposeRisks(sources: PlanSources): PlanStatement[] {
  const top = findTopFactors(sources.factors).filter((t) => t.factor.score >= HIGH_SCORE);
  if (sources.factors.ranking.length === 0) return [say('conclusions.risksUnknown')];
  if (top.length === 0) return [say('conclusions.risksNone', { score: HIGH_SCORE })];
  return top.slice(0, RISKS_NAMED).map(({ factor }) =>
    say(`conclusions.${factor.mitigation.trim() ? 'risk' : 'riskUnmitigated'}.${factor.kind}`, {
      title: factor.title,
      score: factor.score,
      owner: factor.owner,
    }),
  );
}

/** The reservation's sub-questions the data does not yet answer, each followed by what is missing and from whom. */
function describeCoverage(coverage: readonly CoverageResult[]): PlanStatement[] {
  if (coverage.length === 0) return [];
  const count = (s: CoverageResult['status']) => coverage.filter((c) => c.status === s).length;
  const open = coverage.filter((c) => c.status !== 'answered');
  const statements = [
    say(open.length ? 'conclusions.coverage' : 'conclusions.coverageAll', {
      total: coverage.length,
      answered: count('answered'),
      partly: count('partly'),
      unanswered: count('unanswered'),
    }),
  ];
  for (const result of open) {
    statements.push(say(`conclusions.gap.${result.status}.${result.id}`));
    for (const m of result.missing) statements.push(say(`conclusions.missing.${m.who}.${m.what}`));
  }
  return statements;
}

/**
 * Chapter 8: förslag till ställningstaganden, each a concrete statement drawn from the other chapters' data,
 * then the reservation's questions the data does not yet answer in full.
 */
export function buildConclusionsChapter({ sources, coverage }: PlanContext): PlanChapter {
  const staffing = proposeStaffing(sources);
  const { base, offensive } = pickScenarios(sources);
  return {
    key: 'conclusions',
    statements: [
      say('conclusions.approve', { year: String(sources.year) }),
      ...proposeFinancing(sources),
      ...proposeAreas(sources),
      ...staffing.statements,
      ...proposeActions(sources),
      ...proposeRisks(sources),
      ...describeCoverage(coverage),
    ],
    figures: [
      {
        key: 'conclusions.figure.baseCost',
        value: base ? toMnkr(costOf(base)) : null,
        unit: 'mnkr',
      },
      {
        key: 'conclusions.figure.offensiveExtra',
        value: base && offensive ? toMnkr(costOf(offensive) - costOf(base)) : null,
        unit: 'mnkr',
      },
      {
        key: 'conclusions.figure.answered',
        value: coverage.filter((c) => c.status === 'answered').length,
        unit: 'count',
      },
    ],
    tables: staffing.table ? [staffing.table] : [],
  };
}

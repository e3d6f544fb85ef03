import { toMnkr } from '../../money/rounding';
import { AI_COMPETENCE_AREAS, MISSING_LEVEL_AT_MOST } from '../../insight/ai-competence';
import type { AiCompetenceView, AiRegisterView } from '../../views/ai';
import {
  listNames,
  type PlanCell,
  type PlanChapter,
  type PlanStatement,
  type PlanTable,
} from '../plan-content';
import type { PlanContext, PlanSources } from '../plan-sources';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({ key, values });

function sumOf(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** The city's FTE and mean level per AI/test area and round, oldest first, as the /ai page charts it. */
function describeCompetence(view: AiCompetenceView): {
  statements: PlanStatement[];
  table: PlanTable | null;
} {
  const point = (round: string, area: string) =>
    view.movement.find((m) => m.roundCode === round && m.area === area);
  const rounds = view.rounds.filter((r) => view.movement.some((m) => m.roundCode === r));
  const last = rounds.at(-1);
  const first = rounds[0];
  if (last === undefined || first === undefined) {
    return { statements: [say('ai.competenceNone')], table: null };
  }
  const now = {
    round: last,
    aiFte: point(last, 'ai-och-data')?.fte ?? 0,
    testFte: point(last, 'test')?.fte ?? 0,
  };
  const statements = [
    first === last
      ? say('ai.competenceNow', now)
      : say('ai.competenceMovement', {
          ...now,
          first,
          aiFteBefore: point(first, 'ai-och-data')?.fte ?? 0,
          testFteBefore: point(first, 'test')?.fte ?? 0,
        }),
  ];
  const aiLevel = point(last, 'ai-och-data')?.meanLevel ?? null;
  const testLevel = point(last, 'test')?.meanLevel ?? null;
  if (aiLevel !== null && testLevel !== null) {
    statements.push(say('ai.levels', { round: last, aiLevel, testLevel }));
  }
  const table: PlanTable = {
    key: 'ai.table.competence',
    columns: [
      { key: 'round', unit: 'text' },
      { key: 'aiFte', unit: 'fte' },
      { key: 'aiLevel', unit: 'level' },
      { key: 'testFte', unit: 'fte' },
      { key: 'testLevel', unit: 'level' },
    ],
    rows: rounds.map((r) => [
      r,
      point(r, 'ai-och-data')?.fte ?? null,
      point(r, 'ai-och-data')?.meanLevel ?? null,
      point(r, 'test')?.fte ?? null,
      point(r, 'test')?.meanLevel ?? null,
    ]),
    chart: 'line',
  };
  return { statements, table };
}

/** Units lacking AI or test competence, named, with the rule that decides "lacking". */
function describeMissing(view: AiCompetenceView): PlanStatement[] {
  if (view.units.length === 0) return [];
  const nameOf = new Map(view.units.map((u) => [u.slug, u.name]));
  const total = view.units.length;
  const statements = AI_COMPETENCE_AREAS.map((area) => {
    const slugs = view.missing.find((m) => m.area === area)?.unitSlugs ?? [];
    return slugs.length === 0
      ? say(`ai.missingNone.${area}`, { total })
      : say(`ai.missing.${area}`, {
          count: slugs.length,
          total,
          units: listNames(slugs.map((s) => nameOf.get(s) ?? s)),
        });
  });
  return [...statements, say('ai.missingRule', { level: MISSING_LEVEL_AT_MOST })];
}

/** Where the AI and test areas stand now beside the targets the units set, per target year. */
function describeDirection(view: AiCompetenceView): {
  statements: PlanStatement[];
  table: PlanTable | null;
} {
  const { areas, horizon } = view.direction;
  if (areas.length === 0) return { statements: [say('ai.directionNone')], table: null };
  const statements = areas.map((a) => {
    const base = {
      area: a.areaName,
      n: a.current.n,
      atMostTwo: (a.current.counts[0] ?? 0) + (a.current.counts[1] ?? 0),
    };
    if (a.current.median === null) return say('ai.directionNoRatings', { area: a.areaName });
    if (a.targets.median === null) {
      return say('ai.directionNoTargets', { ...base, now: a.current.median });
    }
    return say('ai.direction', {
      ...base,
      now: a.current.median,
      target: a.targets.median,
      targets: a.targets.n,
      without: a.withoutTarget,
    });
  });
  const rows: PlanCell[][] = areas.flatMap((a) =>
    a.years.filter((y) => y.n > 0).map((y) => [a.areaName, y.year, y.n, y.median]),
  );
  const table: PlanTable | null = rows.length
    ? {
        key: 'ai.table.direction',
        columns: [
          { key: 'area', unit: 'text' },
          { key: 'year', unit: 'year' },
          { key: 'targets', unit: 'count' },
          { key: 'median', unit: 'level' },
        ],
        rows,
        chart: null,
      }
    : null;
  if (rows.length)
    statements.push(
      say('ai.directionYears', { from: String(horizon.from), to: String(horizon.to) }),
    );
  return { statements, table };
}

/** The use cases within reach under ITD's rule, the weakest side of readiness, and what waits for investment. */
function describeUseCases(register: AiRegisterView): {
  statements: PlanStatement[];
  table: PlanTable | null;
} {
  const { useCases, rule, weakest } = register;
  const statements = [
    say('ai.reachRule', {
      minEach: rule.minEach,
      minMean: rule.minMean,
      maxEffort: rule.maxEffort,
    }),
  ];
  if (useCases.length === 0)
    return { statements: [...statements, say('ai.reachNone')], table: null };
  const within = useCases.filter((u) => u.reach.withinReach);
  statements.push(say('ai.reach', { within: within.length, total: useCases.length }));
  if (within.length) {
    statements.push(say('ai.reachList', { titles: listNames(within.map((u) => u.title)) }));
  }
  if (weakest) statements.push(say(`ai.weakest.${weakest.dimension}`, { mean: weakest.mean }));
  const waiting = useCases
    .map((u) => ({ u, open: u.dependsOnNeeds.filter((n) => n.status !== 'done') }))
    .filter((w) => w.open.length > 0);
  if (waiting.length === 0) statements.push(say('ai.waitingNone'));
  for (const { u, open } of waiting) {
    statements.push(
      say('ai.waiting', {
        title: u.title,
        count: open.length,
        needs: listNames(open.map((n) => n.title)),
      }),
    );
  }
  const sorted = [...useCases].sort(
    (a, b) =>
      Number(b.reach.withinReach) - Number(a.reach.withinReach) ||
      b.value - a.value ||
      a.title.localeCompare(b.title, 'sv'),
  );
  const table: PlanTable = {
    key: 'ai.table.useCases',
    columns: [
      { key: 'useCase', unit: 'text' },
      { key: 'unit', unit: 'text' },
      { key: 'status', unit: 'label' },
      { key: 'value', unit: 'score' },
      { key: 'readiness', unit: 'level' },
      { key: 'effort', unit: 'score' },
    ],
    rows: sorted.map((u) => [
      u.title,
      u.unit.name,
      u.status,
      u.value,
      u.reach.meanReadiness,
      u.effort,
    ]),
    chart: null,
  };
  return { statements, table };
}

/**
 * The needs AI and testing still rest on: needs neither declined nor done that lift a capability in the
 * AI/test areas, or that an AI use case waits for. A completed need is no longer a need to finance.
 */
export function findAiNeeds(sources: PlanSources): PlanSources['needs']['needs'] {
  const areaCodes = new Set(sources.aiCompetence.direction.areas.map((a) => a.areaCode));
  const areaOf = new Map(sources.scenarios.capabilities.map((c) => [c.code, c.areaCode]));
  const waitedFor = new Set(
    sources.aiRegister.useCases.flatMap((u) => u.dependsOnNeeds.map((n) => n.code)),
  );
  return sources.needs.needs.filter(
    (n) =>
      n.status !== 'declined' &&
      n.status !== 'done' &&
      (waitedFor.has(n.code) ||
        n.capabilities.some((c) => areaCodes.has(areaOf.get(c.capabilityCode) ?? ''))),
  );
}

function describeNeeds(sources: PlanSources): {
  statements: PlanStatement[];
  table: PlanTable | null;
  oneOffTkr: number;
} {
  const needs = findAiNeeds(sources);
  if (needs.length === 0) return { statements: [say('ai.needsNone')], table: null, oneOffTkr: 0 };
  const oneOffTkr = sumOf(needs.map((n) => sumOf(n.oneOffTkr)));
  const useCasesOf = (code: string) =>
    sources.aiRegister.useCases.filter((u) => u.dependsOnNeeds.some((n) => n.code === code)).length;
  return {
    statements: [
      say('ai.needs', {
        count: needs.length,
        oneOff: toMnkr(oneOffTkr),
        operating: toMnkr(sumOf(needs.map((n) => n.operatingTkr))),
      }),
    ],
    table: {
      key: 'ai.table.needs',
      columns: [
        { key: 'need', unit: 'text' },
        { key: 'status', unit: 'label' },
        { key: 'start', unit: 'year' },
        { key: 'oneOff', unit: 'tkr' },
        { key: 'operating', unit: 'tkr' },
        { key: 'useCases', unit: 'count' },
      ],
      rows: needs.map((n) => [
        n.title,
        n.status,
        n.plannedStart,
        sumOf(n.oneOffTkr),
        n.operatingTkr,
        useCasesOf(n.code),
      ]),
      chart: null,
    },
    oneOffTkr,
  };
}

/** Chapter 5 (Q3): AI and testing competence, its direction, the use cases within reach and their needs. */
export function buildAiChapter({ sources }: PlanContext): PlanChapter {
  const competence = describeCompetence(sources.aiCompetence);
  const direction = describeDirection(sources.aiCompetence);
  const useCases = describeUseCases(sources.aiRegister);
  const needs = describeNeeds(sources);
  const last = sources.aiCompetence.rounds.at(-1);
  const fteOf = (area: string) =>
    sources.aiCompetence.movement.find((m) => m.roundCode === last && m.area === area)?.fte ?? null;
  return {
    key: 'ai',
    statements: [
      ...competence.statements,
      ...describeMissing(sources.aiCompetence),
      ...direction.statements,
      ...useCases.statements,
      ...needs.statements,
    ],
    figures: [
      { key: 'ai.figure.aiFte', value: fteOf('ai-och-data'), unit: 'fte' },
      { key: 'ai.figure.testFte', value: fteOf('test'), unit: 'fte' },
      {
        key: 'ai.figure.withinReach',
        value: sources.aiRegister.useCases.filter((u) => u.reach.withinReach).length,
        unit: 'count',
      },
      { key: 'ai.figure.needs', value: toMnkr(needs.oneOffTkr), unit: 'mnkr' },
    ],
    tables: [competence.table, direction.table, useCases.table, needs.table].filter(
      (t): t is PlanTable => t !== null,
    ),
  };
}

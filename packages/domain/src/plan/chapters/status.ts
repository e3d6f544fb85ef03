import { computeMedian } from '../../maturity/spread';
import { computeMovement } from '../../maturity/movement';
import { roundTo } from '../../maturity/rating';
import { listNames, type PlanChapter, type PlanStatement, type PlanTable } from '../plan-content';
import type { PlanContext } from '../plan-sources';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({
  key: `status.${key}`,
  values,
});
const mean = (xs: readonly number[]) =>
  xs.length ? Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 100) / 100 : null;

/**
 * Chapter 2 (Q1): where each area stands in the latest closed round, how it moved, which units sit furthest
 * from the city, how far self-ratings stray from ITD's validation, and ITD's own valuation of strengths.
 */
export function buildStatusChapter({ sources }: PlanContext): PlanChapter {
  const overview = sources.overview;
  if (overview === null) {
    return {
      key: 'status',
      statements: [say('noData'), ...describeNotes(sources.strengthNotes)],
      figures: [],
      tables: sources.strengthNotes.length ? [notesTable(sources.strengthNotes)] : [],
    };
  }
  const { round, previousRound } = overview;
  const spreadIn = (areaCode: string, roundCode: string | null) =>
    overview.trends
      .find((t) => t.areaCode === areaCode)
      ?.points.find((p) => p.roundCode === roundCode)?.spread ?? null;
  const areas = overview.areas.map((a) => {
    const now = spreadIn(a.code, round);
    const before = spreadIn(a.code, previousRound);
    return {
      name: a.name,
      spread: now,
      movement: computeMovement(now?.median ?? null, before?.median ?? null),
    };
  });
  const rated = areas.filter((a) => a.spread !== null);
  const unitsRated = new Set(
    overview.heatmap.filter((h) => h.score !== null).map((h) => h.unitSlug),
  );
  const units = rankUnits(overview);
  const statements: PlanStatement[] = [
    say('intro', {
      round,
      units: unitsRated.size,
      total: overview.units.length,
      areas: rated.length,
    }),
    ...(rated.length ? [] : [say('noRatings', { round })]),
    ...describeMovement(areas, previousRound),
    ...describeWeakest(rated.map((a) => ({ name: a.name, median: a.spread!.median }))),
    ...describeUnits(units),
    ...describeValidation(overview),
    ...describeNotes(sources.strengthNotes),
  ];

  const tables: PlanTable[] = [
    {
      key: 'status.table.areas',
      columns: [
        { key: 'area', unit: 'text' },
        { key: 'min', unit: 'level' },
        { key: 'median', unit: 'level' },
        { key: 'max', unit: 'level' },
        { key: 'movement', unit: 'change' },
        { key: 'units', unit: 'count' },
      ],
      rows: areas.map((a) => [
        a.name,
        a.spread?.min ?? null,
        a.spread?.median ?? null,
        a.spread?.max ?? null,
        a.movement,
        a.spread?.n ?? 0,
      ]),
      chart: null,
    },
    trendTable(overview),
    {
      key: 'status.table.units',
      columns: [
        { key: 'unit', unit: 'text' },
        { key: 'score', unit: 'level' },
        { key: 'difference', unit: 'change' },
        { key: 'movement', unit: 'change' },
      ],
      rows: units.map((u) => [u.name, u.score, u.difference, u.movement]),
      chart: null,
    },
  ];
  if (sources.strengthNotes.length) tables.push(notesTable(sources.strengthNotes));
  return {
    key: 'status',
    statements,
    figures: [
      { key: 'status.figure.unitsRated', value: unitsRated.size, unit: 'count' },
      {
        key: 'status.figure.areasUp',
        value: previousRound === null ? null : areas.filter((a) => (a.movement ?? 0) > 0).length,
        unit: 'count',
      },
      {
        key: 'status.figure.lowestMedian',
        value: rated.length ? Math.min(...rated.map((a) => a.spread!.median)) : null,
        unit: 'level',
      },
    ],
    tables,
  };
}

function describeMovement(
  areas: readonly { name: string; movement: number | null }[],
  previousRound: string | null,
): PlanStatement[] {
  if (previousRound === null) return [say('firstRound')];
  const compared = areas.filter((a) => a.movement !== null);
  if (compared.length === 0) return [say('noMovement', { since: previousRound })];
  const up = compared.filter((a) => a.movement! > 0);
  const down = compared.filter((a) => a.movement! < 0);
  const out = [
    say(down.length ? 'movement' : 'movementNoneFell', {
      since: previousRound,
      up: up.length,
      down: down.length,
      total: compared.length,
    }),
  ];
  const biggest = [...up].sort((x, y) => y.movement! - x.movement!)[0];
  if (biggest) out.push(say('biggestRise', { area: biggest.name, change: biggest.movement! }));
  if (down.length) {
    out.push(
      say('fell', {
        count: down.length,
        // The changes are in the table beside; a number inside a list of names would escape the formatter.
        names: listNames(down.map((a) => a.name)),
      }),
    );
  }
  return out;
}

function describeWeakest(areas: readonly { name: string; median: number }[]): PlanStatement[] {
  if (areas.length === 0) return [];
  const lowest = Math.min(...areas.map((a) => a.median));
  const highest = Math.max(...areas.map((a) => a.median));
  const weakest = areas.filter((a) => a.median === lowest).map((a) => a.name);
  const strongest = areas.filter((a) => a.median === highest).map((a) => a.name);
  return [
    say('weakest', { count: weakest.length, names: listNames(weakest), median: lowest }),
    say('strongest', { count: strongest.length, names: listNames(strongest), median: highest }),
  ];
}

interface UnitStanding {
  name: string;
  score: number | null;
  difference: number | null;
  movement: number | null;
}

/**
 * Each unit's mean area score against the mean of the area medians over the same areas, lowest first: the
 * units furthest below the city lead the table.
 */
function rankUnits(overview: NonNullable<PlanContext['sources']['overview']>): UnitStanding[] {
  const areaMedian = new Map(
    overview.trends.map((t) => [
      t.areaCode,
      t.points.find((p) => p.roundCode === overview.round)?.spread?.median ?? null,
    ]),
  );
  return overview.units
    .map((u) => {
      const cells = overview.heatmap.filter((h) => h.unitSlug === u.slug && h.score !== null);
      const score = mean(cells.map((c) => c.score!));
      const city = mean(cells.map((c) => areaMedian.get(c.areaCode) ?? c.score!));
      const moves = cells.filter((c) => c.movement !== null).map((c) => c.movement!);
      return {
        name: u.name,
        score,
        difference: score === null || city === null ? null : computeMovement(score, city),
        movement: mean(moves),
      };
    })
    .sort((x, y) => (x.difference ?? Infinity) - (y.difference ?? Infinity));
}

function describeUnits(units: readonly UnitStanding[]): PlanStatement[] {
  const rated = units.filter((u) => u.difference !== null);
  const below = rated[0];
  const above = rated[rated.length - 1];
  if (!below || !above || below === above) return [];
  return [
    say('unitsFurthest', {
      below: below.name,
      belowDifference: roundTo(Math.abs(below.difference!), 1),
      above: above.name,
      aboveDifference: roundTo(Math.abs(above.difference!), 1),
    }),
  ];
}

function describeValidation(
  overview: NonNullable<PlanContext['sources']['overview']>,
): PlanStatement[] {
  const nameOf = (slug: string) => overview.units.find((u) => u.slug === slug)?.name ?? slug;
  const gaps = overview.validationGaps.filter((g) => g.meanGap !== null);
  const top = [...gaps].sort((x, y) => y.meanGap! - x.meanGap!)[0];
  const out: PlanStatement[] = [];
  if (top && top.meanGap! > 0) {
    out.push(
      say('validationGap', {
        unit: nameOf(top.unitSlug),
        gap: top.meanGap!,
        differing: top.differing,
        compared: top.compared,
      }),
    );
  } else if (gaps.length) {
    out.push(say('noValidationGap'));
  }
  const unvalidated = overview.validationGaps
    .filter((g) => g.compared === 0)
    .map((g) => g.unitSlug);
  if (unvalidated.length) {
    out.push(
      say('notValidated', { count: unvalidated.length, names: listNames(unvalidated.map(nameOf)) }),
    );
  }
  return out;
}

type Note = PlanContext['sources']['strengthNotes'][number];
const byWeight = (x: Note, y: Note) =>
  y.weight - x.weight || x.areaName.localeCompare(y.areaName, 'sv');
const subjectOf = (n: Note) => n.capabilityName ?? n.areaName;

function describeNotes(notes: readonly Note[]): PlanStatement[] {
  const strengths = notes.filter((n) => n.kind === 'strength').sort(byWeight);
  const weaknesses = notes.filter((n) => n.kind === 'weakness').sort(byWeight);
  if (notes.length === 0) return [say('noNotes')];
  const top = (key: string, n: Note | undefined, none: string) =>
    n
      ? say(key, { subject: subjectOf(n), text: n.text.replace(/[.!?]+$/, ''), weight: n.weight })
      : say(none);
  return [
    say('notesCounted', { strengths: strengths.length, weaknesses: weaknesses.length }),
    top('topWeakness', weaknesses[0], 'noWeaknesses'),
    top('topStrength', strengths[0], 'noStrengths'),
  ];
}

function notesTable(notes: readonly Note[]): PlanTable {
  return {
    key: 'status.table.notes',
    columns: [
      { key: 'kind', unit: 'label' },
      { key: 'subject', unit: 'text' },
      { key: 'weight', unit: 'count' },
      { key: 'text', unit: 'text' },
    ],
    rows: [...notes]
      .sort((x, y) => x.kind.localeCompare(y.kind) * -1 || byWeight(x, y))
      .map((n) => [n.kind, subjectOf(n), n.weight, n.text]),
    chart: null,
  };
}

/**
 * The trend over rounds as a line chart: per round the weakest area's median, the median of the areas'
 * medians and the strongest area's median (areas vary by city, so they cannot each be a fixed column).
 */
function trendTable(overview: NonNullable<PlanContext['sources']['overview']>): PlanTable {
  const closed = overview.rounds.filter((r) => r.status === 'closed' || r.code === overview.round);
  const upTo = closed.slice(0, closed.findIndex((r) => r.code === overview.round) + 1);
  return {
    key: 'status.table.trend',
    columns: [
      { key: 'round', unit: 'text' },
      { key: 'lowest', unit: 'level' },
      { key: 'median', unit: 'level' },
      { key: 'highest', unit: 'level' },
    ],
    rows: upTo.map((r) => {
      const medians = overview.trends
        .flatMap((t) => t.points.find((p) => p.roundCode === r.code)?.spread?.median ?? [])
        .sort((x, y) => x - y);
      if (medians.length === 0) return [r.code, null, null, null];
      return [r.code, medians[0]!, computeMedian(medians), medians[medians.length - 1]!];
    }),
    chart: 'line',
  };
}

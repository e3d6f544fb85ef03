import { listShortfalls } from '../../planning/capacity-balance';
import { listYears, roundFte } from '../../planning/need-years';
import { listNames, type PlanChapter, type PlanStatement, type PlanTable } from '../plan-content';
import type { PlanContext } from '../plan-sources';

const say = (key: string, values: PlanStatement['values'] = {}): PlanStatement => ({
  key: `capacity.${key}`,
  values,
});

/** How many shortfalls and gaps the text names one by one; the tables hold the rest. */
const NAMED = 3;

/**
 * Chapter 3 (Q2): supply against demand per competence area and year, the shortfalls in FTE, the planning
 * capacity, and the capabilities below the units' base requirements.
 */
export function buildCapacityChapter({ sources }: PlanContext): PlanChapter {
  const view = sources.capacityBalance;
  const unitName = (slug: string) => view.units.find((u) => u.slug === slug)?.name ?? slug;
  const statements: PlanStatement[] = [];
  const tables: PlanTable[] = [];
  // Years go into sentences as text, so they are never written with a thousands separator.
  const [from, to] = [String(view.horizon.from), String(view.horizon.to)];

  if (view.reports.length === 0) {
    statements.push(say('noReports', { total: view.units.length }));
  } else {
    statements.push(
      say('reports', {
        count: view.reports.length,
        total: view.units.length,
        round: view.baselineRound ?? view.reports[0]!.roundCode,
      }),
    );
  }

  const cells = view.cells.filter((c) => c.supplyFte > 0 || c.unitDemandFte + c.investmentFte > 0);
  const shortfalls = listShortfalls(cells);
  if (cells.length === 0) {
    statements.push(say('noBalance'));
  } else if (shortfalls.length === 0) {
    statements.push(say('noShortfall', { from, to }));
  } else {
    const areas = new Set(shortfalls.map((s) => s.area));
    statements.push(say('shortfalls', { count: areas.size, from, to }));
    for (const s of shortfalls.slice(0, NAMED)) {
      statements.push(
        say(`shortfall.${s.area}`, {
          fte: s.shortfallFte,
          year: String(s.year),
          supply: s.supplyFte,
          demand: roundFte(s.unitDemandFte + s.investmentFte),
        }),
      );
    }
  }
  statements.push(
    view.planningFte > 0 ? say('planning', { fte: view.planningFte }) : say('noPlanning'),
  );

  const gaps = view.requirementGaps.filter((g) => g.unitsBelow.length > 0);
  if (gaps.length === 0) {
    statements.push(say(view.reports.length ? 'requirementsMet' : 'noRequirements'));
  } else {
    statements.push(say('requirementGaps', { count: gaps.length }));
    for (const g of gaps.slice(0, NAMED)) {
      statements.push(
        say('requirementGap', {
          capability: g.capabilityName,
          count: g.unitsBelow.length,
          names: listNames(g.unitsBelow.map(unitName)),
          levels: g.totalGap,
        }),
      );
    }
  }
  const unknown = new Set(view.requirementGaps.flatMap((g) => g.unitsUnknown));
  if (unknown.size) {
    statements.push(
      say('requirementsUnknown', {
        count: unknown.size,
        names: listNames([...unknown].map(unitName)),
      }),
    );
  }

  if (cells.length) {
    tables.push(yearTable(view.cells, view.horizon.from, view.horizon.to), {
      key: 'capacity.table.balance',
      columns: [
        { key: 'area', unit: 'label' },
        { key: 'year', unit: 'year' },
        { key: 'supply', unit: 'fte' },
        { key: 'unitDemand', unit: 'fte' },
        { key: 'investment', unit: 'fte' },
        { key: 'balance', unit: 'fte' },
      ],
      rows: cells.map((c) => [
        c.area,
        c.year,
        c.supplyFte,
        c.unitDemandFte,
        c.investmentFte,
        c.balanceFte,
      ]),
      chart: null,
    });
  }
  if (view.requirementGaps.length) {
    tables.push({
      key: 'capacity.table.requirements',
      columns: [
        { key: 'capability', unit: 'text' },
        { key: 'area', unit: 'text' },
        { key: 'unitsBelow', unit: 'count' },
        { key: 'levels', unit: 'count' },
        { key: 'maxGap', unit: 'count' },
        { key: 'unknown', unit: 'count' },
      ],
      rows: view.requirementGaps.map((g) => [
        g.capabilityName,
        g.areaName,
        g.unitsBelow.length,
        g.totalGap,
        g.maxGap,
        g.unitsUnknown.length,
      ]),
      chart: null,
    });
  }
  const largest = shortfalls[0]?.shortfallFte ?? 0;
  const reported = view.reports.length > 0;
  return {
    key: 'capacity',
    statements,
    figures: [
      // Without reports a zero would read as "no shortfall": the figures stay empty instead.
      {
        key: 'capacity.figure.planningFte',
        value: reported ? view.planningFte : null,
        unit: 'fte',
      },
      {
        key: 'capacity.figure.largestShortfall',
        value: cells.length ? largest : null,
        unit: 'fte',
      },
      {
        key: 'capacity.figure.capabilitiesBelow',
        value: reported ? gaps.length : null,
        unit: 'count',
      },
    ],
    tables,
  };
}

/** Supply and demand summed over the competence areas, per year: bars the board can read at a glance. */
function yearTable(
  cells: PlanContext['sources']['capacityBalance']['cells'],
  from: number,
  to: number,
): PlanTable {
  const sum = (year: number, pick: (c: (typeof cells)[number]) => number) =>
    roundFte(cells.filter((c) => c.year === year).reduce((s, c) => s + pick(c), 0));
  return {
    key: 'capacity.table.years',
    columns: [
      { key: 'year', unit: 'year' },
      { key: 'supply', unit: 'fte' },
      { key: 'demand', unit: 'fte' },
      { key: 'shortfall', unit: 'fte' },
    ],
    rows: listYears(from, to).map((year) => [
      year,
      sum(year, (c) => c.supplyFte),
      sum(year, (c) => c.unitDemandFte + c.investmentFte),
      sum(year, (c) => c.shortfallFte),
    ]),
    chart: 'bar',
  };
}

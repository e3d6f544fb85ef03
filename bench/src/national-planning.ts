import type pg from 'pg';
import {
  BENEFIT_CATEGORIES,
  BENEFIT_PHASES,
  COMPETENCE_AREAS,
  CONSTRAINT_KINDS,
  NEED_STATUSES,
} from '@lagesbild/domain';
import type { Municipality } from './national-municipality';
import type { Random } from '@lagesbild/db/seed';
import { copyRows, insertReturning, type CopyValue } from './pg-load';

export interface PlanningCounts {
  rows: number;
}

const DEMAND_YEARS = [2026, 2027, 2028, 2029, 2030];
const NEEDS_PER_UNIT = 3;
const CAPACITY_ROUNDS = 2;

const int = (name: string) => ({ name, type: 'int' });
const text = (name: string) => ({ name, type: 'text' });
const fte = (n: number) => Math.round(n * 4) / 4;

/**
 * Capacity reports (every unit, the last two rounds), three investment needs per unit, a benefit for
 * two needs in three with measurements and an action, and budget frames: proportional to the demo.
 */
export async function insertPlanning(
  client: pg.PoolClient | pg.Client,
  m: Municipality,
  random: Random,
): Promise<PlanningCounts> {
  let rows = 0;
  rows += await insertCapacity(client, m, random);
  const needs = await insertNeeds(client, m, random);
  rows += needs.rows;
  rows += await insertBenefits(client, m, needs.ids, random);
  rows += await copyRows(
    client,
    'budget_frames',
    ['organisation_id', 'year', 'tkr'],
    DEMAND_YEARS.map((year) => [m.organisationId, year, random.int(20, 60) * 1000]),
  );
  return { rows };
}

async function insertCapacity(client: pg.PoolClient | pg.Client, m: Municipality, random: Random) {
  const roundIds = m.roundIds.slice(-CAPACITY_ROUNDS);
  const last = m.rounds[m.rounds.length - 1]!;
  const reports = await insertReturning<{ id: number; unit_id: number }>(
    client,
    'capacity_reports',
    [
      int('round_id'),
      int('unit_id'),
      { name: 'planning_fte', type: 'numeric' },
      { name: 'updated_at', type: 'timestamptz' },
      text('updated_by'),
    ],
    roundIds.flatMap((roundId) =>
      m.unitIds.map((unitId) => [
        roundId,
        unitId,
        fte(random.range(0.5, 8)),
        `${last.endsOn}T10:00:00Z`,
        'Rapportör',
      ]),
    ),
    'id, unit_id',
  );
  const itd = m.unitIds[0];
  const competences: CopyValue[][] = [];
  const demand: CopyValue[][] = [];
  const requirements: CopyValue[][] = [];
  for (const report of reports) {
    for (const area of COMPETENCE_AREAS) {
      competences.push([report.id, area, fte(random.range(0, 4)), random.int(1, 4)]);
      if (report.unit_id === itd) continue;
      for (const [y, year] of DEMAND_YEARS.entries())
        demand.push([report.id, area, year, fte(random.range(0.1, 1) * 1.1 ** y)]);
    }
    for (const capabilityId of m.capabilityIds)
      requirements.push([report.id, capabilityId, random.int(2, 4)]);
  }
  return (
    reports.length +
    (await copyRows(
      client,
      'capacity_competences',
      ['report_id', 'area', 'fte', 'level'],
      competences,
    )) +
    (await copyRows(client, 'capacity_demand', ['report_id', 'area', 'year', 'fte'], demand)) +
    (await copyRows(
      client,
      'base_requirements',
      ['report_id', 'capability_id', 'required_level'],
      requirements,
    ))
  );
}

async function insertNeeds(client: pg.PoolClient | pg.Client, m: Municipality, random: Random) {
  const seeds = m.unitIds.flatMap((unitId, u) =>
    Array.from({ length: NEEDS_PER_UNIT }, (_, k) => {
      const duration = random.int(1, 3);
      const status = NEED_STATUSES[random.int(0, NEED_STATUSES.length - 1)]!;
      return {
        unitId,
        capabilityIds: [m.capabilityIds[random.int(0, m.capabilityIds.length - 1)]!],
        row: [
          m.organisationId,
          `behov-${u + 1}-${k + 1}`,
          `Behov ${k + 1} för enhet ${u + 1}`,
          random.int(2026, 2029),
          duration,
          JSON.stringify(Array.from({ length: duration }, () => random.int(100, 2000))),
          random.int(0, 500),
          JSON.stringify([random.int(0, 500), random.int(100, 1000)]),
          JSON.stringify([
            {
              area: COMPETENCE_AREAS[random.int(0, 7)],
              yearIndex: 0,
              fte: fte(random.range(0.25, 2)),
            },
          ]),
          JSON.stringify(
            random.chance(0.3)
              ? [{ kind: CONSTRAINT_KINDS[random.int(0, 3)], note: 'Beroende av upphandling.' }]
              : [],
          ),
          random.int(1, 5),
          random.int(1, 5),
          status,
          status === 'proposed' ? unitId : null,
          '2026-09-01T10:00:00Z',
          'ITD',
        ],
      };
    }),
  );
  const jsonb = (name: string) => ({ name, type: 'jsonb' });
  const smallint = (name: string) => ({ name, type: 'smallint' });
  const inserted = await insertReturning<{ id: number; code: string }>(
    client,
    'investment_needs',
    [
      int('organisation_id'),
      text('code'),
      text('title'),
      smallint('planned_start'),
      smallint('duration_years'),
      jsonb('one_off_tkr'),
      int('operating_tkr'),
      jsonb('benefit_tkr'),
      jsonb('fte'),
      jsonb('constraints'),
      smallint('risk'),
      smallint('priority'),
      text('status'),
      int('proposed_by_unit_id'),
      { name: 'updated_at', type: 'timestamptz' },
      text('updated_by'),
    ],
    seeds.map((s) => s.row),
    'id, code',
  );
  const idOf = new Map(inserted.map((n) => [n.code, n.id]));
  const ids = seeds.map((s) => idOf.get(s.row[1] as string)!);
  const rows =
    inserted.length +
    (await copyRows(
      client,
      'investment_need_capabilities',
      ['need_id', 'capability_id', 'lift'],
      seeds.map((s, i) => [ids[i]!, s.capabilityIds[0]!, random.int(1, 2)]),
    )) +
    (await copyRows(
      client,
      'investment_need_units',
      ['need_id', 'unit_id'],
      seeds.map((s, i) => [ids[i]!, s.unitId]),
    ));
  return { ids: seeds.map((s, i) => ({ id: ids[i]!, unitId: s.unitId })), rows };
}

async function insertBenefits(
  client: pg.PoolClient | pg.Client,
  m: Municipality,
  needs: { id: number; unitId: number }[],
  random: Random,
) {
  const chosen = needs.filter((_, i) => i % 3 !== 2);
  const benefits = await insertReturning<{ id: number }>(
    client,
    'benefits',
    [
      int('organisation_id'),
      text('code'),
      text('title'),
      int('need_id'),
      int('unit_id'),
      text('category'),
      text('metric'),
      { name: 'baseline', type: 'numeric' },
      { name: 'target', type: 'numeric' },
      { name: 'target_date', type: 'date' },
      text('phase'),
      { name: 'follow_up_months', type: 'smallint' },
      { name: 'updated_at', type: 'timestamptz' },
      text('updated_by'),
    ],
    chosen.map((n, i) => {
      const baseline = random.int(10, 100);
      return [
        m.organisationId,
        `nytta-${i + 1}`,
        `Nytta ${i + 1}`,
        n.id,
        n.unitId,
        BENEFIT_CATEGORIES[random.int(0, 3)],
        'Timmar per månad',
        baseline,
        baseline + random.int(5, 50),
        `${random.int(2027, 2029)}-12-31`,
        BENEFIT_PHASES[random.int(0, 4)],
        6,
        '2026-09-01T10:00:00Z',
        'ITD',
      ];
    }),
    'id',
  );
  const measurements = benefits.flatMap((b) =>
    ['2025-06-30', '2025-12-31', '2026-06-30'].map((day) => [
      b.id,
      day,
      random.int(10, 150),
      '',
      '2026-07-01T10:00:00Z',
      'ITD',
    ]),
  );
  return (
    benefits.length +
    (await copyRows(
      client,
      'benefit_measurements',
      ['benefit_id', 'measured_on', 'value', 'note', 'recorded_at', 'recorded_by'],
      measurements,
    )) +
    (await copyRows(
      client,
      'benefit_actions',
      ['benefit_id', 'owner', 'description', 'due_date', 'updated_at', 'updated_by'],
      benefits.map((b, i) => [
        b.id,
        i % 2 ? 'kommunstyrelsen' : 'servicenamnden',
        'Följ upp nyttan.',
        '2026-12-31',
        '2026-09-01T10:00:00Z',
        'ITD',
      ]),
    ))
  );
}

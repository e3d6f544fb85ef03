import type pg from 'pg';
import {
  ASSESSMENT_COLUMNS,
  SUBMISSION_COLUMNS,
  generateAssessments,
  generateSubmissions,
} from './national-assessments';
import type { Municipality, NationalRound } from './national-municipality';
import { copyRows, insertReturning } from './pg-load';
import { insertPlanning, type PlanningCounts } from './national-planning';
import { createRandom } from '@lagesbild/db/seed';

/** How big the synthetic country is. */
export interface NationalScale {
  municipalities: number;
  /** Closed quarterly rounds per municipality, counted back from 2026-K3. */
  rounds: number;
}

export const UNITS_PER_MUNICIPALITY = 15;
export const CAPABILITIES_PER_AREA = 4;

/** The demo framework's areas (same codes, so national figures can group by area code), in its order. */
export const AREAS = [
  ['informationshantering', 'Informationshantering'],
  ['samverkan', 'Samverkan'],
  ['digital-sakerhet', 'Digital säkerhet'],
  ['ai', 'AI'],
  ['it-juridik', 'IT-juridik'],
  ['testverksamhet', 'Testverksamhet'],
  ['arkitektur-och-integration', 'Arkitektur och integration'],
  ['infrastruktur-och-drift', 'Infrastruktur och drift'],
  ['digital-kompetens', 'Digital kompetens'],
  ['nyttorealisering', 'Nyttorealisering'],
] as const;

const SCALE = ['Initial', 'Upprepbar', 'Definierad', 'Styrd', 'Optimerad'];
const QUARTER_DATES = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
] as const;

/** `count` quarters ending with 2026-K3, oldest first, coded like the demo (2026-K3). */
export function listNationalRounds(count: number): NationalRound[] {
  const last = 2026 * 4 + 2;
  return Array.from({ length: count }, (_, i) => {
    const q = last - (count - 1 - i);
    const year = Math.floor(q / 4);
    const [start, end] = QUARTER_DATES[q % 4]!;
    return {
      code: `${year}-K${(q % 4) + 1}`,
      startsOn: `${year}-${start}`,
      endsOn: `${year}-${end}`,
    };
  });
}

const pad = (n: number, width = 3) => String(n).padStart(width, '0');
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface LoadCounts {
  assessments: number;
  /** Every row written, assessments included. */
  rows: number;
  /** Time spent inside the assessments' COPY statements only. */
  assessmentMs: number;
}

/**
 * Generates the synthetic country municipality by municipality: small parent tables by INSERT …
 * RETURNING (their ids are generated), the big tables by COPY. One COPY per municipality keeps each
 * statement's queue of foreign-key checks bounded. Seeded, so every run loads the same data.
 */
export async function generateNationalData(
  client: pg.PoolClient | pg.Client,
  scale: NationalScale,
  log: (message: string) => void,
): Promise<LoadCounts> {
  const counts: LoadCounts = { assessments: 0, rows: 0, assessmentMs: 0 };
  const rounds = listNationalRounds(scale.rounds);
  for (let m = 1; m <= scale.municipalities; m++) {
    const random = createRandom(0x5eed + m);
    const municipality = await insertParents(client, m, rounds, counts);
    const start = performance.now();
    const n = await copyRows(
      client,
      'assessments',
      ASSESSMENT_COLUMNS,
      generateAssessments(municipality, random),
    );
    counts.assessmentMs += performance.now() - start;
    counts.assessments += n;
    counts.rows += n;
    counts.rows += await copyRows(client, 'submissions', SUBMISSION_COLUMNS, [
      ...generateSubmissions(municipality),
    ]);
    const planning: PlanningCounts = await insertPlanning(client, municipality, random);
    counts.rows += planning.rows;
    if (m % 50 === 0 || m === scale.municipalities)
      log(`national data: ${m}/${scale.municipalities} municipalities, ${counts.rows} rows`);
  }
  return counts;
}

async function insertParents(
  client: pg.PoolClient | pg.Client,
  m: number,
  rounds: readonly NationalRound[],
  counts: LoadCounts,
): Promise<Municipality> {
  const int = (name: string) => ({ name, type: 'int' });
  const text = (name: string) => ({ name, type: 'text' });
  const [org] = await insertReturning<{ id: number }>(
    client,
    'organisations',
    [text('slug'), text('name'), { name: 'is_demo', type: 'boolean' }],
    [[`kommun-${pad(m)}`, `Kommun ${pad(m)}`, false]],
    'id',
  );
  const organisationId = org!.id;
  // ITD and the first department share Servicenämnden, as in the demo city.
  const boardNames = [
    'Servicenämnden',
    ...range(2, UNITS_PER_MUNICIPALITY).map((u) => `Nämnd ${pad(u, 2)}`),
  ];
  const boards = await insertReturning<{ id: number; name: string }>(
    client,
    'boards',
    [int('organisation_id'), text('name')],
    boardNames.map((name) => [organisationId, name]),
    'id, name',
  );
  const boardId = new Map(boards.map((b) => [b.name, b.id]));
  const unitRows = range(1, UNITS_PER_MUNICIPALITY).map((u) => [
    organisationId,
    boardId.get(u <= 2 ? 'Servicenämnden' : `Nämnd ${pad(u, 2)}`)!,
    u === 1 ? 'itd' : `forvaltning-${pad(u, 2)}`,
    u === 1 ? 'IT och digitalisering' : `Förvaltning ${pad(u, 2)}`,
    u === 1 ? 'itd' : 'department',
    u - 1,
  ]);
  const units = await insertReturning<{ id: number; sort_order: number }>(
    client,
    'units',
    [
      int('organisation_id'),
      int('board_id'),
      text('slug'),
      text('name'),
      text('kind'),
      int('sort_order'),
    ],
    unitRows,
    'id, sort_order',
  );
  const [framework] = await insertReturning<{ id: number }>(
    client,
    'frameworks',
    [int('organisation_id'), text('slug'), text('name')],
    [[organisationId, 'lagesbild-2026', 'Lägesbildens förmågeramverk 2026']],
    'id',
  );
  const frameworkId = framework!.id;
  await insertReturning(
    client,
    'scale_steps',
    [int('framework_id'), { name: 'level', type: 'smallint' }, text('name')],
    SCALE.map((name, i) => [frameworkId, i + 1, name]),
    'level',
  );
  const areas = await insertReturning<{ id: number; sort_order: number }>(
    client,
    'areas',
    [int('framework_id'), text('code'), text('name'), int('sort_order')],
    AREAS.map(([code, name], i) => [frameworkId, code, name, i]),
    'id, sort_order',
  );
  const areaIds = areas.sort((a, b) => a.sort_order - b.sort_order).map((a) => a.id);
  const capabilityRows = AREAS.flatMap(([code, name], a) =>
    range(1, CAPABILITIES_PER_AREA).map((k) => [
      frameworkId,
      areaIds[a]!,
      `${code}-${k}`,
      `${name} ${k}`,
      `Förmåga ${k} inom ${name.toLowerCase()}.`,
      a * CAPABILITIES_PER_AREA + k - 1,
    ]),
  );
  const capabilities = await insertReturning<{ id: number; sort_order: number }>(
    client,
    'capabilities',
    [
      int('framework_id'),
      int('area_id'),
      text('code'),
      text('name'),
      text('description'),
      int('sort_order'),
    ],
    capabilityRows,
    'id, sort_order',
  );
  const capabilityIds = capabilities.sort((a, b) => a.sort_order - b.sort_order).map((c) => c.id);
  await copyRows(
    client,
    'level_descriptors',
    ['capability_id', 'level', 'descriptor'],
    capabilityIds.flatMap((id) => SCALE.map((name, i) => [id, i + 1, `Nivå ${i + 1}: ${name}.`])),
  );
  const roundRows = await insertReturning<{ id: number; code: string }>(
    client,
    'rounds',
    [
      int('organisation_id'),
      int('framework_id'),
      text('code'),
      { name: 'starts_on', type: 'date' },
      { name: 'ends_on', type: 'date' },
      text('status'),
      { name: 'deadline', type: 'date' },
      { name: 'closed_at', type: 'timestamptz' },
      text('closed_by'),
    ],
    rounds.map((r) => [
      organisationId,
      frameworkId,
      r.code,
      r.startsOn,
      r.endsOn,
      'closed',
      addDays(r.endsOn, -10),
      `${addDays(r.endsOn, 20)}T15:00:00Z`,
      'ITD',
    ]),
    'id, code',
  );
  const roundId = new Map(roundRows.map((r) => [r.code, r.id]));
  counts.rows +=
    1 + boards.length + units.length + 1 + SCALE.length + areas.length + capabilities.length * 6;
  counts.rows += roundRows.length;
  return {
    index: m,
    organisationId,
    unitIds: units.sort((a, b) => a.sort_order - b.sort_order).map((u) => u.id),
    capabilityIds,
    roundIds: rounds.map((r) => roundId.get(r.code)!),
    rounds: [...rounds],
  };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

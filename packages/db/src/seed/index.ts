import { ConflictError } from '@lagesbild/domain';
import type { Database } from '../client';
import {
  areas,
  assessmentHistory,
  assessments,
  baseRequirements,
  boards,
  capacityCompetences,
  capacityDemand,
  capacityReports,
  capabilities,
  frameworks,
  levelDescriptors,
  organisations,
  rounds,
  scaleSteps,
  units,
  users,
} from '../schema/index';
import { buildAssessments } from './assessments';
import { refreshOrganisationRollups } from '../repositories/rollups';
import { recordFirstVersion } from './framework-version';
import {
  DEMO_AREAS,
  DEMO_CAPABILITIES,
  DEMO_FRAMEWORK,
  DEMO_SCALE,
  describeLevel,
} from './framework';
import { buildCapacityReports } from './capacity';
import {
  CURRENT_ROUND,
  CURRENT_STATES,
  insertClosedRoundSubmissions,
  insertCurrentRound,
} from './current-round';
import { insertInsight } from './insight';
import { insertInvestments } from './investments-write';
import { DEMO_ORGANISATION, DEMO_UNITS, listBoards } from './organisation';
import { DEMO_ROUNDS } from './rounds';
import { DEMO_USERS, hashDemoPassword } from './users';
import { insertInChunks, truncateAllTables, type Transaction } from './write';

// The bench's synthetic national data draws from the same seeded source as the demo.
export { createRandom, type Random } from './prng';
export { DEMO_AS_OF_DATE } from './organisation';

export interface SeedSummary {
  units: number;
  areas: number;
  capabilities: number;
  rounds: number;
  assessments: number;
  history: number;
  users: number;
  capacityReports: number;
  investmentNeeds: number;
}

export interface SeedOptions {
  /** Empty every table first; without it, seeding a database that has data is refused. */
  reset?: boolean;
}

/** True when the database holds no organisation, i.e. nothing has been seeded or entered yet. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ id: organisations.id }).from(organisations).limit(1);
  return rows.length === 0;
}

/**
 * Seeds the demo city, Malmö stad, with two years of quarterly assessments. The same data every
 * time: no clock, no Math.random. One transaction, so a failed seed leaves nothing behind.
 */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  return db.transaction(async (tx) => {
    if (options.reset) await truncateAllTables(tx);
    else if (!(await isDatabaseEmpty(tx))) {
      throw new ConflictError('The database is not empty; seed with reset to replace its data.');
    }
    const organisationId = await insertOrganisation(tx);
    const unitIds = await insertUnits(tx, organisationId);
    const { frameworkId, capabilityIds } = await insertFramework(tx, organisationId);
    const roundIds = await insertRounds(tx, organisationId, frameworkId);
    const counts = await insertAssessments(tx, { unitIds, capabilityIds, roundIds });
    await insertClosedRoundSubmissions(tx, roundIds, unitIds);
    const lastClosed = DEMO_ROUNDS[DEMO_ROUNDS.length - 1]!;
    const current = await insertCurrentRound(
      tx,
      { organisationId, frameworkId, previousRoundId: roundIds.get(lastClosed.code)! },
      unitIds,
    );
    const allRoundIds = new Map([...roundIds, [CURRENT_ROUND.code, current.roundId]]);
    const capacityReports = await insertCapacity(tx, {
      roundIds: allRoundIds,
      unitIds,
      capabilityIds,
    });
    const userCount = await insertUsers(tx, organisationId, unitIds);
    const investments = await insertInvestments(tx, { organisationId, unitIds, capabilityIds });
    await insertInsight(tx, {
      organisationId,
      unitIds,
      capabilityIds,
      needIds: investments.needIds,
      roundIds: allRoundIds,
    });
    // Dashboards read closed rounds from the rollups, and the rows above bypass the repositories
    // that keep them current. The only organisation there is, so this is a full rebuild.
    await refreshOrganisationRollups(tx, organisationId);
    return {
      users: userCount,
      units: unitIds.size,
      areas: DEMO_AREAS.length,
      capabilities: capabilityIds.size,
      rounds: roundIds.size + 1,
      ...counts,
      assessments: counts.assessments + current.assessments,
      capacityReports,
      investmentNeeds: investments.count,
    };
  });
}

async function insertUsers(
  tx: Transaction,
  organisationId: number,
  unitIds: ReadonlyMap<string, number>,
): Promise<number> {
  const rows = await Promise.all(
    DEMO_USERS.map(async (u) => ({
      organisationId,
      email: u.email,
      name: u.name,
      role: u.role,
      unitId: u.unitSlug ? unitIds.get(u.unitSlug)! : null,
      passwordHash: await hashDemoPassword(u.email),
      createdAt: '2024-10-01T08:00:00.000Z',
    })),
  );
  await tx.insert(users).values(rows);
  return rows.length;
}

async function insertOrganisation(tx: Transaction): Promise<number> {
  const [row] = await tx
    .insert(organisations)
    .values(DEMO_ORGANISATION)
    .returning({ id: organisations.id });
  return row!.id;
}

/** Boards and units; returns unit ids by slug. */
async function insertUnits(tx: Transaction, organisationId: number): Promise<Map<string, number>> {
  const boardRows = await tx
    .insert(boards)
    .values(listBoards(DEMO_UNITS).map((name) => ({ organisationId, name })))
    .returning({ id: boards.id, name: boards.name });
  const boardIds = new Map(boardRows.map((b) => [b.name, b.id]));
  const unitRows = await tx
    .insert(units)
    .values(
      DEMO_UNITS.map((unit, i) => ({
        organisationId,
        boardId: boardIds.get(unit.board)!,
        slug: unit.slug,
        name: unit.name,
        kind: unit.kind,
        sortOrder: i,
      })),
    )
    .returning({ id: units.id, slug: units.slug });
  return new Map(unitRows.map((u) => [u.slug, u.id]));
}

/** Framework, scale, areas, capabilities and descriptors; returns capability ids by code. */
async function insertFramework(
  tx: Transaction,
  organisationId: number,
): Promise<{ frameworkId: number; capabilityIds: Map<string, number> }> {
  const [framework] = await tx
    .insert(frameworks)
    .values({ organisationId, ...DEMO_FRAMEWORK })
    .returning({ id: frameworks.id });
  const frameworkId = framework!.id;
  await tx.insert(scaleSteps).values(DEMO_SCALE.map((step) => ({ frameworkId, ...step })));
  const areaRows = await tx
    .insert(areas)
    .values(DEMO_AREAS.map((area, i) => ({ frameworkId, ...area, sortOrder: i })))
    .returning({ id: areas.id, code: areas.code });
  const areaIds = new Map(areaRows.map((a) => [a.code, a.id]));
  const capabilityRows = await tx
    .insert(capabilities)
    .values(
      DEMO_CAPABILITIES.map((c, i) => ({
        frameworkId,
        areaId: areaIds.get(c.area)!,
        code: c.code,
        name: c.name,
        description: c.description,
        sortOrder: i,
      })),
    )
    .returning({ id: capabilities.id, code: capabilities.code });
  const capabilityIds = new Map(capabilityRows.map((c) => [c.code, c.id]));
  const descriptors = DEMO_CAPABILITIES.flatMap((c) =>
    DEMO_SCALE.map(({ level }) => ({
      capabilityId: capabilityIds.get(c.code)!,
      level,
      descriptor: describeLevel(c, level),
    })),
  );
  await insertInChunks(tx, levelDescriptors, descriptors);
  await recordFirstVersion(tx, frameworkId);
  return { frameworkId, capabilityIds };
}

/** Returns round ids by code. */
async function insertRounds(
  tx: Transaction,
  organisationId: number,
  frameworkId: number,
): Promise<Map<string, number>> {
  const rows = await tx
    .insert(rounds)
    .values(DEMO_ROUNDS.map((round) => ({ organisationId, frameworkId, ...round })))
    .returning({ id: rounds.id, code: rounds.code });
  return new Map(rows.map((r) => [r.code, r.id]));
}

async function insertAssessments(
  tx: Transaction,
  ids: {
    unitIds: Map<string, number>;
    capabilityIds: Map<string, number>;
    roundIds: Map<string, number>;
  },
): Promise<{ assessments: number; history: number }> {
  const seeds = buildAssessments(DEMO_UNITS, DEMO_CAPABILITIES, DEMO_ROUNDS);
  const rows = seeds.map((seed) => ({
    roundId: ids.roundIds.get(seed.roundCode)!,
    unitId: ids.unitIds.get(seed.unitSlug)!,
    capabilityId: ids.capabilityIds.get(seed.capabilityCode)!,
    ...seed.fields,
    version: seed.version,
    updatedAt: seed.updatedAt,
    updatedBy: seed.updatedBy,
  }));
  const inserted = await insertInChunks(tx, assessments, rows, [
    'id',
    'round_id',
    'unit_id',
    'capability_id',
  ]);
  // Matched by key, not by position: SQL does not promise RETURNING keeps the VALUES order.
  const idByKey = new Map(
    inserted.map((row) => [
      formatKey({
        roundId: Number(row.round_id),
        unitId: Number(row.unit_id),
        capabilityId: Number(row.capability_id),
      }),
      Number(row.id),
    ]),
  );
  const history = seeds.flatMap((seed, i) =>
    seed.history.map((entry) => ({ assessmentId: idByKey.get(formatKey(rows[i]!))!, ...entry })),
  );
  await insertInChunks(tx, assessmentHistory, history);
  return { assessments: rows.length, history: history.length };
}

interface AssessmentKey {
  roundId: number;
  unitId: number;
  capabilityId: number;
}

const formatKey = (k: AssessmentKey): string => `${k.roundId}/${k.unitId}/${k.capabilityId}`;

/**
 * Capacity for the last two closed rounds for every unit, and for the current round from the units
 * that have started it.
 */
async function insertCapacity(
  tx: Transaction,
  ids: {
    roundIds: ReadonlyMap<string, number>;
    unitIds: ReadonlyMap<string, number>;
    capabilityIds: ReadonlyMap<string, number>;
  },
): Promise<number> {
  const closed = DEMO_ROUNDS.slice(-2).map((r) => r.code);
  const seeds = [
    ...buildCapacityReports(DEMO_UNITS, DEMO_CAPABILITIES, closed),
    ...buildCapacityReports(
      DEMO_UNITS.filter((u) => u.slug in CURRENT_STATES),
      DEMO_CAPABILITIES,
      [CURRENT_ROUND.code],
    ),
  ];
  const reports = await insertInChunks(
    tx,
    capacityReports,
    seeds.map((s) => ({
      roundId: ids.roundIds.get(s.roundCode)!,
      unitId: ids.unitIds.get(s.unitSlug)!,
      planningFte: s.report.planningFte,
      updatedAt: '2026-09-20T10:00:00.000Z',
      updatedBy: `Rapportör, ${s.unitSlug}`,
    })),
    ['id', 'round_id', 'unit_id'],
  );
  const idOf = new Map(reports.map((r) => [`${r.round_id}/${r.unit_id}`, Number(r.id)]));
  const reportIdOf = (s: (typeof seeds)[number]) =>
    idOf.get(`${ids.roundIds.get(s.roundCode)}/${ids.unitIds.get(s.unitSlug)}`)!;
  await insertInChunks(
    tx,
    capacityCompetences,
    seeds.flatMap((s) => s.report.competences.map((c) => ({ reportId: reportIdOf(s), ...c }))),
  );
  await insertInChunks(
    tx,
    capacityDemand,
    seeds.flatMap((s) => s.report.demand.map((d) => ({ reportId: reportIdOf(s), ...d }))),
  );
  await insertInChunks(
    tx,
    baseRequirements,
    seeds.flatMap((s) =>
      s.report.baseRequirements.map((b) => ({
        reportId: reportIdOf(s),
        capabilityId: ids.capabilityIds.get(b.capabilityCode)!,
        requiredLevel: b.requiredLevel,
      })),
    ),
  );
  return seeds.length;
}

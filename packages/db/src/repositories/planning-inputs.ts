import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  computeMedian,
  type CompetenceArea,
  type MaturityBaseline,
  type RequirementFact,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { findCurrentFramework, isActiveCapability } from './framework';
import { findOrganisation } from './lookups';
import {
  areas,
  assessments,
  baseRequirements,
  capabilities,
  capacityCompetences,
  capacityDemand,
  capacityReports,
  rounds,
  units,
} from '../schema/index';

/** What the capacity balance and the scenarios are computed from, read from the rounds. */
export interface PlanningInputs {
  /** Each unit's FTE per competence area (ITD's own included) in its latest closed round, summed. */
  supply: { area: CompetenceArea; fte: number }[];
  /** Support the units asked ITD for, per area and year, from each unit's latest report. */
  unitDemand: { area: CompetenceArea; year: number; fte: number }[];
  /** Planning capacity of all units together, from their latest reports. */
  planningFte: number;
  /** The round each unit's figures come from. */
  reports: { unitSlug: string; roundCode: string }[];
  /** City-wide median of validated levels in the latest closed round. */
  baseline: MaturityBaseline[];
  /** Each unit's base requirement against its validated level in the latest closed round. */
  requirements: RequirementFact[];
  latestClosedRound: string | null;
  capabilities: { code: string; name: string; areaCode: string; areaName: string }[];
  units: { slug: string; name: string }[];
}

export async function loadPlanningInputs(
  db: Database,
  organisationSlug: string,
): Promise<PlanningInputs> {
  const org = await findOrganisation(db, organisationSlug);
  const framework = await findCurrentFramework(db, org.id);
  const unitRows = await db
    .select({ id: units.id, slug: units.slug, name: units.name })
    .from(units)
    .where(eq(units.organisationId, org.id))
    .orderBy(asc(units.sortOrder), asc(units.slug));
  const capabilityRows = framework
    ? await db
        .select({
          id: capabilities.id,
          code: capabilities.code,
          name: capabilities.name,
          areaCode: areas.code,
          areaName: areas.name,
        })
        .from(capabilities)
        .innerJoin(areas, eq(areas.id, capabilities.areaId))
        .where(and(eq(capabilities.frameworkId, framework.id), isActiveCapability()))
        .orderBy(asc(areas.sortOrder), asc(capabilities.sortOrder))
    : [];

  // Each unit's most recent capacity report in a closed round: an open round holds drafts and reports
  // ITD has returned, which the board and the plan must not read as the city's capacity.
  const latestReports = await db
    .selectDistinctOn([capacityReports.unitId], {
      id: capacityReports.id,
      unitId: capacityReports.unitId,
      planningFte: capacityReports.planningFte,
      roundCode: rounds.code,
    })
    .from(capacityReports)
    .innerJoin(rounds, eq(rounds.id, capacityReports.roundId))
    .where(and(eq(rounds.organisationId, org.id), eq(rounds.status, 'closed')))
    .orderBy(capacityReports.unitId, desc(rounds.startsOn));
  const reportIds = latestReports.map((r) => r.id);
  const [competenceRows, demandRows, requirementRows] = reportIds.length
    ? await Promise.all([
        db
          .select()
          .from(capacityCompetences)
          .where(inArray(capacityCompetences.reportId, reportIds)),
        db.select().from(capacityDemand).where(inArray(capacityDemand.reportId, reportIds)),
        db.select().from(baseRequirements).where(inArray(baseRequirements.reportId, reportIds)),
      ])
    : [[], [], []];

  const [closed] = await db
    .select({ id: rounds.id, code: rounds.code })
    .from(rounds)
    .where(and(eq(rounds.organisationId, org.id), eq(rounds.status, 'closed')))
    .orderBy(desc(rounds.startsOn))
    .limit(1);
  const validated = closed
    ? await db
        .select({
          unitId: assessments.unitId,
          capabilityId: assessments.capabilityId,
          level: assessments.validatedRating,
          notApplicable: assessments.notApplicable,
        })
        .from(assessments)
        .where(eq(assessments.roundId, closed.id))
    : [];

  const supply = new Map<string, number>();
  for (const c of competenceRows) supply.set(c.area, (supply.get(c.area) ?? 0) + c.fte);
  const demand = new Map<string, number>();
  for (const d of demandRows) {
    const key = `${d.area}/${d.year}`;
    demand.set(key, (demand.get(key) ?? 0) + d.fte);
  }
  const slugOf = new Map(unitRows.map((u) => [u.id, u.slug]));
  const validatedLevels = new Map(
    validated
      .filter((v) => !v.notApplicable)
      .map((v) => [`${v.unitId}/${v.capabilityId}`, v.level]),
  );
  const levelOf = (unitId: number, capabilityId: number) =>
    validatedLevels.get(`${unitId}/${capabilityId}`) ?? null;
  const unitOfReport = new Map(latestReports.map((r) => [r.id, r.unitId]));
  const codeOf = new Map(capabilityRows.map((c) => [c.id, c.code]));

  return {
    supply: [...supply].map(([area, fte]) => ({ area: area as CompetenceArea, fte: round2(fte) })),
    unitDemand: [...demand].map(([key, fte]) => {
      const [area, year] = key.split('/');
      return { area: area as CompetenceArea, year: Number(year), fte: round2(fte) };
    }),
    planningFte: round2(latestReports.reduce((s, r) => s + r.planningFte, 0)),
    reports: latestReports.map((r) => ({
      unitSlug: slugOf.get(r.unitId)!,
      roundCode: r.roundCode,
    })),
    baseline: capabilityRows.map((c) => {
      const levels = validated
        .filter((v) => v.capabilityId === c.id && !v.notApplicable && v.level !== null)
        .map((v) => v.level!)
        .sort((a, b) => a - b);
      return {
        capabilityCode: c.code,
        areaCode: c.areaCode,
        level: levels.length ? computeMedian(levels) : null,
      };
    }),
    requirements: requirementRows
      .filter((r) => codeOf.has(r.capabilityId))
      .map((r) => {
        const unitId = unitOfReport.get(r.reportId)!;
        return {
          unitSlug: slugOf.get(unitId)!,
          capabilityCode: codeOf.get(r.capabilityId)!,
          requiredLevel: r.requiredLevel,
          validatedLevel: levelOf(unitId, r.capabilityId),
        };
      }),
    latestClosedRound: closed?.code ?? null,
    capabilities: capabilityRows.map(({ id: _id, ...c }) => c),
    units: unitRows.map(({ id: _id, ...u }) => u),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

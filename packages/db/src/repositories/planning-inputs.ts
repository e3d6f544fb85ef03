import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  computeFteSupply,
  computePlanningCapacity,
  pickRating,
  roundFte,
  READ_RATING_BASIS,
  type Audience,
  type CompetenceArea,
  type MaturityBaseline,
  type RequirementFact,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { findBasisRound } from './basis-round';
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
  units,
} from '../schema/index';

/** What the capacity balance and the scenarios are computed from, read from the rounds. */
export interface PlanningInputs {
  /** FTE per competence area (ITD's own included) in the basis round's reports (computeFteSupply). */
  supply: { area: CompetenceArea; fte: number }[];
  /** Support the units asked ITD for, per area and year, in the basis round's reports. */
  unitDemand: { area: CompetenceArea; year: number; fte: number }[];
  /** Planning capacity of all units together, in the basis round (computePlanningCapacity). */
  planningFte: number;
  /** The units that reported in the basis round, and that round. */
  reports: { unitSlug: string; roundCode: string }[];
  /** Every unit's level on every capability in the basis round (validated where it exists). */
  baseline: MaturityBaseline;
  /** Each unit's base requirement against its level in the basis round. */
  requirements: RequirementFact[];
  /** The round every figure above stands on: the latest closed one unless a read names another. */
  basisRound: string | null;
  capabilities: { code: string; name: string; areaCode: string; areaName: string }[];
  units: { slug: string; name: string }[];
}

export async function loadPlanningInputs(
  db: Database,
  organisationSlug: string,
  options: { audience?: Audience; roundCode?: string } = {},
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

  // One round for every figure: the board's (the latest closed one) unless a read names another. An open
  // round holds drafts and reports ITD has returned, which the board and the plan must not read.
  const basis = await findBasisRound(db, org.id, options);
  const [reportRows, rated] = basis
    ? await Promise.all([
        db
          .select({
            id: capacityReports.id,
            unitId: capacityReports.unitId,
            planningFte: capacityReports.planningFte,
          })
          .from(capacityReports)
          .where(eq(capacityReports.roundId, basis.id)),
        db
          .select({
            unitId: assessments.unitId,
            capabilityId: assessments.capabilityId,
            selfRating: assessments.selfRating,
            validatedRating: assessments.validatedRating,
            notApplicable: assessments.notApplicable,
          })
          .from(assessments)
          .where(eq(assessments.roundId, basis.id)),
      ])
    : [[], []];
  const reportIds = reportRows.map((r) => r.id);
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

  const demand = new Map<string, number>();
  for (const d of demandRows) {
    const key = `${d.area}/${d.year}`;
    demand.set(key, (demand.get(key) ?? 0) + d.fte);
  }
  const slugOf = new Map(unitRows.map((u) => [u.id, u.slug]));
  const levels = new Map(
    rated.map((r) => [`${r.unitId}/${r.capabilityId}`, pickRating(r, READ_RATING_BASIS)]),
  );
  const levelOf = (unitId: number, capabilityId: number) =>
    levels.get(`${unitId}/${capabilityId}`) ?? null;
  const unitOfReport = new Map(reportRows.map((r) => [r.id, r.unitId]));
  const codeOf = new Map(capabilityRows.map((c) => [c.id, c.code]));
  const roundCode = basis?.code ?? '';

  return {
    supply: computeFteSupply(
      competenceRows.map((c) => ({ roundCode, area: c.area as CompetenceArea, fte: c.fte })),
      roundCode,
    ),
    unitDemand: [...demand].map(([key, fte]) => {
      const [area, year] = key.split('/');
      return { area: area as CompetenceArea, year: Number(year), fte: roundFte(fte) };
    }),
    planningFte: computePlanningCapacity(
      reportRows.map((r) => ({ roundCode, planningFte: r.planningFte })),
      roundCode,
    ),
    reports: reportRows.map((r) => ({ unitSlug: slugOf.get(r.unitId)!, roundCode })),
    baseline: {
      capabilities: capabilityRows.map((c) => ({ capabilityCode: c.code, areaCode: c.areaCode })),
      ratings: rated
        .filter((r) => codeOf.has(r.capabilityId))
        .map((r) => ({
          unitSlug: slugOf.get(r.unitId)!,
          capabilityCode: codeOf.get(r.capabilityId)!,
          level: levelOf(r.unitId, r.capabilityId),
        })),
    },
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
    basisRound: basis?.code ?? null,
    capabilities: capabilityRows.map(({ id: _id, ...c }) => c),
    units: unitRows.map(({ id: _id, ...u }) => u),
  };
}

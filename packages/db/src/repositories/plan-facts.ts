import { and, countDistinct, eq, exists, inArray, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import {
  planFactsSchema,
  ROUND_STATUSES_READ,
  type PlanBasis,
  type PlanFacts,
} from '@lagesbild/domain';
import type { Database } from '../client';
import { roundsReadBy } from './basis-round';
import { findOrganisation } from './lookups';
import {
  aiUseCaseNeeds,
  aiUseCases,
  areas,
  assessments,
  baseRequirements,
  benefitActions,
  benefitMeasurements,
  benefits,
  budgetFrames,
  capabilities,
  capacityCompetences,
  capacityReports,
  criticalFactors,
  criticalFactorScores,
  investmentNeedCapabilities,
  investmentNeeds,
  rounds,
  scenarios,
  strengthNotes,
  submissions,
  units,
} from '../schema/index';

/** The framework areas whose capabilities make a need an AI or test need (Q3). */
const AI_AND_TEST_AREAS = ['ai', 'testverksamhet'];

/** A need's one-off cost: some year of its profile costs something. */
const hasOneOffCost = sql`exists (select 1 from jsonb_array_elements_text(${investmentNeeds.oneOffTkr}) as c(v) where c.v::numeric > 0)`;
const hasExpectedBenefit = sql`exists (select 1 from jsonb_array_elements_text(${investmentNeeds.benefitTkr}) as b(v) where b.v::numeric > 0)`;

/**
 * The figures the coverage rules read, one count per fact, each from the stored rows as they are now, at the
 * edition's basis: "latest round" is the basis round, factor trends count closed rounds only, and a benefit is
 * measured when it has a measurement dated up to the basis round's close.
 */
export async function loadPlanFacts(
  db: Database,
  organisationSlug: string,
  basis: PlanBasis,
): Promise<PlanFacts> {
  const org = await findOrganisation(db, organisationSlug);
  const [latest] = basis
    ? await db
        .select({ id: rounds.id })
        .from(rounds)
        .where(and(eq(rounds.organisationId, org.id), eq(rounds.code, basis.roundCode)))
    : [];
  // No closed round: every "latest round" count is zero (id -1 matches nothing).
  const latestId = latest?.id ?? -1;
  const ofOrg = eq(units.organisationId, org.id);
  const liveNeed = and(
    eq(investmentNeeds.organisationId, org.id),
    ne(investmentNeeds.status, 'declined'),
  );
  // ITD's decision: accepted, planned or started (a done need was started).
  const decidedNeed = and(
    liveNeed,
    inArray(investmentNeeds.status, ['accepted', 'planned', 'ongoing', 'done']),
  );
  const aiNeed = and(
    liveNeed,
    or(
      exists(
        db
          .select({ one: sql`1` })
          .from(investmentNeedCapabilities)
          .innerJoin(capabilities, eq(capabilities.id, investmentNeedCapabilities.capabilityId))
          .innerJoin(areas, eq(areas.id, capabilities.areaId))
          .where(
            and(
              eq(investmentNeedCapabilities.needId, investmentNeeds.id),
              inArray(areas.code, AI_AND_TEST_AREAS),
            ),
          ),
      ),
      exists(
        db
          .select({ one: sql`1` })
          .from(aiUseCaseNeeds)
          .where(eq(aiUseCaseNeeds.needId, investmentNeeds.id)),
      ),
    ),
  );

  const count = async (query: Promise<{ n: number }[]>) => (await query)[0]?.n ?? 0;
  const countRows = (table: Parameters<Database['$count']>[0], where: SQL | undefined) =>
    db.$count(table, where);

  /** Units with a self-rating in the latest round, optionally only ITD. */
  const selfRatedUnits = (onlyItd: boolean) =>
    count(
      db
        .select({ n: countDistinct(assessments.unitId) })
        .from(assessments)
        .innerJoin(units, eq(units.id, assessments.unitId))
        .where(
          and(
            ofOrg,
            eq(assessments.roundId, latestId),
            isNotNull(assessments.selfRating),
            onlyItd ? eq(units.kind, 'itd') : undefined,
          ),
        ),
    );
  /** Units with a capacity report in the latest round, optionally only ITD. */
  const reportingUnits = (onlyItd: boolean) =>
    count(
      db
        .select({ n: countDistinct(capacityReports.unitId) })
        .from(capacityReports)
        .innerJoin(units, eq(units.id, capacityReports.unitId))
        .where(
          and(
            ofOrg,
            eq(capacityReports.roundId, latestId),
            onlyItd ? eq(units.kind, 'itd') : undefined,
          ),
        ),
    );
  /** Units that reported people or a level in a competence area in the latest round. */
  const competenceReports = (area: 'ai-och-data' | 'test') =>
    count(
      db
        .select({ n: countDistinct(capacityReports.unitId) })
        .from(capacityCompetences)
        .innerJoin(capacityReports, eq(capacityReports.id, capacityCompetences.reportId))
        .innerJoin(units, eq(units.id, capacityReports.unitId))
        .where(
          and(
            ofOrg,
            eq(capacityReports.roundId, latestId),
            eq(capacityCompetences.area, area),
            or(sql`${capacityCompetences.fte} > 0`, isNotNull(capacityCompetences.level)),
          ),
        ),
    );
  const orgBenefit = eq(benefits.organisationId, org.id);
  const actionsOf = (owner: 'servicenamnden' | 'kommunstyrelsen') =>
    count(
      db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(benefitActions)
        .innerJoin(benefits, eq(benefits.id, benefitActions.benefitId))
        .where(and(orgBenefit, eq(benefitActions.owner, owner))),
    );

  const { itdSelfRated, itdReported, ...counts } = await resolveAll({
    closedRounds: countRows(rounds, roundsReadBy(org.id)),
    unitsTotal: countRows(units, ofOrg),
    unitsReportedLatestRound: selfRatedUnits(false),
    unitsValidatedLatestRound: count(
      db
        .select({ n: countDistinct(submissions.unitId) })
        .from(submissions)
        .innerJoin(units, eq(units.id, submissions.unitId))
        .where(and(ofOrg, eq(submissions.roundId, latestId), eq(submissions.status, 'validated'))),
    ),
    strengthsNoted: countRows(
      strengthNotes,
      and(eq(strengthNotes.organisationId, org.id), eq(strengthNotes.kind, 'strength')),
    ),
    weaknessesNoted: countRows(
      strengthNotes,
      and(eq(strengthNotes.organisationId, org.id), eq(strengthNotes.kind, 'weakness')),
    ),
    capacityReportsLatest: reportingUnits(false),
    unitsWithBaseRequirements: count(
      db
        .select({ n: countDistinct(capacityReports.unitId) })
        .from(baseRequirements)
        .innerJoin(capacityReports, eq(capacityReports.id, baseRequirements.reportId))
        .innerJoin(units, eq(units.id, capacityReports.unitId))
        .where(and(ofOrg, eq(capacityReports.roundId, latestId))),
    ),
    needsTotal: countRows(investmentNeeds, liveNeed),
    needsWithCosts: countRows(investmentNeeds, and(liveNeed, hasOneOffCost)),
    needsWithOperatingCost: countRows(
      investmentNeeds,
      and(liveNeed, sql`${investmentNeeds.operatingTkr} > 0`),
    ),
    needsWithExpectedBenefit: countRows(
      investmentNeeds,
      and(
        liveNeed,
        or(
          hasExpectedBenefit,
          exists(
            db
              .select({ one: sql`1` })
              .from(benefits)
              .where(eq(benefits.needId, investmentNeeds.id)),
          ),
        ),
      ),
    ),
    needsWithConstraints: countRows(
      investmentNeeds,
      and(liveNeed, sql`jsonb_array_length(${investmentNeeds.constraints}) > 0`),
    ),
    needsDecided: countRows(investmentNeeds, decidedNeed),
    needsDecidedWithTimeline: countRows(
      investmentNeeds,
      and(
        decidedNeed,
        isNotNull(investmentNeeds.plannedStart),
        sql`${investmentNeeds.durationYears} >= 1`,
      ),
    ),
    scenarios: countRows(scenarios, eq(scenarios.organisationId, org.id)),
    budgetFrameYears: countRows(budgetFrames, eq(budgetFrames.organisationId, org.id)),
    aiCompetenceReports: competenceReports('ai-och-data'),
    aiTargetsSet: count(
      db
        .select({ n: countDistinct(assessments.capabilityId) })
        .from(assessments)
        .innerJoin(capabilities, eq(capabilities.id, assessments.capabilityId))
        .innerJoin(areas, eq(areas.id, capabilities.areaId))
        .where(
          and(
            eq(assessments.roundId, latestId),
            eq(areas.code, 'ai'),
            isNotNull(assessments.targetLevel),
            isNotNull(assessments.targetYear),
          ),
        ),
    ),
    testCompetenceReports: competenceReports('test'),
    aiUseCases: countRows(aiUseCases, eq(aiUseCases.organisationId, org.id)),
    aiUseCasesAssessed: countRows(
      aiUseCases,
      and(
        eq(aiUseCases.organisationId, org.id),
        sql`least(${aiUseCases.readinessData}, ${aiUseCases.readinessLegal}, ${aiUseCases.readinessCompetence}, ${aiUseCases.readinessPlatform}, ${aiUseCases.readinessTesting}) >= 1`,
      ),
    ),
    unitsWithAiUseCases: count(
      db
        .select({ n: countDistinct(aiUseCases.unitId) })
        .from(aiUseCases)
        .where(eq(aiUseCases.organisationId, org.id)),
    ),
    aiNeedsLinked: countRows(investmentNeeds, aiNeed),
    aiNeedsWithCosts: countRows(investmentNeeds, and(aiNeed, hasOneOffCost)),
    benefitsTotal: countRows(benefits, orgBenefit),
    benefitsMeasured: countRows(
      benefits,
      and(
        orgBenefit,
        exists(
          db
            .select({ one: sql`1` })
            .from(benefitMeasurements)
            .where(
              and(
                eq(benefitMeasurements.benefitId, benefits.id),
                basis ? lte(benefitMeasurements.measuredOn, basis.closedOn) : undefined,
              ),
            ),
        ),
      ),
    ),
    boardsTotal: count(
      db
        .select({ n: countDistinct(units.boardId) })
        .from(units)
        .where(ofOrg),
    ),
    boardsWithBenefits: count(
      db
        .select({ n: countDistinct(units.boardId) })
        .from(benefits)
        .innerJoin(units, eq(units.id, benefits.unitId))
        .where(orgBenefit),
    ),
    actionsServicenamnden: actionsOf('servicenamnden'),
    actionsKommunstyrelsen: actionsOf('kommunstyrelsen'),
    // As the factors chapter counts them: a factor first scored in the open round waits for it to close.
    factorsTotal: countRows(
      criticalFactors,
      and(
        eq(criticalFactors.organisationId, org.id),
        sql`(${scoresOfFactor()} = 0 or ${scoresOfFactor(true)} > 0)`,
      ),
    ),
    factorsWithTrend: countRows(
      criticalFactors,
      and(
        eq(criticalFactors.organisationId, org.id),
        sql`trim(${criticalFactors.owner}) <> ''`,
        sql`${scoresOfFactor(true)} >= 2`,
      ),
    ),
    itdSelfRated: selfRatedUnits(true),
    itdReported: reportingUnits(true),
  });
  return planFactsSchema.parse({
    ...counts,
    itdAssessedLatestRound: itdSelfRated > 0,
    itdCapacityReported: itdReported > 0,
  });
}

/** Every count of the record, resolved at once and kept under its name. */
async function resolveAll<T extends Record<string, Promise<number>>>(
  pending: T,
): Promise<{ [K in keyof T]: number }> {
  const entries = await Promise.all(
    Object.entries(pending).map(async ([key, value]) => [key, await value] as const),
  );
  return Object.fromEntries(entries) as { [K in keyof T]: number };
}

/** How many scores a critical factor has: all of them, or only those of rounds the board reads. */
function scoresOfFactor(readByBoard = false): SQL {
  const inRounds = readByBoard
    ? sql` and ${criticalFactorScores.roundId} in (select ${rounds.id} from ${rounds} where ${inArray(rounds.status, [...ROUND_STATUSES_READ.board])})`
    : sql``;
  return sql`(select count(*) from ${criticalFactorScores} where ${criticalFactorScores.factorId} = ${criticalFactors.id}${inRounds})`;
}

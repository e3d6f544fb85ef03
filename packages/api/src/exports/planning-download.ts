import { listNeeds } from '@lagesbild/db/repositories';
import { defaultHorizon, InvalidError, planningHorizonSchema } from '@lagesbild/domain';
import type { Context } from '../context';
import { auditDownload, authorize, type Download } from '../downloads';
import { compareScenarios, computeBalance } from '../router/planning-views';
import { buildPlanningSheets } from './planning-sheets';
import { CONTENT_TYPES, writeWorkbook } from './round-files';

/** The register, the scenarios and the capacity balance as one workbook; audited. */
export async function downloadPlanningExport(
  ctx: Context,
  input: { from?: string; to?: string },
): Promise<Download> {
  const user = await authorize(ctx, 'export.planning');
  const asOf = await ctx.calendarDay();
  const fallback = defaultHorizon(asOf.today);
  const horizon = planningHorizonSchema.safeParse({
    from: Number(input.from ?? fallback.from),
    to: Number(input.to ?? fallback.to),
  });
  if (!horizon.success) throw new InvalidError('horizon', 'horizon');
  const [needs, comparison, balance] = await Promise.all([
    listNeeds(ctx.db, ctx.organisationSlug),
    compareScenarios(ctx.db, ctx.organisationSlug, horizon.data, asOf),
    computeBalance(ctx.db, ctx.organisationSlug, {
      horizon: horizon.data,
      scenarioCode: null,
      asOf,
    }),
  ]);
  const { from, to } = horizon.data;
  await auditDownload(ctx, user, {
    action: 'export.planning',
    entityType: 'planning',
    entityKey: `${from}-${to}`,
    summary: { needs: needs.length, scenarios: comparison.scenarios.length },
  });
  return {
    filename: `lagesbild-${ctx.organisationSlug}-planering-${from}-${to}.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    body: await writeWorkbook(
      `Planering ${from}–${to}`,
      buildPlanningSheets(needs, comparison, balance),
    ),
  };
}

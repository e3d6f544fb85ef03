import type { Context } from '../context';
import { auditDownload, authorize, type Download } from '../downloads';
import { readFactorRegister } from '../router/factors-views';
import { buildFactorSheets } from './factors-sheets';
import { CONTENT_TYPES, writeWorkbook } from './round-files';

/** The critical factors and their scores per round as one workbook, as the page shows them; audited. */
export async function downloadFactorsExport(ctx: Context): Promise<Download> {
  const user = await authorize(ctx, 'export.factors');
  const view = await readFactorRegister(ctx.db, ctx.organisationSlug, user.role);
  await auditDownload(ctx, user, {
    action: 'export.factors',
    entityType: 'criticalFactor',
    entityKey: view.currentRound ?? 'faktorer',
    summary: { factors: view.factors.length },
  });
  return {
    filename: `lagesbild-${ctx.organisationSlug}-faktorer.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    body: await writeWorkbook('Kritiska faktorer', buildFactorSheets(view)),
  };
}

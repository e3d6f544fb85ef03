import { listBenefits } from '@lagesbild/db/repositories';
import { buildBenefitRegister } from '@lagesbild/domain';
import type { Context } from '../context';
import { auditDownload, authorize, type Download } from '../downloads';
import { buildBenefitSheets } from './benefits-sheets';
import { CONTENT_TYPES, writeWorkbook } from './round-files';

/** The benefit register with realisation, measurements, actions and boards as one workbook; audited. */
export async function downloadBenefitsExport(ctx: Context): Promise<Download> {
  const user = await authorize(ctx, 'export.benefits');
  const asOf = await ctx.calendarDay();
  const { today } = asOf;
  const register = buildBenefitRegister(await listBenefits(ctx.db, ctx.organisationSlug), asOf);
  await auditDownload(ctx, user, {
    action: 'export.benefits',
    entityType: 'benefit',
    entityKey: today,
    summary: { benefits: register.benefits.length, actions: register.actions.length },
  });
  return {
    filename: `lagesbild-${ctx.organisationSlug}-nyttor-${today}.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    body: await writeWorkbook(`Nyttorealisering ${today}`, buildBenefitSheets(register)),
  };
}

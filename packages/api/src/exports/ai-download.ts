import type { Context } from '../context';
import { auditDownload, authorize, type Download } from '../downloads';
import { buildAiCompetence, buildAiRegister } from '../router/ai-views';
import { buildAiSheets } from './ai-sheets';
import { CONTENT_TYPES, writeWorkbook } from './round-files';

/** The AI use cases with their reach under the rule, and the AI and test competence, as one workbook; audited. */
export async function downloadAiExport(ctx: Context): Promise<Download> {
  const user = await authorize(ctx, 'export.ai');
  const [register, competence] = await Promise.all([
    buildAiRegister(ctx.db, ctx.organisationSlug),
    buildAiCompetence(ctx.db, ctx.organisationSlug, await ctx.calendarDay()),
  ]);
  await auditDownload(ctx, user, {
    action: 'export.ai',
    entityType: 'ai',
    entityKey: ctx.organisationSlug,
    summary: {
      useCases: register.useCases.length,
      withinReach: register.useCases.filter((u) => u.reach.withinReach).length,
    },
  });
  return {
    filename: `lagesbild-${ctx.organisationSlug}-ai-och-test.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    body: await writeWorkbook('AI och test', buildAiSheets(register, competence)),
  };
}

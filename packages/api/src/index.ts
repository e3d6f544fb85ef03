import { appRouter, type AppRouter } from './root';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createCallerFactory } from './trpc';

export { appRouter, type AppRouter };
/** What each procedure takes and returns, as the client sees it: `RouterOutputs['ai']['register']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export {
  createContext,
  createContextInner,
  DEFAULT_SESSION_POLICY,
  type Context,
  type ContextOptions,
  type SessionCookie,
  type SignInMethods,
} from './context';
export { isDatabaseUnavailable, STORAGE_UNAVAILABLE_MESSAGE, type FieldIssue } from './errors';
export {
  describeDownloadError,
  DOWNLOADS,
  downloadFrameworkExport,
  downloadRoundExport,
  type Download,
} from './downloads';
export { downloadAiExport } from './exports/ai-download';
export { downloadBenefitsExport } from './exports/benefits-download';
export { downloadFactorsExport } from './exports/factors-download';
export { downloadPlanningExport } from './exports/planning-download';
export { downloadPlanDocx, downloadPlanJson } from './exports/plan-download';
export { seedDemoPlan } from './plan-demo';
export { mayReadShared } from './shared-reads';
export { applySecondFactorPolicy } from './auth/second-factor-policy';
export { hashSessionToken, newSessionToken } from './auth/session-token';
export { downloadReportWorkbook, previewReportUpload, XLSX_TYPE } from './imports/report-files';
export const createCaller = createCallerFactory(appRouter);

import { appRouter, type AppRouter } from './root';
import { createCallerFactory } from './trpc';

export { appRouter, type AppRouter };
export {
  createContext,
  createContextInner,
  DEFAULT_SESSION_POLICY,
  type Context,
  type ContextOptions,
  type SessionCookie,
  type SignInMethods,
} from './context';
export type { FieldIssue } from './errors';
export { describeDownloadError, DOWNLOADS, downloadRoundExport, type Download } from './downloads';
export { hashSessionToken, newSessionToken } from './auth/session-token';
export const createCaller = createCallerFactory(appRouter);

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
} from './context';
export type { FieldIssue } from './errors';
export const createCaller = createCallerFactory(appRouter);

import { appRouter, type AppRouter } from './root';
import { createCallerFactory } from './trpc';

export { appRouter, type AppRouter };
export { createContextInner, type Context, type ContextOptions } from './context';
export type { FieldIssue } from './errors';
export const createCaller = createCallerFactory(appRouter);

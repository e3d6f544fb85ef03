import { auditRouter } from './router/audit';
import { authRouter } from './router/auth';
import { maturityRouter } from './router/maturity';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  auth: authRouter,
  maturity: maturityRouter,
});

export type AppRouter = typeof appRouter;

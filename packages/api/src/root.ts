import { auditRouter } from './router/audit';
import { authRouter } from './router/auth';
import { maturityRouter } from './router/maturity';
import { usersRouter } from './router/users';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  auth: authRouter,
  maturity: maturityRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

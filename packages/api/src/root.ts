import { auditRouter } from './router/audit';
import { authRouter } from './router/auth';
import { capacityRouter } from './router/capacity';
import { maturityRouter } from './router/maturity';
import { reportRouter } from './router/report';
import { reviewRouter } from './router/review';
import { roundsRouter } from './router/rounds';
import { usersRouter } from './router/users';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  auth: authRouter,
  capacity: capacityRouter,
  maturity: maturityRouter,
  report: reportRouter,
  review: reviewRouter,
  rounds: roundsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

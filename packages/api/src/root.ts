import { auditRouter } from './router/audit';
import { authRouter } from './router/auth';
import { capacityRouter } from './router/capacity';
import { frameworkRouter } from './router/framework';
import { maturityRouter } from './router/maturity';
import { planningRouter } from './router/planning';
import { reportRouter } from './router/report';
import { reviewRouter } from './router/review';
import { roundsRouter } from './router/rounds';
import { usersRouter } from './router/users';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  auth: authRouter,
  capacity: capacityRouter,
  framework: frameworkRouter,
  maturity: maturityRouter,
  planning: planningRouter,
  report: reportRouter,
  review: reviewRouter,
  rounds: roundsRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

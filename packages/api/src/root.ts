import { aiRouter } from './router/ai';
import { auditRouter } from './router/audit';
import { authRouter } from './router/auth';
import { benefitsRouter } from './router/benefits';
import { calendarRouter } from './router/calendar';
import { capacityRouter } from './router/capacity';
import { factorsRouter } from './router/factors';
import { frameworkRouter } from './router/framework';
import { maturityRouter } from './router/maturity';
import { planRouter } from './router/plan';
import { planningRouter } from './router/planning';
import { reportRouter } from './router/report';
import { reviewRouter } from './router/review';
import { roundsRouter } from './router/rounds';
import { secondFactorRouter } from './router/second-factor';
import { usersRouter } from './router/users';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  ai: aiRouter,
  audit: auditRouter,
  auth: authRouter,
  benefits: benefitsRouter,
  calendar: calendarRouter,
  capacity: capacityRouter,
  factors: factorsRouter,
  framework: frameworkRouter,
  maturity: maturityRouter,
  plan: planRouter,
  planning: planningRouter,
  report: reportRouter,
  review: reviewRouter,
  rounds: roundsRouter,
  secondFactor: secondFactorRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

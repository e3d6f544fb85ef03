import { maturityRouter } from './router/maturity';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  maturity: maturityRouter,
});

export type AppRouter = typeof appRouter;

import type { TRPCRouterRecord } from '@trpc/server';
import { calendarDaySchema } from '@lagesbild/domain';
import { protectedProcedure } from '../trpc';

/** The organisation's day, for the dashboard's defaults (next year's plan, a need's start year). */
export const calendarRouter = {
  day: protectedProcedure.output(calendarDaySchema).query(({ ctx }) => ctx.calendarDay()),
} satisfies TRPCRouterRecord;

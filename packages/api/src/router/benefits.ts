import type { TRPCRouterRecord } from '@trpc/server';

/** Q4: benefits of investments, their measurements, realisation and the actions of servicenämnden and KS. */
export const benefitsRouter = {} satisfies TRPCRouterRecord;

import type { TRPCRouterRecord } from '@trpc/server';

/** Q5: critical factors (success factors and risks) with their score per round. */
export const factorsRouter = {} satisfies TRPCRouterRecord;

import type { TRPCRouterRecord } from '@trpc/server';

/** Q3: AI use cases, the within-reach rule and the city's AI and testing competence. */
export const aiRouter = {} satisfies TRPCRouterRecord;

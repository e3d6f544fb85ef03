import type { TRPCRouterRecord } from '@trpc/server';
import { listAudit } from '@lagesbild/db/repositories';
import { z } from 'zod';
import { protectedProcedure } from '../trpc';

const outcomeSchema = z.enum(['success', 'failure', 'denied']);

/** itd reads the audit log: who signed in, who was refused, what changed. */
export const auditRouter = {
  list: protectedProcedure
    .input(
      z.strictObject({
        action: z.string().min(1).max(200).optional(),
        outcome: outcomeSchema.optional(),
        actor: z.string().min(1).max(200).optional(),
        /** The previous page's nextCursor: entries older than it. */
        cursor: z.number().int().positive().optional(),
        /** Sent by tRPC's infinite queries; the log pages forward only. */
        direction: z.enum(['forward', 'backward']).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      }),
    )
    .output(
      z.object({
        entries: z.array(
          z.object({
            id: z.number().int(),
            at: z.iso.datetime({ offset: true }),
            actorLabel: z.string(),
            action: z.string(),
            outcome: outcomeSchema,
            entityType: z.string().nullable(),
            entityKey: z.string().nullable(),
            summary: z.record(z.string(), z.unknown()).nullable(),
            correlationId: z.string().nullable(),
            sourceAddress: z.string().nullable(),
          }),
        ),
        nextCursor: z.number().int().nullable(),
        actions: z.array(z.string()),
      }),
    )
    .query(({ ctx, input: { cursor, direction: _direction, ...filter } }) =>
      listAudit(ctx.db, ctx.organisationSlug, { ...filter, before: cursor }),
    ),
} satisfies TRPCRouterRecord;

import { initTRPC } from '@trpc/server';
import type { Context } from './context';
import { detailsOf, fieldIssuesOf, publicMessageOf, toTRPCError } from './errors';

const t = initTRPC.context<Context>().create({
  // The one error funnel: a fixed shape with a public message, field issues and no stack.
  errorFormatter({ shape, error, ctx }) {
    return {
      code: shape.code,
      message: publicMessageOf(error),
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path ?? null,
        fieldIssues: fieldIssuesOf(error),
        details: detailsOf(error),
        correlationId: ctx?.requestId ?? null,
      },
    };
  },
});

const errorFunnel = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
/** Every procedure starts here; sign-in and roles narrow it later. */
export const publicProcedure = t.procedure.use(errorFunnel);

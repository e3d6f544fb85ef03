import { initTRPC } from '@trpc/server';
import { UnauthenticatedError } from '@lagesbild/domain';
import { ACCESS } from './access';
import { guardAccess } from './access-guard';
import type { Context } from './context';
import { shapeApiError, toTRPCError } from './errors';
import { normaliseTextInput } from './text-input';

const t = initTRPC.context<Context>().create({
  // The one error funnel: a fixed shape with a public message, field issues and no stack.
  errorFormatter: ({ shape, error, ctx }) =>
    shapeApiError(error, { path: shape.data.path ?? null, correlationId: ctx?.requestId ?? null }),
});

const errorFunnel = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

/** Deny by default: the access table decides, for every call, whether this caller may make it. */
const accessGuard = t.middleware(async ({ ctx, path, next }) => {
  await guardAccess(ctx, path, ACCESS[path]);
  return next();
});

/**
 * Text as the rest of the code may assume it: NFC-normalised, and refused with a field issue when it
 * is no valid Unicode (a lone surrogate, NUL), before any schema or database sees it.
 */
const textInput = t.middleware(async ({ getRawInput, next }) => {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    // A body that is no input (a sign-out posts none): a procedure with input refuses it itself.
    return next();
  }
  const input = normaliseTextInput(raw);
  return next({ getRawInput: () => Promise.resolve(input) });
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
/**
 * Every procedure starts here: errors go through the funnel, every call through the access table, and
 * its input's text is checked and normalised.
 */
export const publicProcedure = t.procedure.use(errorFunnel).use(accessGuard).use(textInput);
/** For procedures the table limits to signed-in roles: `ctx.user` is known to be there. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new UnauthenticatedError();
  return next({ ctx: { user: ctx.user } });
});

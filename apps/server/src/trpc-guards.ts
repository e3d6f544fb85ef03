import { hashSessionToken } from '@lagesbild/api';
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CallBudget, costOf } from './call-budget';
import type { RecordRefusal, RefusalReason } from './refusal-log';
import { countCalls, resolveTrpcRoute, type TrpcRoute } from './trpc-route';

/** The dashboard's client batches at most this many calls (its httpBatchLink maxItems). */
export const MAX_BATCH_SIZE = 10;

export interface TrpcGuardOptions {
  cookieName: string;
  /** Sign-in calls per address and minute on one server; each call in a batch counts. */
  signInLimitPerMinute: number;
  /** Cost units per session (or address, signed out) and minute on one server; see call-budget.ts. */
  callBudgetPerMinute: number;
  /** Writes the refusal to the audit log (throttled, see refusal-log.ts). */
  recordRefusal?: RecordRefusal;
  now?: () => Date;
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

interface Refusal {
  status: number;
  code: TRPC_ERROR_CODE_KEY;
  /** Swedish, like the rest of what the service says; the dashboard shows its own catalogue text. */
  message: string;
  retryAfterSeconds?: number;
}

/**
 * A refusal in the shape the tRPC client reads (one envelope per call in a batch), so the dashboard
 * sees a typed code instead of a failed parse.
 */
function refuse(reply: FastifyReply, request: FastifyRequest, route: TrpcRoute, refusal: Refusal) {
  const { status, code, message, retryAfterSeconds } = refusal;
  if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
  reply.code(status).header('cache-control', 'no-store');
  if (route.kind !== 'trpc') return reply.send({ error: code, message, correlationId: request.id });
  const envelope = (path: string | null) => ({
    error: {
      code: TRPC_ERROR_CODES_BY_KEY[code],
      message,
      data: {
        code,
        httpStatus: status,
        path,
        fieldIssues: null,
        details: retryAfterSeconds === undefined ? null : { retryAfterSeconds },
        correlationId: request.id,
      },
    },
  });
  const batch = new URLSearchParams(request.url.split('?')[1] ?? '').get('batch') === '1';
  const paths = route.procedures.length > 0 ? route.procedures : [null];
  return reply.send(batch ? paths.map(envelope) : envelope(paths[0] ?? null));
}

/**
 * The guards in front of tRPC and the downloads. Each keys on the route as the router resolves it
 * (trpc-route.ts), never on the raw URL, so an encoded path meets the same guard as a plain one.
 */
export function registerTrpcGuards(app: FastifyInstance, options: TrpcGuardOptions) {
  const now = options.now ?? (() => new Date());
  const signIns = new CallBudget(options.signInLimitPerMinute, 60_000);
  const calls = new CallBudget(options.callBudgetPerMinute, 60_000);
  const record = (
    request: FastifyRequest,
    route: TrpcRoute,
    reason: RefusalReason,
    status: number,
  ) =>
    options.recordRefusal?.(request, {
      reason,
      status,
      procedures: route.kind === 'trpc' ? route.procedures : [request.routeOptions.url ?? ''],
    });

  app.addHook('onRequest', async (request, reply) => {
    const route = resolveTrpcRoute(request.url);
    if (route.kind === 'malformed') {
      return reply.code(400).send({ error: 'Malformed URL encoding' });
    }
    if (route.kind === 'trpc') {
      // CSRF: a browser sends Origin with every cross-site POST, and a form cannot send JSON. A
      // mutation must be JSON, and if it names an origin, it must be this server's own.
      if (request.method === 'POST') {
        const type = request.headers['content-type'] ?? '';
        if (!type.startsWith('application/json')) {
          await record(request, route, 'contentType', 415);
          return reply.code(415).send({ error: 'Mutations take application/json' });
        }
        const origin = request.headers.origin;
        if (origin !== undefined && !isSameOrigin(origin, request.headers.host)) {
          await record(request, route, 'crossSite', 403);
          return reply.code(403).send({ error: 'Cross-site request refused' });
        }
      }
      if (route.procedures.length > MAX_BATCH_SIZE) {
        await record(request, route, 'batchSize', 413);
        return refuse(reply, request, route, {
          status: 413,
          code: 'PAYLOAD_TOO_LARGE',
          message: `För många anrop i en begäran (högst ${MAX_BATCH_SIZE}).`,
        });
      }
      // Per address, per server: slows guessing across accounts. The per-account lock (5 failures
      // in 15 min) lives in the database, so it holds across servers.
      const attempts = countCalls(route, 'auth.signIn');
      if (attempts > 0) {
        const spent = signIns.spend(request.ip, attempts, now().getTime());
        if (!spent.ok) {
          await record(request, route, 'signInLimit', 429);
          return refuse(reply, request, route, {
            status: 429,
            code: 'TOO_MANY_REQUESTS',
            message: 'För många inloggningsförsök. Vänta en stund och försök sedan igen.',
            retryAfterSeconds: spent.retryAfterSeconds,
          });
        }
      }
    }
    const cost =
      route.kind === 'trpc'
        ? route.procedures.reduce((sum, procedure) => sum + costOf(procedure), 0)
        : request.routeOptions.url?.startsWith('/export/')
          ? costOf(request.routeOptions.url)
          : 0;
    if (cost === 0) return;
    const token = request.cookies[options.cookieName];
    const caller = token ? `session:${hashSessionToken(token)}` : `address:${request.ip}`;
    const spent = calls.spend(caller, cost, now().getTime());
    if (!spent.ok) {
      await record(request, route, 'callBudget', 429);
      return refuse(reply, request, route, {
        status: 429,
        code: 'TOO_MANY_REQUESTS',
        message: `För många anrop på kort tid. Vänta ${spent.retryAfterSeconds} sekunder och försök sedan igen.`,
        retryAfterSeconds: spent.retryAfterSeconds,
      });
    }
  });

  // API answers are per request and may hold data a shared cache must not keep.
  app.addHook('onSend', async (request, reply) => {
    if (resolveTrpcRoute(request.url).kind !== 'other' || request.routeOptions.url === '/healthz') {
      reply.header('cache-control', 'no-store');
    }
  });
}

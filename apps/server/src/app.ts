import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import {
  appRouter,
  createContext,
  isDatabaseUnavailable,
  type AppRouter,
  type SessionCookie,
} from '@lagesbild/api';
import { isStorageFailure, type DatabaseHandle } from '@lagesbild/db/client';
import { readMigrationState } from '@lagesbild/db/migrate';
import { recordHeartbeat } from '@lagesbild/db/repositories';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { Env } from './env';
import { createOidcClient } from './oidc/client';
import { registerOidcRoutes } from './oidc/routes';
import { readSessionCookie } from './session-cookie';
import { registerDownloadRoutes } from './downloads';
import { registerResponseCache } from './response-cache/plugin';
import { createRefusalLog } from './refusal-log';
import { clientOf } from './request-context';
import { MAX_BATCH_SIZE, registerTrpcGuards } from './trpc-guards';
import { resolveTrpcRoute } from './trpc-route';

export { MAX_BATCH_SIZE } from './trpc-guards';

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
].join(', ');

export interface AppOptions {
  env: Pick<Env, 'ORGANISATION' | 'WEB_DIST'> &
    Partial<
      Pick<
        Env,
        | 'SESSION_IDLE_MINUTES'
        | 'SESSION_ABSOLUTE_HOURS'
        | 'SECURE_COOKIES'
        | 'SIGN_IN_LIMIT_PER_MINUTE'
        | 'CALL_BUDGET_PER_MINUTE'
        | 'LOCAL_ACCOUNTS'
        | 'REQUIRE_SECOND_FACTOR_FOR'
        | 'oidc'
      >
    >;
  database: DatabaseHandle;
  /** pino instance for request logs; none in tests. */
  logger?: FastifyBaseLogger;
  /** The clock for sessions; tests move it. */
  now?: () => Date;
}

/** The HTTP host: tRPC at /trpc, health at /healthz, the built dashboard at /. No business rules here. */
export async function buildApp({ env, database, logger, now }: AppOptions) {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    routerOptions: { maxParamLength: 5000 },
    // A framework file of up to 2 MB of text travels JSON-encoded in a tRPC body (Fastify's default
    // is 1 MiB); escaping can double it.
    bodyLimit: 4 * 1024 * 1024,
    // Unique across servers, so a correlation id shown to a user finds one log line.
    genReqId: () => randomUUID(),
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // No 'unsafe-inline': React and the charts set styles through the DOM (element.style), which
        // style-src does not govern; the browser tests fail on any violation.
        styleSrc: ["'self'"],
        // The dashboard ships no fonts; helmet's default would allow any https: host.
        fontSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
  // helmet has no Permissions-Policy: the dashboard uses none of these, so no page may ask for them.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });

  // Whatever fails outside tRPC's error funnel: the log has the detail, the client only a reference.
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.send(error);
    request.log.error({ err: error, correlationId: request.id }, 'request failed');
    return reply.code(status).send({ error: 'Internal server error', correlationId: request.id });
  });

  await app.register(cookie);
  const secure = env.SECURE_COOKIES ?? false;
  const { name: cookieName, options: cookieOptions } = readSessionCookie(secure);
  const sessionPolicy = {
    idleMs: (env.SESSION_IDLE_MINUTES ?? 30) * 60_000,
    absoluteMs: (env.SESSION_ABSOLUTE_HOURS ?? 12) * 3600_000,
  };
  const secondFactorRequiredFor = env.REQUIRE_SECOND_FACTOR_FOR ?? [];

  // The OIDC routes take their per-address limits from here; the tRPC guards count per call.
  await app.register(rateLimit, { global: false });
  const recordRefusal = createRefusalLog({
    db: database.db,
    organisationSlug: env.ORGANISATION,
    now: now ?? (() => new Date()),
  });
  registerTrpcGuards(app, {
    cookieName,
    signInLimitPerMinute: env.SIGN_IN_LIMIT_PER_MINUTE ?? 20,
    callBudgetPerMinute: env.CALL_BUDGET_PER_MINUTE ?? 600,
    recordRefusal,
    now,
  });

  // After the no-store hook above, so the cached reads can say "keep, but ask again" instead.
  registerResponseCache(app, { database, cookieName, sessionPolicy, now, secondFactorRequiredFor });

  const oidc = env.oidc ? createOidcClient(env.oidc) : null;
  const signInMethods = { local: env.LOCAL_ACCOUNTS ?? !oidc, oidc: oidc !== null };
  if (oidc) {
    await registerOidcRoutes(app, {
      oidc,
      db: database.db,
      organisationSlug: env.ORGANISATION,
      secure,
      sessionPolicy,
      signInLimitPerMinute: env.SIGN_IN_LIMIT_PER_MINUTE ?? 20,
      now: now ?? (() => new Date()),
    });
  }

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // A batch is one request: cap it so one request cannot run unbounded work.
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ req, res }) => {
        const cookie: SessionCookie = {
          token: req.cookies[cookieName] ?? null,
          set: (token, maxAge) =>
            void res.setCookie(cookieName, token, { ...cookieOptions, maxAge }),
          clear: () => void res.clearCookie(cookieName, cookieOptions),
        };
        return createContext({
          db: database.db,
          organisationSlug: env.ORGANISATION,
          requestId: req.id,
          client: clientOf(req),
          cookie,
          sessionPolicy,
          now,
          signInMethods,
          secondFactorRequiredFor,
        });
      },
      onError({ error, path, req }) {
        // A call without a session (a failed sign-in is audited by the procedure itself).
        if (error.code === 'UNAUTHORIZED' && path !== 'auth.signIn') {
          void recordRefusal(req, {
            reason: 'unauthenticated',
            status: 401,
            procedures: path ? [path] : [],
          });
        }
        // The operator must act on a full or read-only database: the user only sees that saving fails.
        if (error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'SERVICE_UNAVAILABLE') {
          req.log.error(
            { err: error.cause ?? error, path, correlationId: req.id },
            'procedure failed',
          );
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await registerDownloadRoutes(app, {
    db: database.db,
    organisationSlug: env.ORGANISATION,
    cookieName,
    sessionPolicy,
    now,
    secondFactorRequiredFor,
    recordRefusal,
  });

  // A write, as a save is: a database that still answers reads while its disk is full or it is
  // read-only is not healthy, and a probe that only read would say it was.
  app.get('/healthz', async (request, reply) => {
    try {
      await recordHeartbeat(database.db, (now ?? (() => new Date()))());
      const migrations = await readMigrationState(database);
      return { status: 'ok', database: database.kind, migrations };
    } catch (err) {
      const reason = isStorageFailure(err)
        ? 'storage'
        : isDatabaseUnavailable(err)
          ? 'database'
          : null;
      if (!reason) throw err;
      request.log.error({ err }, `health check failed: ${reason}`);
      return reply.code(503).send({ status: 'unavailable', reason });
    }
  });

  if (existsSync(join(env.WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: env.WEB_DIST, wildcard: false });
    // Client-side routes (/enhet/..., /formaga/...) all load the dashboard's index.html.
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const api = resolveTrpcRoute(request.url).kind !== 'other';
      // A missing file (an old /assets/x.js after a rebuild) is a 404, never the page in its place.
      if (request.method !== 'GET' || api || /\.\w+$/.test(path)) {
        return reply.code(404).send({ error: 'Not found' });
      }
      return reply.sendFile('index.html');
    });
  } else {
    app.log.warn(`no built dashboard in ${env.WEB_DIST}: run pnpm build`);
  }

  return app;
}

import { createHash } from 'node:crypto';
import { applySecondFactorPolicy, hashSessionToken, mayReadShared } from '@lagesbild/api';
import type { Role } from '@lagesbild/domain';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { resolveSession, type SessionPolicy } from '@lagesbild/db/repositories';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { openChangeFeed } from './change-feed';
import { DataVersion } from './data-version';
import { ResponseStore } from './response-store';
import { resolveTrpcRoute } from '../trpc-route';
import { SessionCache } from './session-cache';

export interface ResponseCacheOptions {
  database: DatabaseHandle;
  cookieName: string;
  sessionPolicy: SessionPolicy;
  now?: () => Date;
  /** How long a resolved session is trusted by the cached reads without asking the database. */
  sessionTtlMs?: number;
  /** Roles that must enrol a second factor first: until then they read nothing from the cache. */
  secondFactorRequiredFor?: readonly Role[];
}

/** Browsers keep the answer but ask every time; a 304 then costs no body. */
const REVALIDATE = 'private, no-cache';

const pending = new WeakMap<FastifyRequest, { key: string; version: number }>();
const served = new WeakSet<FastifyRequest>();

const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * Serves the shared dashboard reads (see SHARED_READS) from their serialized answers, with an ETag so
 * a browser that has the answer gets a 304. Any write through the API empties the cache at once on this
 * server and, through the change feed, on every other server on the same database.
 */
export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions) {
  const now = options.now ?? (() => new Date());
  const version = new DataVersion();
  const store = new ResponseStore();
  const sessions = new SessionCache(options.sessionTtlMs ?? 30_000);
  version.onBump(() => {
    store.clear();
    sessions.clear();
  });
  const feed = openChangeFeed(options.database, version, app.log);
  app.addHook('onClose', () => feed.close());

  async function resolveUser(token: string) {
    const hash = hashSessionToken(token);
    const at = now();
    const known = sessions.get(hash, at.getTime());
    if (known) return known;
    const found = await resolveSession(options.database.db, hash, at, options.sessionPolicy);
    if (!found) return null;
    const user = await applySecondFactorPolicy(
      options.database.db,
      found,
      options.secondFactorRequiredFor ?? [],
    );
    sessions.set(hash, user, at.getTime());
    return user;
  }

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !feed.live) return;
    const route = resolveTrpcRoute(request.url);
    if (route.kind !== 'trpc') return;
    const paths = route.procedures;
    const token = request.cookies[options.cookieName];
    if (!token || paths.length === 0) return;
    // Trouble with the database here is not ours to report: the normal path answers it properly.
    const user = await resolveUser(token).catch(() => null);
    // Anything else (signed out, a role the table refuses) takes the normal path and its errors.
    if (!user || !mayReadShared(paths, user)) return;
    // One entry per call, however its path was spelled.
    const key = `${paths.join(',')}?${request.url.split('?')[1] ?? ''}`;
    const hit = store.get(key, version.current);
    if (!hit) {
      pending.set(request, { key, version: version.current });
      return;
    }
    served.add(request);
    reply.header('etag', hit.etag);
    if (request.headers['if-none-match'] === hit.etag) return reply.code(304).send();
    return reply.type('application/json').send(hit.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // Before the answer leaves: the write has committed, and a client that reads right after its own
    // write must not get the answer from before it.
    if (request.method === 'POST' && resolveTrpcRoute(request.url).kind === 'trpc') {
      version.bump();
      feed.announce();
      return payload;
    }
    if (served.has(request)) {
      reply.header('cache-control', REVALIDATE);
      return payload;
    }
    const miss = pending.get(request);
    // tRPC answers with a fetch Response; read it here to keep it (Fastify would stream it).
    if (!miss || !(payload instanceof Response) || payload.status !== 200) return payload;
    const body = await payload.text();
    for (const [name, value] of payload.headers) reply.header(name, value);
    const etag = etagOf(body);
    reply.header('etag', etag).header('cache-control', REVALIDATE);
    // A write that landed while this answer was computed makes it stale: do not keep it.
    if (feed.live && miss.version === version.current) {
      store.set(miss.key, { body: Buffer.from(body), etag, version: miss.version });
    }
    return body;
  });

  return { version };
}

import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '@lagesbild/db/client';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { DataVersion } from './data-version';

const CHANNEL = 'lagesbild_changes';
const MAX_RETRY_MS = 30_000;

/** Tells other servers on the same database that data changed, and hears them tell us. */
export interface ChangeFeed {
  /** False while the feed cannot be trusted (PostgreSQL listener down): serve nothing from cache. */
  readonly live: boolean;
  announce(): void;
  close(): Promise<void>;
}

/**
 * PGlite lives in one process, so there is nobody to tell. On PostgreSQL several servers may share the
 * database behind a load balancer: each LISTENs, and a write on one NOTIFYs the rest.
 */
export function openChangeFeed(
  database: DatabaseHandle,
  version: DataVersion,
  log?: FastifyBaseLogger,
): ChangeFeed {
  const pool = database.pool;
  if (!pool) return { live: true, announce: () => {}, close: async () => {} };

  const self = randomUUID();
  let client: pg.Client | null = null;
  let live = false;
  let closed = false;
  let retryMs = 1_000;
  let timer: NodeJS.Timeout | undefined;

  const lose = (err?: unknown) => {
    if (!live && client === null) return;
    live = false;
    client?.removeAllListeners();
    client?.end().catch(() => {});
    client = null;
    // Notifications may be missed while we are away: forget everything cached.
    version.bump();
    if (err) log?.warn({ err }, 'change feed lost; answers are not cached until it is back');
    schedule();
  };

  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => void connect(), retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const connect = async () => {
    const next = new pg.Client(pool.options);
    next.on('error', lose);
    next.on('end', () => lose());
    next.on('notification', (message) => {
      if (message.payload !== self) version.bump();
    });
    try {
      await next.connect();
      await next.query(`listen ${CHANNEL}`);
    } catch (err) {
      next.removeAllListeners();
      await next.end().catch(() => {});
      log?.warn({ err }, 'change feed could not connect');
      schedule();
      return;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    retryMs = 1_000;
    version.bump();
    live = true;
  };
  void connect();

  return {
    get live() {
      return live;
    },
    announce() {
      pool.query('select pg_notify($1, $2)', [CHANNEL, self]).catch(() => {});
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      live = false;
      const current = client;
      client = null;
      current?.removeAllListeners();
      await current?.end().catch(() => {});
    },
  };
}

import type { CalendarDay, Role, SessionUser } from '@lagesbild/domain';
import { isStorageFailure, type Database } from '@lagesbild/db/client';
import {
  findOrganisationToday,
  resolveSession,
  type AuditClient,
  type SessionPolicy,
} from '@lagesbild/db/repositories';
import { TRPCError } from '@trpc/server';
import { applySecondFactorPolicy } from './auth/second-factor-policy';
import { hashSessionToken } from './auth/session-token';
import { isDatabaseUnavailable, storageUnavailable } from './errors';

/** How procedures set and clear the session cookie without knowing the HTTP framework. */
export interface SessionCookie {
  /** The token from the request's cookie, if any. */
  token: string | null;
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

export interface ContextOptions {
  db: Database;
  /** The municipality this server answers for. */
  organisationSlug: string;
  /** The HTTP request's id: clients see it with an internal error, the server log has the detail. */
  requestId?: string;
  /** The signed-in user, resolved from the session cookie; null when nobody is signed in. */
  user?: SessionUser | null;
  /** The request's source address and user agent, for the audit log. */
  client?: AuditClient | null;
  cookie?: SessionCookie;
  sessionPolicy?: SessionPolicy;
  /**
   * The clock, the only one: sessions, audit entries and stored timestamps read it, and so does the
   * organisation's day (`calendarDay`). Tests pin it and move it.
   */
  now?: () => Date;
  /** Which ways to sign in this server offers; local accounts only when not given. */
  signInMethods?: SignInMethods;
  /** Roles whose local accounts must enrol a second factor before anything else (none when not given). */
  secondFactorRequiredFor?: readonly Role[];
}

export interface SignInMethods {
  /** E-mail and password. */
  local: boolean;
  /** The municipality's identity provider through OpenID Connect. */
  oidc: boolean;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 3600_000,
};

const noCookie: SessionCookie = { token: null, set: () => {}, clear: () => {} };

/** The context every procedure gets; tests build it directly and call the router with createCaller. */
export function createContextInner(opts: ContextOptions) {
  const now = opts.now ?? (() => new Date());
  let today: Promise<CalendarDay> | null = null;
  return {
    db: opts.db,
    organisationSlug: opts.organisationSlug,
    requestId: opts.requestId ?? null,
    user: opts.user ?? null,
    client: opts.client ?? null,
    cookie: opts.cookie ?? noCookie,
    sessionPolicy: opts.sessionPolicy ?? DEFAULT_SESSION_POLICY,
    now,
    /**
     * The organisation's day, once per request: today in Stockholm, or the fixed "as of" date of an
     * organisation read as of one (the demo city). Every date-dependent figure is computed for it.
     */
    calendarDay: () => (today ??= findOrganisationToday(opts.db, opts.organisationSlug, now())),
    signInMethods: opts.signInMethods ?? { local: true, oidc: false },
    secondFactorRequiredFor: opts.secondFactorRequiredFor ?? [],
  };
}

/** The HTTP host's context: the session cookie resolved to a user (renewing its idle timer). */
export async function createContext(opts: Omit<ContextOptions, 'user'>) {
  const inner = createContextInner(opts);
  const token = inner.cookie.token;
  if (!token) return inner;
  const user = await resolveSession(
    inner.db,
    hashSessionToken(token),
    inner.now(),
    inner.sessionPolicy,
  ).catch((err: unknown) => {
    // Outside the procedures' error funnel: say "try again", never leak the driver's message.
    if (isStorageFailure(err)) throw storageUnavailable(err);
    if (isDatabaseUnavailable(err)) {
      throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'databaseUnavailable' });
    }
    throw err;
  });
  if (!user) inner.cookie.clear();
  return {
    ...inner,
    user: user && (await applySecondFactorPolicy(inner.db, user, inner.secondFactorRequiredFor)),
  };
}

export type Context = ReturnType<typeof createContextInner>;

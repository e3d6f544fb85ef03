import { createHash, randomBytes } from 'node:crypto';
import { safeReturnPath } from '@lagesbild/domain/return-path';
import type { Database } from '@lagesbild/db/client';
import { saveOidcLogin, takeOidcLogin, type SessionPolicy } from '@lagesbild/db/repositories';
import type { FastifyInstance, FastifyReply } from 'fastify';
import * as client from 'openid-client';
import { readOidcBindingCookie, readSessionCookie } from '../session-cookie';
import { mapClaims } from './claims';
import type { OidcClient } from './client';
import {
  auditOidcFailure,
  completeOidcSignIn,
  type SignInAttempt,
  type SignInErrorCode,
} from './complete-sign-in';
import { clientOf } from '../request-context';

export interface OidcRouteOptions {
  oidc: OidcClient;
  db: Database;
  organisationSlug: string;
  secure: boolean;
  sessionPolicy: SessionPolicy;
  signInLimitPerMinute: number;
  now: () => Date;
}

/** The binding cookie lives as long as the stored sign-in may be used. */
const BINDING_MAX_AGE_S = 10 * 60;

function hashBinding(binding: string): string {
  return createHash('sha256').update(binding).digest('base64url');
}

function redirectToSignInError(reply: FastifyReply, code: SignInErrorCode) {
  return reply.redirect(`/logga-in?fel=${code}`, 302);
}

/**
 * GET /auth/oidc/start and /auth/oidc/callback: the authorization code flow with PKCE, state and
 * nonce, kept server-side and bound to the browser by a short-lived cookie. Tokens are checked and
 * dropped; only subject, name, e-mail, role and unit are kept.
 */
export async function registerOidcRoutes(app: FastifyInstance, opts: OidcRouteOptions) {
  const { oidc, db } = opts;
  const binding = readOidcBindingCookie(opts.secure);
  const session = readSessionCookie(opts.secure);
  const rateLimit = { max: opts.signInLimitPerMinute, timeWindow: '1 minute' };

  app.get<{ Querystring: { till?: string } }>(
    '/auth/oidc/start',
    { config: { rateLimit } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      let configuration: client.Configuration;
      try {
        configuration = await oidc.readConfiguration();
      } catch (err) {
        request.log.error({ err }, 'OpenID Connect discovery failed');
        return redirectToSignInError(reply, 'oidc');
      }
      const till = typeof request.query.till === 'string' ? request.query.till : undefined;
      const bindingId = randomBytes(32).toString('base64url');
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await saveOidcLogin(
        db,
        {
          bindingHash: hashBinding(bindingId),
          codeVerifier,
          state,
          nonce,
          returnPath: safeReturnPath(till) ?? '/',
        },
        opts.now(),
      );
      reply.setCookie(binding.name, bindingId, { ...binding.options, maxAge: BINDING_MAX_AGE_S });
      const target = client.buildAuthorizationUrl(configuration, {
        redirect_uri: oidc.settings.redirectUrl.href,
        scope: oidc.settings.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return reply.redirect(target.href, 302);
    },
  );

  app.get('/auth/oidc/callback', { config: { rateLimit } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const attempt: SignInAttempt = {
      db,
      organisationSlug: opts.organisationSlug,
      requestId: request.id,
      client: clientOf(request),
      now: opts.now(),
    };
    const fail = async (code: SignInErrorCode, reason: string) => {
      await auditOidcFailure(attempt, reason);
      return redirectToSignInError(reply, code);
    };
    const bindingId = request.cookies[binding.name];
    // Single use: whatever happens next, this browser has to start over.
    reply.clearCookie(binding.name, binding.options);
    if (!bindingId) return fail('oidc', 'no binding cookie');
    const login = await takeOidcLogin(db, hashBinding(bindingId), attempt.now);
    if (!login) return fail('oidc', 'unknown, used or expired sign-in');

    let claims: Record<string, unknown>;
    try {
      const configuration = await oidc.readConfiguration();
      // The registered callback with this request's query: behind a proxy request.url has no host.
      const currentUrl = new URL(oidc.settings.redirectUrl);
      currentUrl.search = new URL(request.url, 'http://callback.invalid').search;
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      claims = { ...tokens.claims() };
    } catch (err) {
      // The library's error code and message name the failed check; they never hold a token.
      const code = (err as { code?: unknown }).code;
      request.log.warn({ code, message: (err as Error).message }, 'OpenID Connect sign-in refused');
      return fail('oidc', typeof code === 'string' ? code : 'token check failed');
    }

    const mapped = mapClaims(claims, oidc.settings);
    if ('refused' in mapped) return fail('behorighet', mapped.refused);
    const result = await completeOidcSignIn(attempt, {
      issuer: String(claims.iss),
      claims: mapped,
      previousToken: request.cookies[session.name] ?? null,
      policy: opts.sessionPolicy,
    });
    if ('error' in result) return redirectToSignInError(reply, result.error);
    reply.setCookie(session.name, result.token, {
      ...session.options,
      maxAge: Math.floor(opts.sessionPolicy.absoluteMs / 1000),
    });
    return reply.redirect(login.returnPath, 302);
  });
}

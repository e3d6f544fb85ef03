import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { readEnv } from '../env';

let database: DatabaseHandle;
let discovery: Server;
let issuer: string;
const apps: Awaited<ReturnType<typeof buildApp>>[] = [];

// Only discovery is needed to start a sign-in; the browser tests run a whole provider.
beforeAll(async () => {
  database = await openTestDatabase();
  discovery = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      }),
    );
  });
  await new Promise<void>((resolve) => discovery.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(discovery.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const app of apps) await app.close();
  discovery.close();
  await database.close();
});

async function start(secure = false) {
  const env = readEnv({
    WEB_DIST: '/nonexistent',
    SECURE_COOKIES: String(secure),
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'lagesbild',
    OIDC_CLIENT_SECRET: 'hemligt',
    OIDC_REDIRECT_URL: 'http://localhost:3000/auth/oidc/callback',
  });
  const app = await buildApp({ env, database });
  apps.push(app);
  return app;
}

describe('GET /auth/oidc/start', () => {
  it('sends the browser to the provider with PKCE, state and nonce, bound by a short cookie', async () => {
    const app = await start();
    const res = await app.inject({ url: '/auth/oidc/start?till=/enhet/miljoforvaltningen' });
    expect(res.statusCode).toBe(302);
    const target = new URL(res.headers.location as string);
    expect(target.origin + target.pathname).toBe(`${issuer}/authorize`);
    expect(Object.fromEntries(target.searchParams)).toMatchObject({
      client_id: 'lagesbild',
      response_type: 'code',
      redirect_uri: 'http://localhost:3000/auth/oidc/callback',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^lagesbild-oidc=[\w-]{43};/);
    expect(cookie).toContain('Max-Age=600');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    // The verifier stays on the server; the browser only ever sees its challenge.
    const rows = (await database.db.execute(
      sql`select return_path, state from oidc_logins order by created_at desc limit 1`,
    )) as unknown as { rows: { return_path: string; state: string }[] };
    expect(rows.rows[0]).toEqual({
      return_path: '/enhet/miljoforvaltningen',
      state: target.searchParams.get('state'),
    });
  });

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'enhet'])(
    'returns to / instead of %s',
    async (till) => {
      const app = await start();
      await app.inject({ url: `/auth/oidc/start?till=${encodeURIComponent(till)}` });
      const rows = (await database.db.execute(
        sql`select return_path from oidc_logins order by created_at desc limit 1`,
      )) as unknown as { rows: { return_path: string }[] };
      expect(rows.rows[0]?.return_path).toBe('/');
    },
  );

  it('behind https the cookie is Secure with the __Host- prefix', async () => {
    const app = await start(true);
    const res = await app.inject({ url: '/auth/oidc/start' });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-lagesbild-oidc=/);
    expect(cookie).toContain('Secure');
  });
});

describe('GET /auth/oidc/callback', () => {
  it('without the binding cookie: back to sign-in with an error, no session, audited', async () => {
    const app = await start();
    const res = await app.inject({ url: '/auth/oidc/callback?code=abc&state=xyz' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/logga-in?fel=oidc');
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('lagesbild-session=');
    const rows = (await database.db.execute(
      sql`select action, outcome, summary from audit_log order by id desc limit 1`,
    )) as unknown as { rows: Record<string, unknown>[] };
    expect(rows.rows[0]).toEqual({
      action: 'auth.signIn',
      outcome: 'failure',
      summary: { method: 'oidc', reason: 'no binding cookie' },
    });
  });

  it('with a cookie the server does not know: refused the same way', async () => {
    const app = await start();
    const res = await app.inject({
      url: '/auth/oidc/callback?code=abc&state=xyz',
      cookies: { 'lagesbild-oidc': 'made-up' },
    });
    expect(res.headers.location).toBe('/logga-in?fel=oidc');
  });
});

describe('sign-in methods over HTTP', () => {
  it('with an issuer, auth.methods offers only the provider', async () => {
    const app = await start();
    const res = await app.inject({ url: '/trpc/auth.methods' });
    expect(res.json()).toEqual({ result: { data: { local: false, oidc: true } } });
  });
});

import { describe, expect, it } from 'vitest';
import { serversOnOneDatabase } from './testing/servers';

const servers = serversOnOneDatabase();

function start(secure: boolean, signInLimit = 20) {
  return servers.start({ SECURE_COOKIES: secure, SIGN_IN_LIMIT_PER_MINUTE: signInLimit });
}

const credentials = { email: 'ks@demo.lagesbild.se', password: 'lagesbild-demo' };

async function signIn(base: string, body: unknown = credentials) {
  return fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function me(base: string, cookie: string | null) {
  const res = await fetch(`${base}/trpc/auth.me`, { headers: cookie ? { cookie } : {} });
  return ((await res.json()) as { result: { data: unknown } }).result.data;
}

describe('sign-in over HTTP', () => {
  it('sets an HttpOnly, SameSite session cookie that signs the browser in, and sign-out ends it', async () => {
    const base = await start(false);
    const res = await signIn(base);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^lagesbild-session=[\w-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    const cookie = setCookie.split(';')[0]!;
    expect(await me(base, cookie)).toMatchObject({ role: 'viewer', name: 'Kim Ledamot (KS)' });

    const out = await fetch(`${base}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/lagesbild-session=;/);
    expect(await me(base, cookie)).toBeNull();
  });

  it('refuses a cross-site form post or foreign origin carrying the cookie, and changes nothing', async () => {
    const base = await start(false);
    const cookie = (await signIn(base)).headers.get('set-cookie')!.split(';')[0]!;
    for (const headers of <Record<string, string>[]>[
      { cookie, 'content-type': 'text/plain' },
      { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      { cookie, 'content-type': 'multipart/form-data; boundary=x' },
      { cookie, 'content-type': 'application/json', origin: 'https://evil.example' },
    ]) {
      const res = await fetch(`${base}/trpc/auth.signOut`, { method: 'POST', headers, body: '{}' });
      expect([403, 415]).toContain(res.status);
    }
    expect(await me(base, cookie)).toMatchObject({ role: 'viewer' });
    const own = await fetch(`${base}/trpc/auth.signOut`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: base },
    });
    expect(own.status).toBe(200);
    expect(await me(base, cookie)).toBeNull();
  });

  it('a wrong password is a 401 with no cookie', async () => {
    const base = await start(false);
    const res = await signIn(base, { ...credentials, password: 'fel' });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('limits sign-in attempts per address with a 429, and leaves other calls alone', async () => {
    const base = await start(false, 3);
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await signIn(base, { ...credentials, password: `fel${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/trpc/auth.me`)).status).toBe(200);
  });

  it('behind https the cookie is Secure with the __Host- prefix', async () => {
    const base = await start(true);
    const setCookie = (await signIn(base)).headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^__Host-lagesbild-session=/);
    expect(setCookie).toContain('Secure');
  });
});

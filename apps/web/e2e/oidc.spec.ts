import { test as base, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, DEMO_PASSWORD, expect, expectNoAxeViolations } from './fixtures';
import { CLIENT, findFreePort, startIdentityProvider, type IdentityProvider } from './oidc-idp';
import { startServer } from './server';

interface OidcWorld {
  baseURL: string;
  idp: IdentityProvider;
}

/**
 * Its own Lägesbild server (fresh database, local accounts off by default) signing in through a real
 * OpenID Connect provider that the test process runs.
 */
const test = base.extend<{ idp: IdentityProvider }, { world: OidcWorld }>({
  world: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      // The callback is registered at the provider before Lägesbild starts, so its port is chosen here.
      const port = await findFreePort();
      const baseURL = `http://localhost:${port}`;
      const idp = await startIdentityProvider(`${baseURL}/auth/oidc/callback`);
      const server = await startServer({
        PORT: String(port),
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: CLIENT.id,
        OIDC_CLIENT_SECRET: CLIENT.secret,
        OIDC_REDIRECT_URL: `${baseURL}/auth/oidc/callback`,
        LOCAL_ACCOUNTS: '',
      });
      await provide({ baseURL: server.baseURL, idp });
      await server.stop();
      await idp.stop();
    },
    // Started once it says it is ready, however long a busy machine takes: no fixed limit.
    { scope: 'worker', timeout: 0 },
  ],
  baseURL: async ({ world }, provide) => provide(world.baseURL),
  idp: async ({ world }, provide) => {
    world.idp.setTamper('none');
    await provide(world.idp);
    world.idp.setTamper('none');
  },
});

// One provider and one server for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

const OIDC_BUTTON = 'Logga in med kommunens konto';
const ERROR_TEXT = {
  oidc: 'Inloggningen med kommunens konto kunde inte slutföras. Försök igen.',
  behorighet:
    'Ditt konto har ingen behörighet till Lägesbild. Kontakta den som ansvarar för behörigheter i kommunen.',
};

/** Fills the provider's dev login and consent pages; the login picks the account. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('valfritt');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/**
 * Signs in up to the provider's consent, then gives consent with the browser context's own HTTP client
 * (same cookies) and follows the redirects by hand, stopping before the callback: its URL is returned
 * unused. Route interception cannot do this, as it never sees the redirects of a navigation.
 */
async function holdCallback(page: Page, login: string): Promise<string> {
  await page.goto('/logga-in');
  await page.getByRole('link', { name: OIDC_BUTTON }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('valfritt');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  const consent = page.locator('form', { has: page.getByRole('button', { name: 'Continue' }) });
  let next = new URL((await consent.getAttribute('action'))!, page.url()).href;
  const request = page.context().request;
  let response = await request.post(next, { form: { prompt: 'consent' }, maxRedirects: 0 });
  for (let hop = 0; hop < 5; hop++) {
    expect(response.status(), `the provider answered ${next} with`).toBeGreaterThanOrEqual(300);
    next = new URL(response.headers()['location']!, next).href;
    if (new URL(next).pathname === '/auth/oidc/callback') return next;
    response = await request.get(next, { maxRedirects: 0 });
  }
  throw new Error('the provider never redirected to the callback');
}

async function readMe(page: Page): Promise<unknown> {
  const response = await page.request.get('/trpc/auth.me');
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}

async function expectRefused(page: Page, code: keyof typeof ERROR_TEXT) {
  await expect(page).toHaveURL(new RegExp(`/logga-in\\?fel=${code}$`));
  await expect(page.getByRole('alert')).toHaveText(ERROR_TEXT[code]);
  expect(await readMe(page)).toBeNull();
}

async function freshPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, locale: 'sv-SE' });
  return { context, page: await context.newPage() };
}

test.describe('Signing in through the identity provider', () => {
  const people = [
    { login: 'idp-itd', name: 'Ines IdP (ITD)', role: 'ITD' },
    { login: 'idp-viewer', name: 'Vera IdP (läsare)', role: 'Läsare' },
  ];
  for (const { login, name, role } of people) {
    test(`${login} lands back where it started with name and role in the header`, async ({
      page,
    }) => {
      await page.goto('/formaga/informationsklassning');
      await expect(page).toHaveURL(/\/logga-in\?till=/);
      await page.getByRole('link', { name: OIDC_BUTTON }).click();
      await signInAtProvider(page, login);

      await expect(page).toHaveURL(/\/formaga\/informationsklassning$/);
      const header = page.getByRole('banner');
      await expect(header.locator('.user-name')).toHaveText(name);
      await expect(header.locator('.user-role')).toHaveText(role);
    });
  }

  test('a reporter of Miljöförvaltningen opens its unit', async ({ page }) => {
    await page.goto('/enhet/miljoforvaltningen');
    await page.getByRole('link', { name: OIDC_BUTTON }).click();
    await signInAtProvider(page, 'idp-reporter');

    await expect(page).toHaveURL(/\/enhet\/miljoforvaltningen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Miljöförvaltningen');
    const header = page.getByRole('banner');
    await expect(header.locator('.user-name')).toHaveText('Rune IdP (rapportör)');
    await expect(header.locator('.user-role')).toHaveText('Rapportör för Miljöförvaltningen');
  });

  test('an ID token signed again with the same key but unchanged is still accepted', async ({
    page,
    idp,
  }) => {
    idp.setTamper('resign');
    await page.goto('/logga-in');
    await page.getByRole('link', { name: OIDC_BUTTON }).click();
    await signInAtProvider(page, 'idp-viewer');
    await expect(page).toHaveURL(/\/$/);
    expect(await readMe(page)).toMatchObject({ role: 'viewer' });
  });

  test('the sign-in page offers only the provider, and passes axe with an error shown', async ({
    page,
  }) => {
    await page.goto('/logga-in?fel=oidc');
    await expect(page.getByRole('link', { name: OIDC_BUTTON })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText(ERROR_TEXT.oidc);
    await expect(page.getByLabel('E-postadress')).toHaveCount(0);
    await expect(page.getByLabel('Lösenord')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a local account cannot sign in, even straight against the API', async ({ page }) => {
    const response = await page.request.post('/trpc/auth.signIn', {
      data: { email: ACCOUNTS.itd.email, password: DEMO_PASSWORD },
    });
    expect(response.status()).toBe(403);
    expect(response.headers()['set-cookie'] ?? '').not.toContain('lagesbild-session');
    expect(await readMe(page)).toBeNull();
  });

  test('people without a role Lägesbild knows are refused with the access message', async ({
    page,
  }) => {
    for (const login of ['idp-no-role', 'idp-unmapped']) {
      // A fresh sign-in at the provider each time, not its remembered one.
      await page.context().clearCookies();
      await page.goto('/logga-in');
      await page.getByRole('link', { name: OIDC_BUTTON }).click();
      await signInAtProvider(page, login);
      await expectRefused(page, 'behorighet');
    }
  });
});

test.describe('Refused callbacks', () => {
  test('a changed state is refused, and the sign-in cannot be finished afterwards', async ({
    page,
  }) => {
    const callback = new URL(await holdCallback(page, 'idp-itd'));
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'en-annan-state');
    await page.goto(tampered.href);
    await expectRefused(page, 'oidc');
    // Single use: the untouched callback no longer works either.
    await page.goto(callback.href);
    await expectRefused(page, 'oidc');
  });

  test('a code is used once: a replayed callback and the old code with a new state are refused', async ({
    page,
    browser,
    baseURL,
  }) => {
    let callback = '';
    page.on('request', (request) => {
      if (request.url().includes('/auth/oidc/callback?')) callback = request.url();
    });
    await page.goto('/logga-in');
    await page.getByRole('link', { name: OIDC_BUTTON }).click();
    await signInAtProvider(page, 'idp-itd');
    await expect(page).toHaveURL(/\/$/);
    expect(callback).toContain('code=');

    // The same callback in another browser (no binding cookie) and in this one (cookie used up).
    const other = await freshPage(browser, baseURL!);
    await other.page.goto(callback);
    await expectRefused(other.page, 'oidc');
    await page.goto(callback);
    await expect(page).toHaveURL(/\/logga-in\?fel=oidc$/);

    // The old code under a freshly started sign-in's state and cookie: the provider has spent it.
    const start = await other.context.request.get('/auth/oidc/start', { maxRedirects: 0 });
    expect(start.status()).toBe(302);
    const freshState = new URL(start.headers()['location']!).searchParams.get('state')!;
    const replay = new URL(callback);
    replay.searchParams.set('state', freshState);
    await other.page.goto(replay.href);
    await expectRefused(other.page, 'oidc');
    await other.context.close();
  });

  for (const tamper of ['nonce', 'iss', 'aud'] as const) {
    test(`an ID token with a changed ${tamper}, validly signed, is refused`, async ({
      page,
      idp,
    }) => {
      idp.setTamper(tamper);
      await page.goto('/logga-in');
      await page.getByRole('link', { name: OIDC_BUTTON }).click();
      await signInAtProvider(page, 'idp-itd');
      await expectRefused(page, 'oidc');
    });
  }
});

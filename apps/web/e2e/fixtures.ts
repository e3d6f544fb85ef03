import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { CapabilityData, OverviewData, UnitData } from '../src/api-types';

export { expect };

/** The demo accounts the seed creates (see the README); all share one public demo password. */
export const DEMO_PASSWORD = 'lagesbild-demo';
export const ACCOUNTS = {
  itd: { email: 'itd@demo.lagesbild.se', name: 'Ida Ledning (ITD)', unitSlug: null },
  viewer: { email: 'ks@demo.lagesbild.se', name: 'Kim Ledamot (KS)', unitSlug: null },
  reporter: {
    email: 'miljoforvaltningen@demo.lagesbild.se',
    name: 'Rapportör, Miljöförvaltningen',
    unitSlug: 'miljoforvaltningen',
  },
  // Not started in the current round: specs that change a report of their own sign in as this unit.
  // Not started in the current round, and only keyboard-round.spec.ts sends its report.
  reporterGrundskola: {
    email: 'grundskoleforvaltningen@demo.lagesbild.se',
    name: 'Rapportör, Grundskoleförvaltningen',
    unitSlug: 'grundskoleforvaltningen',
  },
  reporterKultur: {
    email: 'kulturforvaltningen@demo.lagesbild.se',
    name: 'Rapportör, Kulturförvaltningen',
    unitSlug: 'kulturforvaltningen',
  },
  // A draft in the current round that no other spec writes to: spreadsheet.spec.ts imports into it.
  reporterStadsbyggnad: {
    email: 'stadsbyggnadskontoret@demo.lagesbild.se',
    name: 'Rapportör, Stadsbyggnadskontoret',
    unitSlug: 'stadsbyggnadskontoret',
  },
} as const;
export type Account = keyof typeof ACCOUNTS;

/** Signs a request context in; a page's `page.request` shares its cookies with the page. */
export async function signIn(request: APIRequestContext, account: Account) {
  const response = await request.post('/trpc/auth.signIn', {
    data: { email: ACCOUNTS[account].email, password: DEMO_PASSWORD },
  });
  expect(response.ok(), `signing in as ${account} answered ${response.status()}`).toBe(true);
}

export const test = base.extend<{ signedInAs: Account | null }>({
  // global-setup starts the server on a free port and leaves its address here.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, provide) => {
    const url = process.env.BASE_URL;
    if (!url) throw new Error('BASE_URL is not set: did global-setup run?');
    await provide(url);
  },
  /** Who the page is signed in as before the test starts; `test.use({ signedInAs: null })` for nobody. */
  signedInAs: ['itd', { option: true }],
  page: async ({ page, signedInAs }, provide) => {
    // The server's CSP has no 'unsafe-inline': any page that needs it shows up here as a violation.
    const violations: string[] = [];
    await page.exposeFunction('reportCspViolation', (text: string) => void violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void })
          .reportCspViolation;
        void report(
          `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        violations.push(message.text());
      }
    });
    if (signedInAs) await signIn(page.request, signedInAs);
    await provide(page);
    expect(violations, 'CSP violations on the pages this test visited').toEqual([]);
  },
  // The API helpers below read what the dashboard shows, so they always ask as ITD.
  request: async ({ request }, provide) => {
    await signIn(request, 'itd');
    await provide(request);
  },
});

async function query<T>(request: APIRequestContext, path: string, input: object): Promise<T> {
  const response = await request.get(
    `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  const body = (await response.json()) as { result: { data: T } };
  return body.result.data;
}

/** The same data the dashboard shows, straight from the API. */
export const api = {
  overview: (
    request: APIRequestContext,
    input: { round?: string; basis?: 'self' | 'validated' | 'effective' } = {},
  ) => query<OverviewData>(request, 'maturity.overview', input),
  capability: (request: APIRequestContext, input: { code: string; round?: string }) =>
    query<CapabilityData>(request, 'maturity.capability', input),
  unit: (request: APIRequestContext, input: { slug: string; round?: string }) =>
    query<UnitData>(request, 'maturity.unit', input),
};

const swedishLevel = new Intl.NumberFormat('sv-SE', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 2,
});

/** A level as the Swedish dashboard writes it: 2,5. */
export function sv(value: number | null | undefined): string {
  return value == null ? '–' : swedishLevel.format(value);
}

/**
 * A viewer of one test only, created by the page's signed-in ITD account: a spec that changes a
 * person's password or second factor then never signs another spec out.
 */
export async function createLocalViewer(page: Page, prefix: string, password: string) {
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.se`;
  const name = `Läsare ${email.slice(prefix.length + 1, prefix.length + 14)}`;
  const response = await page.request.post('/trpc/users.create', {
    data: { email, name, role: 'viewer', unitSlug: null, password },
  });
  expect(response.ok(), `users.create answered ${response.status()}`).toBe(true);
  return { email, name };
}

/** Waits until the page has its data: no loading status left and the heading in place. */
export async function waitForPage(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** Opens every "Visa tabell" disclosure, so axe and the assertions see the tables too. */
export async function openAllTables(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Waits for every lazily loaded chart on the page to draw its SVG. */
export async function waitForCharts(page: Page) {
  const charts = page.locator('.chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++)
    await expect(charts.nth(i).locator('svg[role="img"]')).toBeVisible();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
  expect(summary).toEqual([]);
}

/** Presses Tab until the focused element is the given link; only the keyboard moves focus. */
export async function tabTo(page: Page, name: string, maxPresses = 400) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === name) return;
  }
  throw new Error(`"${name}" was not reached with ${maxPresses} presses of Tab`);
}

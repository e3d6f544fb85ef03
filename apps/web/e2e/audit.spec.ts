import type { Locator, Page } from '@playwright/test';
import {
  ACCOUNTS,
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  signIn,
  test,
  waitForPage,
} from './fixtures';

// In file order on one worker: the test that adds many rows must not push another test's rows off
// the first page while it looks for them.
test.describe.configure({ mode: 'default' });

const FORBIDDEN = 'Du har inte behörighet att se granskningsloggen.';

function rows(page: Page): Locator {
  return page.getByRole('table', { name: /senaste först/ }).locator('tbody tr');
}

/** A sign-in with a wrong password for an address no account has; the log keeps the address. */
async function failSignIn(page: Page, email: string) {
  const response = await page.request.post('/trpc/auth.signIn', {
    data: { email, password: `${DEMO_PASSWORD}-fel` },
  });
  expect(response.status()).toBe(401);
}

test.describe('Audit log as ITD', () => {
  test('lists this test’s sign-in and a failed one, and the filters find them', async ({
    page,
  }) => {
    const started = Date.now() - 1000;
    const email = `granskning-${started}-${Math.random().toString(36).slice(2, 8)}@example.se`;
    await failSignIn(page, email);

    await page.goto('/');
    await waitForPage(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Granskningslogg' }).click();
    await expect(page).toHaveURL(/\/granskningslogg$/);
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Granskningslogg');
    await expect(nav.getByRole('link', { name: 'Granskningslogg' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    // The fixture signed this page in as ITD just now: a fresh, successful sign-in with the name.
    const ownSignIns = rows(page)
      .filter({ hasText: ACCOUNTS.itd.name })
      .filter({ hasText: 'Inloggning' })
      .filter({ has: page.getByText('Lyckades', { exact: true }) });
    await expect(ownSignIns.first()).toBeVisible();
    const times = await ownSignIns
      .locator('time')
      .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
    expect(Math.max(...times)).toBeGreaterThanOrEqual(started);
    await expect(ownSignIns.first().locator('.correlation-id')).toHaveText(/^[0-9a-f-]{36}$/);

    const failed = rows(page).filter({ hasText: email });
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('Misslyckades');
    await expect(failed).toContainText('Okänt konto');
    await expectNoAxeViolations(page);

    // Outcome: only failures, the ITD sign-in is gone and the failed one is there.
    await page.getByRole('combobox', { name: 'Utfall' }).selectOption({ label: 'Misslyckades' });
    await expect(page).toHaveURL(/utfall=failure/);
    await expect(page.getByRole('table')).toHaveAccessibleName(/matchar filtret/);
    await expect(rows(page).filter({ hasText: email })).toHaveCount(1);
    // Retried: the earlier rows stay on screen (marked busy) until the filtered ones arrive.
    await expect(
      rows(page).filter({ has: page.getByText('Lyckades', { exact: true }) }),
    ).toHaveCount(0);

    // Who, from the keyboard: type and press Enter; the URL keeps it for sharing.
    await page.getByRole('combobox', { name: 'Utfall' }).selectOption({ label: 'Alla' });
    await expect(page).not.toHaveURL(/utfall=/);
    const who = page.getByRole('searchbox', { name: 'Vem' });
    await who.fill(email.toUpperCase());
    await who.press('Enter');
    await expect(page).toHaveURL(new RegExp(`vem=${encodeURIComponent(email.toUpperCase())}`));
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page)).toContainText(email);
    await expect(rows(page).filter({ hasText: ACCOUNTS.itd.name })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Visa fler' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A shared link opens with the same filters, and the fields show them.
    await page.goto(`/granskningslogg?handelse=auth.signIn&utfall=failure&vem=${email}`);
    await waitForPage(page);
    await expect(page.getByRole('combobox', { name: 'Händelse' })).toHaveValue('auth.signIn');
    await expect(page.getByRole('combobox', { name: 'Utfall' })).toHaveValue('failure');
    await expect(page.getByRole('searchbox', { name: 'Vem' })).toHaveValue(email);
    await expect(rows(page)).toHaveCount(1);
  });

  test('a refused call is listed as a denial, and nothing matching says so', async ({
    page,
    browser,
  }) => {
    const viewer = await browser.newContext({ baseURL: process.env.BASE_URL });
    await signIn(viewer.request, 'viewer');
    const refused = await viewer.request.get('/trpc/audit.list?input=%7B%7D');
    expect(refused.status()).toBe(403);
    await viewer.close();

    await page.goto('/granskningslogg?utfall=denied');
    await waitForPage(page);
    const denial = rows(page).filter({ hasText: ACCOUNTS.viewer.name }).first();
    await expect(denial).toContainText('Nekad åtkomst: audit.list');
    await expect(denial).toContainText('Nekad');
    await expect(denial).toContainText('Roll: Läsare');

    await page.goto('/granskningslogg?vem=ingen-har-det-har-namnet');
    await waitForPage(page);
    await expect(page.getByText('Inga händelser matchar filtret.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('"Visa fler" appears only when there are more rows, and loads the next page', async ({
    page,
  }) => {
    // More than one page (50) of sign-ins, whatever ran before.
    for (let i = 0; i < 55; i++) await signIn(page.request, 'itd');

    await page.goto('/granskningslogg?handelse=auth.signIn&utfall=success');
    await waitForPage(page);
    await expect(rows(page)).toHaveCount(50);
    await expect(page.getByText('Visar 50 händelser.')).toBeVisible();
    await expectNoAxeViolations(page);

    const more = page.getByRole('button', { name: 'Visa fler' });
    await more.click();
    await expect(rows(page)).not.toHaveCount(50);
    expect(await rows(page).count()).toBeGreaterThan(55);
    const newestFirst = await rows(page)
      .locator('time')
      .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute('datetime') ?? '')));
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));

    // Keep going to the end: the button goes and the count says everything is shown.
    // Each click waits for its page's rows: the button's state is only final once they are in.
    while ((await more.count()) > 0) {
      const shown = await rows(page).count();
      await more.click();
      await expect(rows(page)).not.toHaveCount(shown);
    }
    await expect(page.getByText(/alla som matchar/)).toBeVisible();
    await expect(page.getByText(/alla som matchar/)).toBeFocused();
  });
});

test.describe('Audit log for other roles', () => {
  test.use({ signedInAs: 'viewer' });

  test('a viewer has no link and is told the log is not for them', async ({ page }) => {
    await page.goto('/');
    await waitForPage(page);
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Granskningslogg' })).toHaveCount(0);

    await page.goto('/granskningslogg?utfall=failure');
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Granskningslogg');
    await expect(page.getByText(FORBIDDEN)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('Audit log for a reporter', () => {
  test.use({ signedInAs: 'reporter' });

  test('a reporter typing the address gets the same message', async ({ page }) => {
    await page.goto('/granskningslogg');
    await waitForPage(page);
    await expect(page.getByText(FORBIDDEN)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Granskningslogg' })).toHaveCount(0);
  });
});

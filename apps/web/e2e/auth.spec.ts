import type { Page } from '@playwright/test';
import { ACCOUNTS, api, DEMO_PASSWORD, expect, test, waitForPage, type Account } from './fixtures';

async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

/** The address the browser shows, path and search only. */
function pathOf(page: Page) {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

test.describe('Signing in', () => {
  test.use({ signedInAs: null });

  const roles: { account: Account; role: string; landing: RegExp; heading: string }[] = [
    { account: 'itd', role: 'ITD', landing: /\/$/, heading: 'Mognad och förflyttning' },
    { account: 'viewer', role: 'Läsare', landing: /\/$/, heading: 'Mognad och förflyttning' },
    {
      account: 'reporter',
      role: 'Rapportör för Miljöförvaltningen',
      landing: /\/enhet\/miljoforvaltningen$/,
      heading: 'Miljöförvaltningen',
    },
  ];
  for (const { account, role, landing, heading } of roles) {
    test(`as ${account} through the form lands on the right page with the name in the header`, async ({
      page,
    }) => {
      await page.goto('/logga-in');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
      await fillSignIn(page, ACCOUNTS[account].email, DEMO_PASSWORD);

      await expect(page).toHaveURL(landing);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const header = page.getByRole('banner');
      await expect(header).toContainText(ACCOUNTS[account].name);
      await expect(header.locator('.user-role')).toHaveText(role);
      await expect(header.getByRole('button', { name: 'Logga ut' })).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
      await expect(nav.getByRole('link', { name: 'Översikt' })).toBeVisible();
      const myUnit = nav.getByRole('link', { name: 'Min förvaltning' });
      if (account === 'reporter') {
        await expect(myUnit).toHaveAttribute('aria-current', 'page');
        await nav.getByRole('link', { name: 'Översikt' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
        await myUnit.click();
        await expect(page).toHaveURL(/\/enhet\/miljoforvaltningen$/);
      } else {
        await expect(myUnit).toHaveCount(0);
      }
    });
  }

  test('a wrong password shows the alert, moves focus to it and stays on the page', async ({
    page,
  }) => {
    await page.goto('/logga-in');
    await fillSignIn(page, ACCOUNTS.itd.email, 'fel-lösenord');
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('Fel e-postadress eller lösenord.');
    await expect(alert).toBeFocused();
    expect(pathOf(page)).toBe('/logga-in');
    await expect(page.getByRole('button', { name: 'Logga ut' })).toHaveCount(0);
  });

  test('empty and malformed fields get Swedish errors tied to the field, focus on the first', async ({
    page,
  }) => {
    await page.goto('/logga-in');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const email = page.getByLabel('E-postadress');
    const password = page.getByLabel('Lösenord');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Fel: Skriv din e-postadress.');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription('Fel: Skriv ditt lösenord.');
    await expect(email).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await email.fill('ida');
    await password.fill('x');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(email).toHaveAccessibleDescription(/Skriv en giltig e-postadress/);
    await expect(password).not.toHaveAttribute('aria-invalid');
    await expect(email).toBeFocused();
    expect(pathOf(page)).toBe('/logga-in');
  });

  test('field issues from the API are shown on their fields too', async ({ page }) => {
    // What the server says when the client's check is bypassed: the API's own validation.
    await page.route('**/trpc/auth.signIn**', (route) =>
      route.continue({
        postData: JSON.stringify({ 0: { email: 'inte-en-adress', password: '' } }),
      }),
    );
    await page.goto('/logga-in');
    await fillSignIn(page, ACCOUNTS.itd.email, DEMO_PASSWORD);
    await expect(page.getByLabel('E-postadress')).toHaveAccessibleDescription(
      /Skriv en giltig e-postadress/,
    );
    await expect(page.getByLabel('Lösenord')).toHaveAccessibleDescription(/Skriv ditt lösenord/);
    await expect(page.getByLabel('E-postadress')).toBeFocused();
  });

  test('a signed-out visit to a capability goes to sign-in and then back to it', async ({
    page,
    request,
  }) => {
    const overview = await api.overview(request);
    const capability = overview.capabilities[0]!;
    const wanted = `/formaga/${capability.code}?omgang=${overview.rounds[0]!.code}`;
    await page.goto(wanted);

    await expect(page).toHaveURL(/\/logga-in\?till=/);
    expect(new URL(page.url()).searchParams.get('till')).toBe(wanted);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
    await fillSignIn(page, ACCOUNTS.viewer.email, DEMO_PASSWORD);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(capability.name);
    expect(pathOf(page)).toBe(wanted);
  });

  test('a `till` leading off the site is not followed', async ({ page }) => {
    await page.goto('/logga-in?till=%2F%2Fevil.example%2F');
    await fillSignIn(page, ACCOUNTS.reporter.email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/enhet\/miljoforvaltningen$/);
    expect(new URL(page.url()).origin).toBe(new URL(process.env.BASE_URL!).origin);
  });

  test('the keyboard alone signs in: Tab, type, Enter', async ({ page }) => {
    await page.goto('/logga-in');
    await waitForPage(page);
    const email = page.getByLabel('E-postadress');
    for (let i = 0; i < 10 && !(await email.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(email).toBeFocused();
    await page.keyboard.type(ACCOUNTS.itd.email);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Lösenord')).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
  });

  test('the accessibility statement is readable without signing in', async ({ page }) => {
    await page.goto('/tillganglighet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Tillgänglighet för Lägesbild',
    );
    expect(pathOf(page)).toBe('/tillganglighet');
  });
});

test.describe('Signed in', () => {
  test('signing out returns to sign-in, and the overview then asks to sign in again', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForPage(page);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
    expect(pathOf(page)).toBe('/logga-in');
    await expect(page.getByRole('banner')).not.toContainText(ACCOUNTS.itd.name);

    await page.goto('/');
    await expect(page).toHaveURL(/\/logga-in\?till=%2F$/);
  });

  test('when the session ends, the next request leads to sign-in and back', async ({
    page,
    request,
  }) => {
    const earlier = (await api.overview(request)).rounds[0]!.code;
    await page.goto('/');
    await waitForPage(page);
    // The browser loses its session, as after a timeout; the next round asked for is refused.
    await page.context().clearCookies();
    await page.getByRole('combobox', { name: 'Bedömningsomgång' }).selectOption(earlier);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logga in');
    expect(new URL(page.url()).searchParams.get('till')).toBe(`/?omgang=${earlier}`);
    await fillSignIn(page, ACCOUNTS.itd.email, DEMO_PASSWORD);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
    expect(pathOf(page)).toBe(`/?omgang=${earlier}`);
  });
});

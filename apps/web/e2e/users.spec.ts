import type { Browser, Locator, Page } from '@playwright/test';
import { ACCOUNTS, api, expect, expectNoAxeViolations, tabTo, test, waitForPage } from './fixtures';

const FORBIDDEN = 'Du har inte behörighet att administrera användare.';
const PASSWORD = 'ett långt lösenord';

/** An address no other test uses, so parallel specs never meet each other's users. */
function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.se`;
}

function row(page: Page, email: string): Locator {
  return page.getByRole('table', { name: /Användare/ }).locator('tbody tr', { hasText: email });
}

function newUserForm(page: Page): Locator {
  return page.getByRole('region', { name: 'Ny användare' });
}

async function openUsers(page: Page, query = '') {
  await page.goto(`/anvandare${query}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Användare');
}

/** A user made through the API for a test to change; never one of the demo accounts. */
async function createUser(page: Page, name: string) {
  const email = uniqueEmail('redigera');
  const response = await page.request.post('/trpc/users.create', {
    data: { email, name, role: 'viewer', unitSlug: null },
  });
  expect(response.ok(), `users.create answered ${response.status()}`).toBe(true);
  return email;
}

async function signInAs(browser: Browser, email: string) {
  const context = await browser.newContext({ baseURL: process.env.BASE_URL });
  const page = await context.newPage();
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  return { context, page };
}

test.describe('Users as ITD', () => {
  test('creates a reporter who can sign in, changes the role, and disabling ends the session', async ({
    page,
    browser,
    request,
  }) => {
    const email = uniqueEmail('rapportor');
    const name = `Rapportör ${email.slice(10, 23)}`;
    const unit = (await api.overview(request)).units.find((u) => u.slug === 'miljoforvaltningen');

    await page.goto('/');
    await waitForPage(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link')).toContainText(['Granskningslogg', 'Användare']);
    await nav.getByRole('link', { name: 'Användare' }).click();
    await expect(page).toHaveURL(/\/anvandare$/);
    await waitForPage(page);
    await expect(page).toHaveTitle('Användare – Lägesbild');

    await page.getByRole('button', { name: 'Ny användare' }).click();
    const form = newUserForm(page);
    await expect(form.getByLabel('E-postadress')).toBeFocused();
    await form.getByLabel('E-postadress').fill(email);
    await form.getByLabel('Namn').fill(name);
    await expect(form.getByLabel('Förvaltning')).toHaveCount(0);
    await form.getByLabel('Roll').selectOption({ label: 'Rapportör' });
    await form.getByLabel('Förvaltning').selectOption('miljoforvaltningen');
    await expect(form.getByText('Minst 12 tecken.', { exact: false })).toBeVisible();
    await form.getByLabel('Lösenord (valfritt)').fill(PASSWORD);
    await form.getByRole('button', { name: 'Lägg till användare' }).click();

    await expect(page.getByText(`${name} har lagts till.`)).toBeVisible();
    await expect(row(page, email)).toContainText([name]);
    for (const text of ['Rapportör', unit?.name ?? '', 'Lokalt konto', 'Aktiv']) {
      await expect(row(page, email)).toContainText(text);
    }

    // The filter finds the new user, and the address keeps it.
    await page.getByRole('searchbox', { name: 'Sök' }).fill(email.toUpperCase());
    await page.getByRole('searchbox', { name: 'Sök' }).press('Enter');
    await expect(page).toHaveURL(/sok=/);
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(1);
    await page.getByRole('combobox', { name: 'Roll' }).selectOption({ label: 'Läsare' });
    await expect(page).toHaveURL(/roll=viewer/);
    await expect(page.getByText('Inga användare matchar filtret.')).toBeVisible();
    await page.getByRole('link', { name: 'Visa alla användare' }).click();
    await expect(page).toHaveURL(/\/anvandare$/);

    // The new reporter signs in in a browser of their own and lands on their own unit's menu.
    const reporter = await signInAs(browser, email);
    await expect(
      reporter.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Min förvaltning' }),
    ).toBeVisible();

    // A viewer now: no unit, and the row says so.
    await row(page, email)
      .getByRole('button', { name: `Redigera ${name}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Redigera ${name}` });
    await expect(dialog.getByLabel('Namn')).toBeFocused();
    await dialog.getByLabel('Roll').selectOption({ label: 'Läsare' });
    await expect(dialog.getByLabel('Förvaltning')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(`Ändringarna för ${name} är sparade.`)).toBeVisible();
    await expect(row(page, email)).toContainText('Läsare');

    // Disabling asks first; cancelling changes nothing.
    await row(page, email)
      .getByRole('button', { name: `Inaktivera ${name}` })
      .click();
    const confirm = page.getByRole('alertdialog', { name: `Inaktivera ${name}?` });
    await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(row(page, email)).toContainText('Aktiv');

    await row(page, email)
      .getByRole('button', { name: `Inaktivera ${name}` })
      .click();
    await confirm.getByRole('button', { name: 'Inaktivera kontot' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByText(`${name} är inaktiverad.`)).toBeVisible();
    await expect(row(page, email)).toContainText('Inaktiverad');

    // The reporter's next request finds the session gone and is sent to sign in.
    await reporter.page.reload();
    await expect(reporter.page).toHaveURL(/\/logga-in/);
    await reporter.context.close();

    await row(page, email)
      .getByRole('button', { name: `Aktivera ${name}` })
      .click();
    await expect(page.getByText(`${name} är aktiverad igen.`)).toBeVisible();
    await expect(row(page, email)).not.toContainText('Inaktiverad');
  });

  test('shows field errors in Swedish beside the fields and moves focus to the first', async ({
    page,
  }) => {
    await openUsers(page);
    await page.getByRole('button', { name: 'Ny användare' }).click();
    const form = newUserForm(page);
    await form.getByRole('button', { name: 'Lägg till användare' }).click();

    const email = form.getByLabel('E-postadress');
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Fel: Skriv e-postadressen.');
    await expect(form.getByLabel('Namn')).toHaveAccessibleDescription('Fel: Skriv namnet.');
    await expectNoAxeViolations(page);

    // A reporter needs a unit, and a password is long or absent.
    await email.fill(uniqueEmail('fel'));
    await form.getByLabel('Namn').fill('Fel Felsson');
    await form.getByLabel('Roll').selectOption({ label: 'Rapportör' });
    await form.getByLabel('Lösenord (valfritt)').fill('kort');
    await form.getByRole('button', { name: 'Lägg till användare' }).click();
    await expect(form.getByLabel('Förvaltning')).toBeFocused();
    await expect(form.getByLabel('Förvaltning')).toHaveAccessibleDescription(
      /Fel: Välj vilken förvaltning rapportören ska rapportera för\./,
    );
    await expect(form.getByLabel('Lösenord (valfritt)')).toHaveAccessibleDescription(
      /Fel: Lösenordet måste vara minst 12 tecken\./,
    );

    // The API's answer for an address in use, beside the e-mail field (the account is not touched).
    await email.fill(ACCOUNTS.viewer.email.toUpperCase());
    await form.getByLabel('Roll').selectOption({ label: 'Läsare' });
    await form.getByLabel('Lösenord (valfritt)').fill('');
    await form.getByRole('button', { name: 'Lägg till användare' }).click();
    await expect(email).toHaveAccessibleDescription(
      'Fel: Det finns redan en användare med den e-postadressen.',
    );
    await expect(email).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('ITD cannot change its own role or disable itself, and is told why', async ({ page }) => {
    await openUsers(page, `?sok=${ACCOUNTS.itd.email}`);
    const own = row(page, ACCOUNTS.itd.email);
    await expect(own).toContainText('(du)');
    await expect(own.getByRole('button', { name: /Inaktivera/ })).toBeDisabled();
    await expect(own.getByRole('button', { name: /Inaktivera/ })).toHaveAccessibleDescription(
      'Du kan inte inaktivera ditt eget konto.',
    );
    await own.getByRole('button', { name: /Redigera/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Roll')).toBeDisabled();
    await expect(dialog.getByLabel('Roll')).toHaveAccessibleDescription(
      /Du kan inte ändra din egen roll/,
    );
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(own.getByRole('button', { name: /Redigera/ })).toBeFocused();
  });

  test('two editors of one user: the second sees both values and chooses', async ({ page }) => {
    const email = await createUser(page, 'Konflikt Original');
    const other = await page.context().newPage();
    await openUsers(page, `?sok=${email}`);
    await openUsers(other, `?sok=${email}`);

    await row(page, email)
      .getByRole('button', { name: /Redigera/ })
      .click();
    await row(other, email)
      .getByRole('button', { name: /Redigera/ })
      .click();
    const first = page.getByRole('dialog');
    const second = other.getByRole('dialog');
    await first.getByLabel('Namn').fill('Konflikt Först');
    await first.getByRole('button', { name: 'Spara' }).click();
    await expect(first).toHaveCount(0);

    await second.getByLabel('Namn').fill('Konflikt Sist');
    await second.getByRole('button', { name: 'Spara' }).click();
    await expect(
      second.getByRole('heading', { name: 'Någon annan har sparat först' }),
    ).toBeFocused();
    const compared = second.getByRole('table', { name: 'Dina ändringar och det som är sparat nu' });
    await expect(compared.getByRole('row', { name: /Namn/ }).locator('td')).toHaveText([
      'Konflikt Sist',
      'Konflikt Först',
    ]);
    await expectNoAxeViolations(other);

    // Keep mine: saved over the newer version, on purpose.
    await second.getByRole('button', { name: 'Spara mina ändringar ändå' }).click();
    await expect(second).toHaveCount(0);
    await expect(row(other, email)).toContainText('Konflikt Sist');

    // The first page still holds the older version: now it is the one that conflicts, and takes the saved.
    await row(page, email)
      .getByRole('button', { name: /Redigera/ })
      .click();
    await first.getByLabel('Namn').fill('Konflikt Igen');
    await first.getByRole('button', { name: 'Spara' }).click();
    await first.getByRole('button', { name: 'Använd den sparade' }).click();
    await expect(first.getByLabel('Namn')).toHaveValue('Konflikt Sist');
    await expect(first.getByLabel('Namn')).toBeFocused();
    await expect(first.getByText('Formuläret visar nu de sparade uppgifterna.')).toBeVisible();
    await first.getByLabel('Roll').selectOption({ label: 'ITD' });
    await first.getByRole('button', { name: 'Spara' }).click();
    await expect(first).toHaveCount(0);
    await expect(row(page, email)).toContainText('Konflikt Sist');
    await expect(row(page, email)).toContainText('ITD');
    await other.close();
  });

  test('a user can be added with the keyboard alone', async ({ page }) => {
    const email = uniqueEmail('tangentbord');
    await openUsers(page);
    await tabTo(page, 'Ny användare');
    await page.keyboard.press('Enter');
    const form = newUserForm(page);
    await expect(form.getByLabel('E-postadress')).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tangent Bordsson');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Roll')).toBeFocused();
    // From "Läsare" one step up is "Rapportör", which asks for a unit.
    await page.keyboard.press('ArrowUp');
    await expect(form.getByLabel('Roll')).toHaveValue('reporter');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Förvaltning')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Lösenord (valfritt)')).toBeFocused();
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await expect(page.getByText('Tangent Bordsson har lagts till.')).toBeVisible();
    await expect(row(page, email)).toContainText('Rapportör');
    await expect(page.getByRole('button', { name: 'Ny användare' })).toBeFocused();
    await expectNoAxeViolations(page);
  });
});

test.describe('Users for a viewer', () => {
  test.use({ signedInAs: 'viewer' });

  test('has no link and is told the page is not for them', async ({ page }) => {
    await page.goto('/');
    await waitForPage(page);
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Användare' })).toHaveCount(0);

    await openUsers(page, '?roll=itd');
    await expect(page.getByText(FORBIDDEN)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('Users for a reporter', () => {
  test.use({ signedInAs: 'reporter' });

  test('has no link and gets the same message', async ({ page }) => {
    await openUsers(page);
    await expect(page.getByText(FORBIDDEN)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Användare' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ny användare' })).toHaveCount(0);
  });
});

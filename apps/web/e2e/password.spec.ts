import type { Page } from '@playwright/test';
import { createLocalViewer, expect, expectNoAxeViolations, test, waitForPage } from './fixtures';

const FIRST = 'ett långt första lösenord';
const OWN = 'min alldeles egna lösenfras';

async function signInWith(page: Page, email: string, password: string) {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

test.describe('Passwords', () => {
  test('ITD resets a password; the person must choose a new one before anything else', async ({
    page,
    browser,
  }) => {
    const person = await createLocalViewer(page, 'losen', FIRST);
    await page.goto(`/anvandare?sok=${encodeURIComponent(person.email)}`);
    await waitForPage(page);
    await page.getByRole('button', { name: `Återställ lösenord ${person.name}` }).click();
    const ask = page.getByRole('alertdialog', {
      name: `Återställa lösenordet för ${person.name}?`,
    });
    await expect(ask.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await ask.getByRole('button', { name: 'Återställ lösenordet' }).click();
    const shown = page.getByRole('dialog', { name: `Tillfälligt lösenord för ${person.name}` });
    const temporary = (await shown.locator('code').textContent())!;
    expect(temporary).toMatch(/^([a-z2-9]{4}-){3}[a-z2-9]{4}$/);
    await expectNoAxeViolations(page);
    await shown.getByRole('button', { name: 'Stäng' }).click();
    await expect(page.getByText(`Lösenordet för ${person.name} är återställt.`)).toBeVisible();

    const context = await browser.newContext({ baseURL: process.env.BASE_URL });
    const other = await context.newPage();
    try {
      await signInWith(other, person.email, temporary);
      // Wherever they were going, the change comes first.
      await expect(other).toHaveURL(/\/konto\/losenord$/);
      await expect(other.getByText('ITD har återställt ditt lösenord.')).toBeVisible();
      await expect(other.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
      await expectNoAxeViolations(other);

      // A mistake is told beside its field, in Swedish, and focus goes there.
      await other.getByLabel('Det tillfälliga lösenordet du fick av ITD').fill(temporary);
      await other.getByLabel('Nytt lösenord').fill(OWN);
      await other.getByLabel('Upprepa det nya lösenordet').fill(`${OWN}!`);
      await other.getByRole('button', { name: 'Byt lösenord' }).click();
      const repeat = other.getByLabel('Upprepa det nya lösenordet');
      await expect(repeat).toBeFocused();
      await expect(repeat).toHaveAccessibleDescription(/Lösenorden är inte likadana/);

      // By keyboard from here.
      await repeat.fill(OWN);
      await repeat.press('Enter');
      await expect(other).toHaveURL(/\/$/);
      await expect(other.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    } finally {
      await context.close();
    }

    const later = await browser.newContext({ baseURL: process.env.BASE_URL });
    try {
      const again = await later.newPage();
      await signInWith(again, person.email, OWN);
      await expect(again.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    } finally {
      await later.close();
    }
  });

  test('a person changes their own password from the user menu, against the current one', async ({
    page,
    browser,
  }) => {
    const person = await createLocalViewer(page, 'losen', FIRST);
    const context = await browser.newContext({ baseURL: process.env.BASE_URL });
    const own = await context.newPage();
    try {
      await signInWith(own, person.email, FIRST);
      await own.getByRole('link', { name: 'Byt lösenord' }).click();
      await waitForPage(own);
      await expect(own.getByRole('heading', { level: 1 })).toHaveText('Byt lösenord');
      await own.getByLabel('Nuvarande lösenord').fill('inte det rätta lösenordet');
      await own.getByLabel('Nytt lösenord').fill(OWN);
      await own.getByLabel('Upprepa det nya lösenordet').fill(OWN);
      await own.getByRole('button', { name: 'Byt lösenord' }).click();
      const current = own.getByLabel('Nuvarande lösenord');
      await expect(current).toBeFocused();
      await expect(current).toHaveAccessibleDescription(/Det nuvarande lösenordet stämmer inte/);
      await current.fill(FIRST);
      await own.getByRole('button', { name: 'Byt lösenord' }).click();
      await expect(own.getByText('Lösenordet är bytt.')).toBeVisible();
      await expectNoAxeViolations(own);
    } finally {
      await context.close();
    }
  });
});

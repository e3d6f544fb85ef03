import { Secret, TOTP } from 'otpauth';
import { createLocalViewer, expect, expectNoAxeViolations, test, waitForPage } from './fixtures';

const PASSWORD = 'ett långt eget lösenord';

/** What the authenticator app would show, `stepsAhead` steps of 30 s from now. */
function codeOf(secret: string, stepsAhead = 0) {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: Date.now() + stepsAhead * 30_000,
  });
}

test.describe('Two-step verification', () => {
  test('a person enrols, signs out, and signs in with password and code; ITD can reset it', async ({
    page,
    browser,
  }) => {
    const person = await createLocalViewer(page, 'totp', PASSWORD);
    const context = await browser.newContext({ baseURL: process.env.BASE_URL });
    const own = await context.newPage();
    try {
      await own.goto('/logga-in');
      await own.getByLabel('E-postadress').fill(person.email);
      await own.getByLabel('Lösenord').fill(PASSWORD);
      await own.getByRole('button', { name: 'Logga in' }).click();
      await own.getByRole('link', { name: 'Tvåstegsverifiering' }).click();
      await waitForPage(own);
      await expect(own.getByText('Tvåstegsverifiering är av.')).toBeVisible();
      await own.getByRole('button', { name: 'Aktivera tvåstegsverifiering' }).click();

      const scan = own.getByRole('heading', { name: '1. Lägg till Lägesbild i appen' });
      await expect(scan).toBeFocused();
      await expect(
        own.getByRole('img', { name: /QR-kod som lägger till Lägesbild/ }),
      ).toBeVisible();
      const shown = (await own.locator('.second-factor-secret code').textContent())!;
      expect(shown).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      const secret = shown.replaceAll(' ', '');
      await expectNoAxeViolations(own);

      // By keyboard: the code, then Enter.
      const code = own.getByLabel('Kod från appen');
      await code.fill(codeOf(secret));
      await code.press('Enter');
      await expect(own.getByRole('heading', { name: 'Dina reservkoder' })).toBeFocused();
      await expect(
        own.getByRole('list', { name: 'Reservkoder' }).getByRole('listitem'),
      ).toHaveCount(10);
      await expectNoAxeViolations(own);
      await own.getByRole('button', { name: 'Jag har sparat koderna' }).click();
      await expect(own.locator('.second-factor-status')).toHaveText('Tvåstegsverifiering är på.');
      await expect(own.getByText('Du har 10 oanvända reservkoder kvar.')).toBeVisible();

      await own.getByRole('button', { name: 'Logga ut' }).click();
      await expect(own).toHaveURL(/\/logga-in/);
      await own.getByLabel('E-postadress').fill(person.email);
      await own.getByLabel('Lösenord').fill(PASSWORD);
      await own.getByRole('button', { name: 'Logga in' }).click();

      const field = own.getByLabel('Kod', { exact: true });
      await expect(field).toBeFocused();
      await expectNoAxeViolations(own);
      const near = new Set([-1, 0, 1].map((step) => codeOf(secret, step)));
      const wrong = ['000000', '111111', '222222', '333333'].find((c) => !near.has(c))!;
      await field.fill(wrong);
      await own.getByRole('button', { name: 'Fortsätt' }).click();
      await expect(field).toBeFocused();
      await expect(field).toHaveAccessibleDescription(/Koden stämmer inte/);

      // The next step's code: the one that confirmed the enrolment may not be used again.
      await field.fill(codeOf(secret, 1));
      await field.press('Enter');
      await expect(own.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
    } finally {
      await context.close();
    }

    await page.goto(`/anvandare?sok=${encodeURIComponent(person.email)}`);
    await waitForPage(page);
    await expect(page.getByText('Lokalt konto, med tvåstegsverifiering')).toBeVisible();
    await page
      .getByRole('button', { name: `Återställ tvåstegsverifiering ${person.name}` })
      .click();
    const ask = page.getByRole('alertdialog', {
      name: `Återställa tvåstegsverifieringen för ${person.name}?`,
    });
    await expect(ask.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await ask.getByRole('button', { name: 'Återställ tvåstegsverifieringen' }).click();
    await expect(
      page.getByText(`Tvåstegsverifieringen för ${person.name} är återställd.`),
    ).toBeVisible();
    await expect(page.getByText('Lokalt konto, med tvåstegsverifiering')).toHaveCount(0);
  });
});

import { Secret, TOTP } from 'otpauth';
import { ACCOUNTS, DEMO_PASSWORD, expect, expectNoAxeViolations, test as shared } from './fixtures';
import { startServer, type RunningServer } from './server';

/** A server of its own that requires a second factor for ITD: its demo account must enrol first. */
const test = shared.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startServer({ REQUIRE_SECOND_FACTOR_FOR: 'itd' });
      await provide(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 0 },
  ],
  baseURL: async ({ server }, provide) => provide(server.baseURL),
});

test.use({ signedInAs: null });

test('an ITD account without a second factor reaches nothing but enrolment until it has one', async ({
  page,
}) => {
  await page.goto('/planering');
  await page.getByLabel('E-postadress').fill(ACCOUNTS.itd.email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/konto\/tvastegsverifiering$/);
  await expect(page.getByText('Din roll kräver tvåstegsverifiering.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Aktivera tvåstegsverifiering' }).click();
  const secret = (await page.locator('.second-factor-secret code').textContent())!.replaceAll(
    ' ',
    '',
  );
  const code = TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6 });
  await page.getByLabel('Kod från appen').fill(code);
  await page.getByRole('button', { name: 'Aktivera', exact: true }).click();
  await page.getByRole('button', { name: 'Jag har sparat koderna' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
});

import { api, expect, tabTo, test, waitForPage } from './fixtures';

test.describe('Navigation and states', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await waitForPage(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator('main')).toBeFocused();
  });

  test('a capability opens with the keyboard only, and Back returns to the overview', async ({
    page,
    request,
  }) => {
    const data = await api.overview(request);
    const capability = data.capabilities.find((c) => c.areaCode === 'ai')!;
    await page.goto('/?omrade=ai');
    await waitForPage(page);

    await tabTo(page, capability.name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/formaga/${capability.code}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(capability.name);
    await expect(page).toHaveTitle(`${capability.name} – Lägesbild`);
    await expect(page.locator('main')).toBeFocused();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
    await expect(page.getByRole('combobox', { name: 'Område', exact: true })).toHaveValue('ai');
  });

  test('a unit opens with the keyboard only from the heatmap, and Back returns', async ({
    page,
  }) => {
    await page.goto('/?omrade=ai');
    await waitForPage(page);

    await tabTo(page, 'Stadskontoret');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/enhet\/stadskontoret/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadskontoret');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
  });

  test('an unknown capability says so and links back', async ({ page }) => {
    await page.goto('/formaga/finns-inte');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förmågan hittades inte');
    await expect(page.getByText('finns-inte')).toBeVisible();
    await page.getByRole('link', { name: 'Till översikten' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
  });

  test('an unknown unit, round and address each get a clear message', async ({ page }) => {
    await page.goto('/enhet/finns-inte');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förvaltningen hittades inte');
    await page.goto('/?omgang=1999-K1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omgången hittades inte');
    await page.getByRole('link', { name: 'Visa senaste omgången' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
    await page.goto('/finns/inte');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan hittades inte');
  });

  test('while data loads there is a status, and a failed request offers a retry that works', async ({
    page,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/trpc/**', async (route) => {
      await held;
      await route.abort('connectionrefused');
    });
    await page.goto('/');
    await expect(page.getByRole('status')).toHaveText(/Laddar/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    release();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Något gick fel', {
      timeout: 20_000,
    });
    await expect(page.getByRole('alert')).toContainText('kunde inte hämtas');
    await page.unroute('**/trpc/**');
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
  });

  test('the language switch turns the headings to English and back, and is remembered', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForPage(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maturity and movement');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Maturity over time by area' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Status by department and area' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Overview – Lägesbild');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maturity and movement');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
  });
});

import {
  ACCOUNTS,
  api,
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  openAllTables,
  test,
  waitForCharts,
  waitForPage,
} from './fixtures';

// Every page, with its table disclosures opened: axe must find nothing against WCAG 2.1 A and AA.
test.describe('axe: no WCAG 2.1 A/AA violations', () => {
  const pages: { name: string; path: (codes: { capability: string }) => string }[] = [
    { name: 'overview', path: () => '/' },
    {
      name: 'overview with an area filter and a unit',
      path: () => '/?omrade=ai&enhet=stadskontoret',
    },
    { name: 'overview in an earlier round', path: () => '/?omgang=2025-K1' },
    { name: 'capability', path: ({ capability }) => `/formaga/${capability}` },
    { name: 'unit', path: () => '/enhet/stadskontoret' },
    { name: 'AI and testing', path: () => '/ai' },
    { name: 'benefit realisation', path: () => '/nyttor' },
    { name: 'critical factors', path: () => '/faktorer' },
    { name: 'plan editions', path: () => '/plan' },
    { name: 'published plan', path: () => '/plan/2026' },
    { name: 'draft plan with ITD controls', path: () => '/plan/2027' },
    { name: 'accessibility statement', path: () => '/tillganglighet' },
    { name: 'capability not found', path: () => '/formaga/finns-inte' },
    { name: 'page not found', path: () => '/finns/inte' },
  ];

  for (const { name, path } of pages) {
    test(name, async ({ page, request }) => {
      const overview = await api.overview(request);
      await page.goto(path({ capability: overview.capabilities[0]!.code }));
      await waitForPage(page);
      await waitForCharts(page);
      await openAllTables(page);
      await expectNoAxeViolations(page);
    });
  }

  test('overview in English on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await waitForPage(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await waitForCharts(page);
    await openAllTables(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('axe: sign-in and roles', () => {
  test.describe('signed out', () => {
    test.use({ signedInAs: null });

    test('the sign-in page: empty, with field errors and with the alert', async ({ page }) => {
      await page.goto('/logga-in?till=%2F');
      await waitForPage(page);
      await expectNoAxeViolations(page);

      await page.getByRole('button', { name: 'Logga in' }).click();
      await expect(page.getByLabel('E-postadress')).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(page);

      await page.getByLabel('E-postadress').fill(ACCOUNTS.itd.email);
      await page.getByLabel('Lösenord').fill(`${DEMO_PASSWORD}-fel`);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });

  test.describe('as a reporter', () => {
    test.use({ signedInAs: 'reporter' });

    test('the overview, with the reporter’s navigation', async ({ page }) => {
      await page.goto('/');
      await waitForPage(page);
      await expect(page.getByRole('link', { name: 'Min förvaltning' })).toBeVisible();
      await waitForCharts(page);
      await openAllTables(page);
      await expectNoAxeViolations(page);
    });
  });
});

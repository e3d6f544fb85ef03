import {
  api,
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

import { api, expect, openAllTables, sv, test, waitForCharts, waitForPage } from './fixtures';

test.describe('Förmåga and Enhet', () => {
  test('a capability shows its levels, spread table, each unit’s rating and its history', async ({
    page,
    request,
  }) => {
    const overview = await api.overview(request);
    const code = overview.capabilities[0]!.code;
    const view = await api.capability(request, { code });
    await page.goto(`/formaga/${code}`);
    await waitForPage(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.capability.name);
    await expect(page.locator('ol.levels > li')).toHaveCount(view.levels.length);
    await expect(page.locator('ol.levels > li strong')).toHaveText(
      view.levels.map((l) => `${l.level} ${l.name}`),
    );

    await waitForCharts(page);
    await openAllTables(page);
    const spreadRows = page.locator('table.numeric-table tbody tr');
    await expect(spreadRows.locator('td[data-col="median"]')).toHaveText(
      view.spreadByRound.map((p) => sv(p.spread?.median)),
    );

    const ratings = page.locator('table.ratings-table tbody tr');
    await expect(ratings).toHaveCount(view.unitRatings.length);
    const na = view.unitRatings.filter((r) => r.notApplicable).length;
    await expect(page.locator('table.ratings-table .not-applicable')).toHaveCount(na);

    const history = page.locator('table.history-table tbody tr');
    if (view.history.length === 0) {
      await expect(page.getByText(`Inga ändringar är registrerade i ${view.round}.`)).toBeVisible();
    } else {
      await expect(history).toHaveCount(view.history.length);
      await expect(history.first()).toContainText(view.history[0]!.changedBy);
    }
  });

  test('the round filter on a capability is kept in the URL', async ({ page, request }) => {
    const overview = await api.overview(request);
    const code = overview.capabilities[0]!.code;
    const earlier = overview.rounds[0]!.code;
    await page.goto(`/formaga/${code}`);
    await waitForPage(page);
    await page.getByRole('combobox', { name: 'Bedömningsomgång' }).selectOption(earlier);
    await expect(page).toHaveURL(new RegExp(`omgang=${earlier}`));
    await expect(
      page.getByRole('heading', { level: 2, name: `Bedömningar per förvaltning i ${earlier}` }),
    ).toBeVisible();
  });

  test('a unit’s profile table matches the API, with strongest and weakest areas', async ({
    page,
    request,
  }) => {
    const view = await api.unit(request, { slug: 'stadskontoret' });
    await page.goto('/enhet/stadskontoret');
    await waitForPage(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.unit.name);
    await waitForCharts(page);
    await expect(
      page.locator('.chart svg[role="img"] .recharts-bar-rectangle').first(),
    ).toBeVisible();
    await openAllTables(page);
    const rows = page.locator('table.profile-table tbody tr');
    await expect(rows).toHaveCount(view.areaProfile.length);
    for (const area of view.areaProfile) {
      const cells = page.locator(`table.profile-table tr[data-area="${area.areaCode}"] td`);
      await expect(cells.nth(0)).toHaveText(sv(area.score));
      await expect(cells.nth(1)).toHaveText(sv(area.cityMedian));
    }
    await expect(page.getByRole('heading', { level: 3, name: 'Starkast' })).toBeVisible();
    await expect(page.locator('.standing-strong li')).toHaveCount(view.strongest.length);
    await expect(page.locator('table.unit-capability-table tbody tr[data-capability]')).toHaveCount(
      view.capabilityRatings.length,
    );
  });
});

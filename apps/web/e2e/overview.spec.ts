import { api, expect, openAllTables, sv, test, waitForCharts, waitForPage } from './fixtures';

test.describe('Översikt', () => {
  test('shows the demo city with a banner, a lead with real numbers and a chart per area', async ({
    page,
    request,
  }) => {
    const data = await api.overview(request);
    await page.goto('/');
    await waitForPage(page);

    await expect(page.getByRole('note')).toContainText('Demodata');
    // Whatever today's date, the demo city shows one day and says which.
    await expect(page.getByRole('note')).toContainText(
      'Demostaden visar läget den 30 november 2026',
    );
    await expect(page.getByRole('banner')).toContainText(data.organisation.name);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mognad och förflyttning');
    await expect(page).toHaveTitle('Översikt – Lägesbild');

    const lead = page.locator('.lead');
    await expect(lead).toContainText(`Sedan ${data.rounds[0]!.code} har mediannivån`);
    await expect(lead).toContainText(`av ${data.areas.length} områden`);
    await expect(lead).toHaveText(/\d,\d/);

    await waitForCharts(page);
    for (const area of data.areas) {
      const card = page.locator(`.trend-card[data-area="${area.code}"]`);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(area.name);
      const median = card.locator('svg[role="img"] .recharts-line path.recharts-line-curve');
      await expect(median).toHaveAttribute('d', /^M/);
      await expect(card.locator('svg[role="img"]')).toHaveAttribute(
        'aria-label',
        new RegExp(area.name),
      );
    }
  });

  test('each chart table holds the numbers the API returns for its area', async ({
    page,
    request,
  }) => {
    const data = await api.overview(request);
    await page.goto('/');
    await waitForPage(page);
    await openAllTables(page);

    for (const trend of data.trends) {
      const rows = page.locator(`.trend-card[data-area="${trend.areaCode}"] table tbody tr`);
      await expect(rows).toHaveCount(trend.points.length);
      await expect(rows.locator('th')).toHaveText(
        trend.points.map((p) => new RegExp(`^${p.roundCode}`)),
      );
      await expect(rows.locator('td[data-col="median"]')).toHaveText(
        trend.points.map((p) => sv(p.spread?.median)),
      );
      await expect(rows.locator('td[data-col="min"]')).toHaveText(
        trend.points.map((p) => sv(p.spread?.min)),
      );
      await expect(rows.locator('td[data-col="max"]')).toHaveText(
        trend.points.map((p) => sv(p.spread?.max)),
      );
      await expect(rows.locator('td[data-col="n"]')).toHaveText(
        trend.points.map((p) => String(p.spread?.n ?? 0)),
      );
    }
  });

  test('the heatmap cells match the API', async ({ page, request }) => {
    const data = await api.overview(request);
    await page.goto('/');
    await waitForPage(page);

    const heatmap = page.locator('table.heatmap');
    await expect(heatmap.locator('tbody tr')).toHaveCount(data.units.length);
    for (const unit of data.units) {
      const expected = data.areas.map((a) => {
        const cell = data.heatmap.find((c) => c.unitSlug === unit.slug && c.areaCode === a.code);
        return cell?.score == null ? '–' : sv(cell.score);
      });
      await expect(
        heatmap.locator(
          `tr[data-unit="${unit.slug}"] td .heat-score, tr[data-unit="${unit.slug}"] td.heat-empty span[aria-hidden]`,
        ),
      ).toHaveText(expected);
    }
  });

  test('changing the round updates the URL and the heatmap', async ({ page, request }) => {
    const latest = await api.overview(request);
    const earlier = latest.rounds[1]!.code;
    const before = await api.overview(request, { round: earlier });
    await page.goto('/');
    await waitForPage(page);

    await page.getByRole('combobox', { name: 'Bedömningsomgång' }).selectOption(earlier);
    await expect(page).toHaveURL(new RegExp(`[?&]omgang=${earlier}`));
    await expect(page.locator('table.heatmap caption')).toContainText(earlier);
    const itd = before.heatmap.filter((c) => c.unitSlug === before.units[0]!.slug);
    await expect(
      page.locator(`table.heatmap tr[data-unit="${before.units[0]!.slug}"] td`),
    ).toHaveText(itd.map((c) => new RegExp(`^${c.score === null ? '–' : sv(c.score)}`)));

    // Back to the latest round: the filter leaves the URL, so the link always shows the newest data.
    await page.getByRole('combobox', { name: 'Bedömningsomgång' }).selectOption(latest.round);
    await expect(page).not.toHaveURL(/omgang=/);
    await expect(page.locator('table.heatmap caption')).toContainText(latest.round);
  });

  test('a shared link with ?omrade=ai shows only that area', async ({ page, request }) => {
    const data = await api.overview(request);
    const ai = data.areas.find((a) => a.code === 'ai')!;
    const aiCapabilities = data.capabilities.filter((c) => c.areaCode === 'ai');
    await page.goto('/?omrade=ai');
    await waitForPage(page);

    await expect(page.locator('.trend-card')).toHaveCount(1);
    await expect(page.locator('.trend-card h3')).toHaveText(ai.name);
    await expect(page.getByRole('combobox', { name: 'Område', exact: true })).toHaveValue('ai');
    await expect(
      page.getByRole('heading', { level: 2, name: `Förmågor inom ${ai.name}` }),
    ).toBeVisible();
    const rows = page.locator('table.capability-table tbody tr[data-capability]');
    await expect(rows).toHaveCount(aiCapabilities.length);
    await expect(rows.locator('th')).toHaveText(aiCapabilities.map((c) => c.name));
    await expect(page.locator('table.capability-table .group-row')).toHaveCount(0);
  });

  test('?enhet highlights the unit in the heatmap and links to its page', async ({ page }) => {
    await page.goto('/?enhet=stadskontoret');
    await waitForPage(page);
    await expect(page.locator('.heatmap tr[data-unit="stadskontoret"]')).toHaveClass(
      /is-highlighted/,
    );
    await expect(page.locator('tr.is-highlighted')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Visa sidan för Stadskontoret' })).toBeVisible();
  });

  test('shows self-rated or validated levels on choice, and who rates itself above ITD', async ({
    page,
    request,
  }) => {
    const self = await api.overview(request, { basis: 'self' });
    await page.goto('/');
    await waitForPage(page);
    await page.getByLabel('Vilken nivå').selectOption({ label: 'Självskattning' });
    await expect(page).toHaveURL(/grund=sjalv/);

    const top = self.validationGaps[0]!;
    const name = self.units.find((u) => u.slug === top.unitSlug)!.name;
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Självskattning mot ITD:s validering' }),
    });
    await expect(section.locator('.section-summary')).toHaveText(
      `${name} skattar sig i snitt ${sv(top.meanGap)} steg över ITD:s validering (${top.differing} av ${top.compared} förmågor skiljer sig).`,
    );
    await expect(section.locator('tbody tr').first()).toHaveAttribute('data-unit', top.unitSlug);
    await expect(section.locator('tbody tr')).toHaveCount(self.units.length);

    // The heatmap reads the self-ratings now: one cell as the API has it.
    const cell = self.heatmap.find((c) => c.score !== null)!;
    await expect(
      page.locator(`.heatmap tr[data-unit="${cell.unitSlug}"] td[data-area="${cell.areaCode}"]`),
    ).toContainText(sv(cell.score));
  });
});

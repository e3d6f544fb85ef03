import { expect, expectNoAxeViolations, tabTo, test, waitForCharts, waitForPage } from './fixtures';

// Other specs may change Bas while this runs; the assertions here lean on Offensiv and on shape.
test.describe('Scenarios, read by the board', () => {
  test.use({ signedInAs: 'viewer' });

  test('the scenarios side by side answer Q2 in words, a chart and tables, and pass axe', async ({
    page,
  }) => {
    await page.goto('/planering');
    await waitForPage(page);
    await expect(page).toHaveTitle(/^Investeringar och scenarier/);
    const offensiv = page.getByRole('region', { name: 'Offensiv', exact: true });
    await expect(offensiv.getByText(/^Offensiv 2026–2030: investeringar .* mnkr/)).toBeVisible();
    await expect(
      offensiv.getByText('Över budgetramen 2026, 2027, 2028, 2029 och 2030.'),
    ).toBeVisible();
    await expect(offensiv.getByText('Betalar sig inte tillbaka före 2030.')).toBeVisible();
    // A reader changes nothing: no way to the scenario editor.
    await expect(page.getByRole('link', { name: /^Ändra scenariot/ })).toHaveCount(0);

    const figures = page.getByRole('table', { name: 'Nyckeltal per scenario 2026–2030' });
    await expect(figures.getByRole('columnheader', { name: 'Offensiv' })).toBeVisible();
    await expect(figures.getByRole('row', { name: /^Antal behov/ })).toContainText('23');
    const years = page.getByRole('table', { name: /Kostnader, nyttor och netto per år/ });
    const row2027 = years.locator('tr[data-scenario="offensiv"][data-year="2027"]');
    await expect(row2027).toContainText('Över ramen');
    await expect(page.getByRole('img', { name: /^Stapeldiagram: kostnad per år/ })).toBeVisible();
    await waitForCharts(page);
    await expectNoAxeViolations(page);
  });

  test('a longer horizon, chosen in the URL-backed filter, shows when Offensiv pays back', async ({
    page,
  }) => {
    await page.goto('/planering');
    await waitForPage(page);
    await page.getByLabel('Till år').selectOption('2036');
    await expect(page).toHaveURL(/till=2036/);
    const offensiv = page.getByRole('region', { name: 'Offensiv', exact: true });
    await expect(offensiv.getByText(/^Betalar sig tillbaka 20\d\d\.$/)).toBeVisible();
    await page.reload();
    await waitForPage(page);
    await expect(page.getByLabel('Till år')).toHaveValue('2036');
  });

  test('the timeline shows each need’s years and what it builds on, by keyboard too', async ({
    page,
  }) => {
    await page.goto('/planering');
    await waitForPage(page);
    await tabTo(page, 'Tidslinje');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/planering\/tidslinje/);
    // The route loads lazily: the old page stays until the new one is in.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Tidslinje för investeringarna',
    );
    await waitForPage(page);
    await expect(page.getByRole('combobox', { name: 'Scenario', exact: true })).toHaveValue(
      'offensiv',
    );
    const platform = page.locator('tr[data-need="ai-plattform"]');
    await expect(platform.getByRole('rowheader')).toHaveText(
      'Gemensam AI-plattform med skyddad språkmodell',
    );
    await expect(platform.locator('td.phase')).toHaveText([
      '',
      'Genomförs',
      'Genomförs',
      'I drift',
      'I drift',
    ]);
    await expect(platform).toContainText('AI-policy, riskbedömning och rådgivning');
    await page.getByRole('combobox', { name: 'Scenario', exact: true }).selectOption('bas');
    await expect(page.locator('tr[data-need="ai-plattform"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('capacity against demand names shortfalls, adds a scenario’s needs, and ranks base requirement gaps', async ({
    page,
  }) => {
    await page.goto('/planering/kapacitet');
    await waitForPage(page);
    const aiRow = page.locator('tr[data-area="ai-och-data"][data-year="2027"]');
    await expect(aiRow.locator('td').nth(3)).toHaveText('0');
    await page.getByLabel('Räkna med investeringarna i').selectOption('offensiv');
    await expect(page).toHaveURL(/scenario=offensiv/);
    await expect(aiRow.locator('td').nth(3)).toHaveText('2,5');
    await expect(page.getByText(/^Underskott i \d+ kompetensområden?:/)).toBeVisible();
    const gaps = page.getByRole('table', { name: 'Förmågor under baskraven, störst gap först' });
    await expect(gaps.getByRole('row')).not.toHaveCount(1);
    await waitForCharts(page);
    await expectNoAxeViolations(page);
  });

  test('the planning workbook downloads from the page', async ({ page }) => {
    await page.goto('/planering');
    await waitForPage(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner planeringsunderlaget (Excel)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lagesbild-malmo-planering-2026-2030.xlsx');
  });
});

test.describe('Scenarios for ITD', () => {
  test('itd has a way to change each scenario', async ({ page }) => {
    await page.goto('/planering');
    await waitForPage(page);
    await expect(page.getByRole('link', { name: 'Ändra scenariot Offensiv' })).toHaveAttribute(
      'href',
      '/planering/scenario/offensiv',
    );
    await expect(page.getByRole('link', { name: 'Nytt scenario' })).toHaveAttribute(
      'href',
      '/planering/scenario/ny',
    );
  });
});

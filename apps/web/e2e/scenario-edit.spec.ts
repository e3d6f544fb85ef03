import { expect, expectNoAxeViolations, waitForPage } from './fixtures';
import { signInAs, test, uniqueTitle } from './own-server';

test.describe.configure({ mode: 'default' });

test.describe('The scenario editor', () => {
  test('itd adds a need with a start year, sees the cost change, saves and sees the new total', async ({
    page,
  }) => {
    await page.goto('/planering/scenario/bas');
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ändra scenariot Bas');
    const total = page.locator('.scenario-total');
    const before = await total.textContent();
    await expect(page.getByText('Inget år går över budgetramen.')).toBeVisible();
    await expectNoAxeViolations(page);

    const need = 'Samlad övervakning och larm';
    await page.getByRole('checkbox', { name: `Med i scenariot: ${need}` }).check();
    await page.getByLabel(`Startår för ${need}`).selectOption('2028');
    await expect(total).not.toHaveText(before!);
    const after = await total.textContent();

    // Taking out a need Bas had asks why.
    const removed = 'Gemensamt testcenter med testledare';
    await page.getByRole('checkbox', { name: `Med i scenariot: ${removed}` }).uncheck();
    await page.getByRole('button', { name: 'Spara scenariot' }).click();
    const reason = page.getByLabel(`Varför inte med? ${removed} (krävs)`);
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAccessibleDescription(/Skriv varför behovet inte är med\./);
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: `Med i scenariot: ${removed}` }).check();
    await expect(total).toHaveText(after!);

    await page.getByRole('button', { name: 'Spara scenariot' }).click();
    await expect(page.getByText('Scenariot Bas har sparats.')).toBeVisible();
    const mnkr = /: ([\d,]+ mnkr) \(/.exec(after!)![1]!;
    await expect(page.getByText(`Den senast sparade versionen kostar ${mnkr}.`)).toBeVisible();

    await page.reload();
    await waitForPage(page);
    await expect(page.getByRole('checkbox', { name: `Med i scenariot: ${need}` })).toBeChecked();
    await expect(page.getByLabel(`Startår för ${need}`)).toHaveValue('2028');
    await expect(total).toHaveText(after!);
  });

  test('a new scenario gets a code from its name and its own address once saved', async ({
    page,
  }) => {
    await page.goto('/planering/scenario/ny');
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nytt scenario');
    await page.getByRole('button', { name: 'Spara scenariot' }).click();
    await expect(page.getByLabel('Namn')).toBeFocused();
    await expect(page.getByLabel('Namn')).toHaveAccessibleDescription(/Skriv ett namn\./);
    const name = uniqueTitle('Säkerhet först');
    await page.getByLabel('Namn').fill(name);
    await page
      .getByRole('checkbox', { name: 'Med i scenariot: Samlad övervakning och larm' })
      .check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Spara scenariot' }).click();
    await expect(page).toHaveURL(/\/planering\/scenario\/sakerhet-forst-/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ändra scenariot ${name}`);
    await expect(
      page.getByRole('checkbox', { name: 'Med i scenariot: Samlad övervakning och larm' }),
    ).toBeChecked();
  });

  test('a save after someone else’s shows both versions, and the saved one can be taken', async ({
    page,
    browser,
    baseURL,
  }) => {
    const other = await signInAs(browser, baseURL!, 'itd');
    for (const p of [page, other.page]) {
      await p.goto('/planering/scenario/offensiv');
      await waitForPage(p);
    }
    await page.getByLabel('Beskrivning').fill('Offensiv, sparad först.');
    await page.getByRole('button', { name: 'Spara scenariot' }).click();
    await expect(page.getByText('Scenariot Offensiv har sparats.')).toBeVisible();

    await other.page.getByLabel('Namn').fill('Offensiv 2');
    await other.page.getByRole('button', { name: 'Spara scenariot' }).click();
    const heading = other.page.getByRole('heading', { name: 'Någon annan har sparat scenariot' });
    await expect(heading).toBeFocused();
    const nameRow = other.page.getByRole('row', { name: /^Namn/ });
    await expect(nameRow.getByRole('cell')).toHaveText(['Offensiv 2', 'Offensiv']);
    await expectNoAxeViolations(other.page);
    await other.page.getByRole('button', { name: 'Använd det sparade' }).click();
    await expect(other.page.getByLabel('Namn')).toHaveValue('Offensiv');
    await expect(other.page.getByLabel('Beskrivning')).toHaveValue('Offensiv, sparad först.');
    await expect(other.page.getByLabel('Namn')).toBeFocused();
    await other.context.close();
  });

  test('a need that starts before what it depends on is done is named', async ({ page }) => {
    await page.goto('/planering/scenario/bas');
    await waitForPage(page);
    await page
      .getByRole('checkbox', { name: 'Med i scenariot: Masterdata för organisation och person' })
      .check();
    await page
      .getByLabel('Startår för Masterdata för organisation och person')
      .selectOption('2026');
    await expect(
      page.getByText(
        'Masterdata för organisation och person startar innan Gemensam modell för informationsklassning är klart.',
      ),
    ).toBeVisible();
  });
});

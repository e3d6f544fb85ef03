import type { Page } from '@playwright/test';
import type { CapacityFormData } from '../src/capacity/types';
import { expect, expectNoAxeViolations, tabTo, test, waitForPage } from './fixtures';

const ROUND = '2026-K4';

async function openCapacity(page: Page) {
  await page.goto(`/rapportera/kapacitet?omgang=${ROUND}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Kapacitet – Kulturförvaltningen',
  );
}

/** The saved form as the API has it, read with the page's own session. */
async function readSaved(page: Page): Promise<CapacityFormData> {
  const input = encodeURIComponent(JSON.stringify({ round: ROUND }));
  const response = await page.request.get(`/trpc/capacity.form?input=${input}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: CapacityFormData } }).result.data;
}

const planning = (page: Page) => page.getByLabel('Planeringskapacitet (FTE)');
const saveButton = (page: Page) => page.getByRole('button', { name: 'Spara kapaciteten' });

// Kulturförvaltningen is not started in 2026-K4, so report.spec.ts submitting Miljöförvaltningen's
// report cannot lock this form. The steps build on each other (prefilled, then saved, then changed).
test.describe('Capacity as Kulturförvaltningen', () => {
  test.use({ signedInAs: 'reporterKultur' });
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test('the form starts from 2026-K3 with a note to check it, and passes axe', async ({ page }) => {
    await openCapacity(page);
    await expect(page).toHaveTitle(/^Kapacitet – Kulturförvaltningen/);
    await expect(page.getByText('Ifyllt från 2026-K3 – kontrollera och spara')).toBeVisible();
    expect((await readSaved(page)).version).toBe(0);
    await expect(planning(page)).not.toHaveValue('');
    await expect(
      page.getByRole('textbox', { name: 'AI och data 2027', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '2030' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Till förmågorna' })).toHaveAttribute(
      'href',
      `/rapportera?omgang=${ROUND}`,
    );
    await expectNoAxeViolations(page);
  });

  test('invalid values get Swedish errors beside their fields and nothing is saved', async ({
    page,
  }) => {
    await openCapacity(page);
    await planning(page).fill('-1');
    const cell = page.getByRole('textbox', { name: 'AI och data 2027', exact: true });
    await cell.fill('abc');
    await saveButton(page).click();

    await expect(planning(page)).toBeFocused();
    await expect(planning(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(planning(page)).toHaveAccessibleDescription(/Antalet kan inte vara mindre än 0\./);
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(cell).toHaveAccessibleDescription(/Skriv ett tal, t\.ex\. 1,5\./);
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('heading')).toHaveText('Kapaciteten kunde inte sparas');
    await summary.getByRole('link', { name: /^AI och data 2027:/ }).click();
    await expect(cell).toBeFocused();
    await expectNoAxeViolations(page);
    expect((await readSaved(page)).version).toBe(0);
  });

  test('a decimal comma is saved as a number and shown again after a reload', async ({ page }) => {
    await openCapacity(page);
    await planning(page).fill('1,5');
    await page.getByRole('textbox', { name: 'AI och data 2027', exact: true }).fill('0,75');
    // A double click saves once: a second save against the same version would be a conflict.
    await saveButton(page).dblclick();
    await expect(page.locator('.capacity-saved')).toHaveText('Sparat');
    await expect(page.locator('.capacity-conflict')).toHaveCount(0);

    const saved = await readSaved(page);
    expect(saved.version).toBe(1);
    expect(saved.report?.planningFte).toBe(1.5);
    expect(saved.report?.demand).toContainEqual({ area: 'ai-och-data', year: 2027, fte: 0.75 });

    await page.reload();
    await waitForPage(page);
    await expect(planning(page)).toHaveValue('1,5');
    await expect(page.getByRole('textbox', { name: 'AI och data 2027', exact: true })).toHaveValue(
      '0,75',
    );
    await expect(page.getByText('Ifyllt från 2026-K3')).toHaveCount(0);
    await expect(page.getByText(/^Senast sparad .* av /)).toBeVisible();
  });

  test('the whole form can be filled in and saved with the keyboard only', async ({ page }) => {
    await openCapacity(page);
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('Tab');
      if (await planning(page).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(planning(page)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2,25');
    await tabTo(page, 'Spara kapaciteten');
    await page.keyboard.press('Enter');
    await expect(page.locator('.capacity-saved')).toHaveText('Sparat');
    expect((await readSaved(page)).report?.planningFte).toBe(2.25);
  });

  test('a save after someone else’s shows who saved, and either value can stand', async ({
    page,
    context,
  }) => {
    await openCapacity(page);
    const other = await context.newPage();
    await openCapacity(other);

    await page.getByLabel('Planeringskapacitet (FTE)').fill('3');
    await saveButton(page).click();
    await expect(page.locator('.capacity-saved')).toHaveText('Sparat');

    await planning(other).fill('4');
    await saveButton(other).click();
    const conflict = other.locator('.capacity-conflict');
    await expect(conflict.getByRole('heading')).toHaveText('Någon annan har sparat kapaciteten');
    await expect(conflict.getByRole('heading')).toBeFocused();
    await expect(conflict).toContainText('Kapaciteten sparades av');
    await expectNoAxeViolations(other);
    await conflict.getByRole('button', { name: 'Spara mina värden ändå' }).click();
    await expect(other.locator('.capacity-saved')).toHaveText('Sparat');
    expect((await readSaved(other)).report?.planningFte).toBe(4);

    // The first page read the form before the second saved: now it is the one behind.
    await planning(page).fill('5');
    await saveButton(page).click();
    await page.getByRole('button', { name: 'Använd det sparade' }).click();
    await expect(planning(page)).toHaveValue('4');
    expect((await readSaved(page)).report?.planningFte).toBe(4);
  });
});

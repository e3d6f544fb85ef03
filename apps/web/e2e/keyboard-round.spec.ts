import type { Page } from '@playwright/test';
import { expect, test, waitForPage } from './fixtures';

// A returning unit's whole round with the keyboard alone: the count of key presses is the figure the
// issue asks for, and a budget on it keeps the form quick to get through without a mouse.
const KEY_BUDGET = 200;

test.use({ signedInAs: 'reporterGrundskola' });

test('a returning unit reviews its capacity, confirms its answers and sends the round by keyboard alone', async ({
  page,
}) => {
  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await page.keyboard.press(key);
  };
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const moveTo = async (name: RegExp, key = 'Tab', limit = 400) => {
    for (let i = 0; i < limit; i++) {
      await press(key);
      if (name.test(await focusedText())) return;
    }
    throw new Error(`${String(name)} was not reached with ${limit} presses of ${key}`);
  };
  const steps: string[] = [];
  const step = (label: string) => steps.push(`${label}: ${presses}`);

  await page.goto('/rapportera');
  await waitForPage(page);
  await moveTo(/^Kapacitet/);
  await press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Kapacitet – /);
  await waitForPage(page);
  // Every field of the capacity form passes under the reader's eyes on the way to saving it.
  await moveTo(/^Spara kapaciteten$/);
  await press('Enter');
  await expect(page.locator('.capacity-saved')).toHaveText('Sparat');
  step('capacity');
  await moveTo(/^Till förmågorna$/);
  await press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Rapportera – /);
  await waitForPage(page);
  await moveTo(/^Bekräfta \d+ oförändrade?$/);
  await press('Enter');
  await expect(page.getByText(/^(\d+) av \1 besvarade$/)).toBeVisible();
  step('confirmed');
  await moveTo(/^Hoppa till Skicka in$/, 'Shift+Tab', 60);
  await press('Enter');
  await moveTo(/^Skicka in$/, 'Tab', 20);
  await press('Enter');
  await expect(page.locator('.report-state')).toHaveText('Status: Inskickad');
  step('sent');

  test.info().annotations.push({ type: 'key presses', description: steps.join(', ') });
  console.log(`keyboard round: ${steps.join(', ')}`);
  expect(presses).toBeLessThanOrEqual(KEY_BUDGET);
  await expectSubmitted(page);
});

async function expectSubmitted(page: Page) {
  const input = encodeURIComponent(JSON.stringify({ round: '2026-K4' }));
  const response = await page.request.get(`/trpc/report.form?input=${input}`);
  const body = (await response.json()) as { result: { data: { submission: { state: string } } } };
  expect(body.result.data.submission.state).toBe('submitted');
}

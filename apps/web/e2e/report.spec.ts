import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForPage } from './fixtures';

const ROUND = '2026-K4';
const UNIT = 'miljoforvaltningen';

async function openReport(page: Page) {
  await page.goto('/rapportera');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Rapportera – Miljöförvaltningen',
  );
}

function cards(page: Page): Locator {
  return page.getByRole('article');
}

/** The n:th capability card that is not answered yet (pre-filled or empty). */
function openCard(page: Page, n = 0): Locator {
  return cards(page)
    .filter({ hasNot: page.locator('.card-mark.is-answered') })
    .nth(n);
}

async function readProgress(page: Page): Promise<{ answered: number; total: number }> {
  const text = await page.getByText(/^\d+ av \d+ besvarade$/).textContent();
  const [answered, total] = (text ?? '').match(/\d+/g)?.map(Number) ?? [];
  return { answered: answered ?? NaN, total: total ?? NaN };
}

/** A card by its capability's name: stays the same card when saving changes what it is marked. */
function cardNamed(page: Page, name: string): Locator {
  return cards(page).filter({ has: page.getByRole('heading', { name, exact: true }) });
}

async function cardName(card: Locator): Promise<string> {
  return (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
}

test.describe('Reporting as a viewer', () => {
  test.use({ signedInAs: 'viewer' });

  test('a viewer is told the report page is not theirs', async ({ page }) => {
    await page.goto('/rapportera');
    await waitForPage(page);
    await expect(page.getByText('Bara förvaltningarnas rapportörer rapporterar')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spara' })).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapportera' }),
    ).toHaveCount(0);
  });
});

test.describe('Reporting as Miljöförvaltningen', () => {
  test.use({ signedInAs: 'reporter' });
  // One unit's report, changed step by step: the steps build on each other.
  // The form is long (every capability at once) and axe reads all of it: more time than a short page.
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test('the form shows the round, its deadline, the state and the progress, and passes axe', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForPage(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link')).toContainText([
      'Översikt',
      'Rapportera',
      'Min förvaltning',
    ]);
    await nav.getByRole('link', { name: 'Rapportera' }).click();
    await waitForPage(page);
    await expect(page).toHaveTitle(/^Rapportera – Miljöförvaltningen/);
    await expect(page.getByText(ROUND, { exact: true })).toBeVisible();
    await expect(page.getByText('11 december 2026')).toBeVisible();
    await expect(page.locator('.report-state')).toHaveText('Status: Ej påbörjad');
    const { answered, total } = await readProgress(page);
    expect(total).toBeGreaterThan(0);
    await expect(
      page.getByRole('progressbar', { name: `${answered} av ${total} besvarade` }),
    ).toHaveAttribute('value', String(answered));
    const submit = page.getByRole('button', { name: 'Skicka in' });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByText(`${total - answered} förmågor återstår`)).toBeVisible();
    // Each level is offered with its name, and its descriptor is read with it.
    const first = cards(page).first();
    await expect(first.getByRole('group', { name: 'Självskattning' })).toBeVisible();
    await expect(first.getByRole('radio', { name: '3 Definierad' })).toBeVisible();
    await expect(first.getByRole('radio', { name: 'Ej tillämplig' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an invalid link is refused in Swedish beside the field, and focus goes to it', async ({
    page,
  }) => {
    await openReport(page);
    const card = openCard(page);
    await card.getByRole('radio', { name: /^2 / }).check();
    const link = card.getByRole('textbox', { name: 'Länk till underlag' });
    await link.fill('inte en länk');
    await card.getByRole('button', { name: 'Spara' }).click();
    await expect(
      card.getByText('Skriv en hel webbadress som börjar med http:// eller https://.'),
    ).toBeVisible();
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('aria-invalid', 'true');
    await expect(link).toHaveAccessibleDescription(/Skriv en hel webbadress/);
    await expectNoAxeViolations(page);
    // Nothing was saved: the card is still not answered.
    await expect(card.locator('.card-mark')).not.toHaveText('Besvarad');
  });

  test('saving one card says Sparat and raises the progress', async ({ page }) => {
    await openReport(page);
    const before = await readProgress(page);
    const name = await cardName(openCard(page));
    const card = cardNamed(page, name);
    await card.getByRole('radio', { name: /^3 / }).check();
    await card
      .getByRole('textbox', { name: 'Länk till underlag' })
      .fill('https://malmo.se/underlag');
    await card.getByLabel('Säkerhet i bedömningen').selectOption({ label: 'Hög' });
    await card.getByRole('button', { name: 'Spara' }).click();
    await expect(card.getByText('Sparat')).toBeVisible();
    await expect(
      page.getByText(`${before.answered + 1} av ${before.total} besvarade`),
    ).toBeVisible();
    await expect(page.locator('.report-state')).toHaveText('Status: Utkast');
    // Read again from the server, the answer is there.
    await openReport(page);
    const saved = cardNamed(page, name);
    await expect(saved.locator('.card-mark')).toHaveText('Besvarad');
    await expect(saved.getByRole('radio', { name: /^3 / })).toBeChecked();
  });

  test('keyboard only: a card is reached, answered and saved with Tab, arrows and Enter', async ({
    page,
  }) => {
    await openReport(page);
    const name = await cardName(openCard(page));
    const card = cardNamed(page, name);
    const started = Date.now();
    // From the top of the page, Tab until focus is in this card's rating group.
    await page.locator('h1').focus();
    let presses = 0;
    for (; presses < 300; presses++) {
      await page.keyboard.press('Tab');
      const inCard = await card.evaluate((el) => el.contains(document.activeElement));
      const isRadio = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'radio',
      );
      if (inCard && isRadio) break;
    }
    const checked = await card.getByRole('radio', { checked: true }).count();
    // Space picks the focused level when none is chosen; the arrow keys move between levels.
    if (checked === 0) await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('radio', { checked: true })).toHaveCount(1);
    // Tab on through the other fields to Spara.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (label === 'Spara') break;
    }
    await expect(card.getByRole('button', { name: 'Spara' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card.getByText('Sparat')).toBeVisible();
    console.log(
      `keyboard: ${presses} Tab presses to reach "${name}", saved in ${Date.now() - started} ms`,
    );
    test.info().annotations.push({
      type: 'keyboard',
      description: `${name}: ${presses} Tab presses to reach the card, saved in ${Date.now() - started} ms`,
    });
    await expect(
      cards(page)
        .filter({ has: page.getByRole('heading', { name, exact: true }) })
        .locator('.card-mark'),
    ).toHaveText('Besvarad');
  });

  test('the same card saved from two pages shows both answers and lets the user choose', async ({
    page,
  }) => {
    const other = await page.context().newPage();
    await openReport(page);
    await openReport(other);
    const name = await cardName(openCard(page));
    const cardOf = (p: Page) =>
      cards(p).filter({ has: p.getByRole('heading', { name, exact: true }) });

    await cardOf(page).getByRole('radio', { name: /^2 / }).check();
    await cardOf(page).getByRole('button', { name: 'Spara' }).click();
    await expect(cardOf(page).getByText('Sparat')).toBeVisible();

    // The other page still holds the version it read.
    await cardOf(other).getByRole('radio', { name: /^4 / }).check();
    await cardOf(other).getByRole('button', { name: 'Spara' }).click();
    const heading = cardOf(other).getByRole('heading', {
      name: 'Någon annan har sparat den här förmågan',
    });
    await expect(heading).toBeFocused();
    const table = cardOf(other).getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Fält', 'Dina svar', 'Sparat nu']);
    await expect(table.getByRole('row', { name: /Självskattning/ }).getByRole('cell')).toHaveText([
      /^4 /,
      /^2 /,
    ]);
    await expectNoAxeViolations(other);
    await cardOf(other).getByRole('button', { name: 'Behåll mina och spara igen' }).click();
    await expect(cardOf(other).getByText('Sparat')).toBeVisible();

    // Now the first page is the stale one; it takes what is saved instead.
    await cardOf(page).getByRole('radio', { name: /^5 / }).check();
    await cardOf(page).getByRole('button', { name: 'Spara' }).click();
    await cardOf(page).getByRole('button', { name: 'Använd det sparade' }).click();
    await expect(cardOf(page).getByRole('radio', { name: /^4 / })).toBeChecked();
    await expect(cardOf(page).getByRole('table')).toHaveCount(0);
    await other.close();
  });

  test('confirming unchanged answers counts them all at once', async ({ page }) => {
    await openReport(page);
    const button = page.getByRole('button', { name: /^Bekräfta \d+ oförändrade?$/ });
    const prefilled = await page.getByText(/^Förifyllt från .* – inte bekräftat$/).count();
    // The demo carries every answer over from 2026-K3, and the tests before this saved only a few.
    expect(prefilled).toBeGreaterThan(0);
    await expect(page.getByText(/^Förifyllt från 2026-K3 – inte bekräftat$/).first()).toBeVisible();
    await expect(button).toHaveText(new RegExp(`^Bekräfta ${prefilled} oförändrade?$`));
    const before = await readProgress(page);
    await button.click();
    await expect(
      page.getByText(new RegExp(`^${prefilled} förmåg(a|or) bekräftades\\.$`)),
    ).toBeVisible();
    await expect(
      page.getByText(`${before.answered + prefilled} av ${before.total} besvarade`),
    ).toBeVisible();
    await expect(page.getByText(/– inte bekräftat$/)).toHaveCount(0);
  });

  test('submitting (double-clicked) sends the report once and leaves it read-only', async ({
    page,
  }) => {
    await openReport(page);
    // Whatever is left (nothing carried over) is answered here, so the report is complete.
    while ((await openCard(page).count()) > 0) {
      const card = openCard(page);
      const name = await cardName(card);
      await card.getByRole('radio', { name: 'Ej tillämplig' }).check();
      await card.getByRole('button', { name: 'Spara' }).click();
      await expect(
        cards(page)
          .filter({ has: page.getByRole('heading', { name, exact: true }) })
          .locator('.card-mark'),
      ).toHaveText('Besvarad');
    }
    const { answered, total } = await readProgress(page);
    expect(answered).toBe(total);
    // Keyboard users need not Tab past every card to send it.
    await page.getByRole('link', { name: 'Hoppa till Skicka in' }).click();
    await expect(page.locator('#submit-report')).toBeFocused();
    // Every capability is answered, but the capacity part is not saved yet: that is named, with the way there.
    const submit = page.getByRole('button', { name: 'Skicka in' });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(submit).toHaveAccessibleDescription(/Kapacitetsdelen är inte ifylld ännu\./);
    await page.getByRole('link', { name: 'Fyll i kapaciteten' }).click();
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Kapacitet – Miljöförvaltningen',
    );
    await page.getByRole('button', { name: 'Spara kapaciteten' }).click();
    await expect(page.locator('.capacity-saved')).toHaveText('Sparat');
    await page.getByRole('link', { name: 'Till förmågorna' }).click();
    await expect(page).toHaveURL(/\/rapportera\?omgang=/);
    await waitForPage(page);

    await expect(submit).not.toHaveAttribute('aria-disabled', 'true');
    await submit.dblclick();
    await expect(page.locator('.report-state')).toHaveText('Status: Inskickad');
    await expect(page.locator('.report-state')).toBeFocused();
    await expect(page.getByText('Rapporten är hos ITD.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spara' })).toHaveCount(0);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expectNoAxeViolations(page);

    const form = await page.request.get(
      `/trpc/report.form?input=${encodeURIComponent(JSON.stringify({ round: ROUND }))}`,
    );
    const body = (await form.json()) as { result: { data: { submission: { state: string } } } };
    expect(body.result.data.submission.state).toBe('submitted');
  });

  test('the audit log holds exactly one submission of the report', async ({ request }) => {
    const response = await request.get(
      `/trpc/audit.list?input=${encodeURIComponent(JSON.stringify({ action: 'report.submit', outcome: 'success', limit: 200 }))}`,
    );
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as {
      result: { data: { entries: { entityKey: string | null }[] } };
    };
    const ours = body.result.data.entries.filter((e) => e.entityKey === `${ROUND}/${UNIT}`);
    expect(ours).toHaveLength(1);
  });
});

import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { ReviewForm, ReviewItem } from '../src/review/types';
import { expect, expectNoAxeViolations, test, waitForPage } from './fixtures';

// Serviceförvaltningen and Fastighets- och gatukontoret are this spec's to validate, approve and
// return in the shared server; Stadskontoret is only looked at, and 2026-K4 is never closed.
const ROUND = '2026-K4';

// A unit's review page holds every capability's card: axe and the shared machine make it slow.
test.describe.configure({ timeout: 180_000 });

async function loadForm(request: APIRequestContext, unit: string, round = ROUND) {
  const input = encodeURIComponent(JSON.stringify({ round, unit }));
  const response = await request.get(`/trpc/review.form?input=${input}`);
  expect(response.ok(), `review.form answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { result: { data: ReviewForm } }).result.data;
}

async function openReview(page: Page, unit: string, query = '', round = ROUND) {
  await page.goto(`/granska/${round}/${unit}${query}`);
  await waitForPage(page);
}

function card(page: Page, item: ReviewItem): Locator {
  return page.getByRole('article', { name: item.capabilityName, exact: true });
}

/** Applicable capabilities with a self-rating that ITD has not yet validated, in form order. */
function openItems(form: ReviewForm) {
  return form.items.filter(
    (i) => !i.notApplicable && i.selfRating !== null && i.validatedRating === null,
  );
}

function otherLevel(item: ReviewItem) {
  return item.selfRating === 1 ? 2 : item.selfRating! - 1;
}

function levelLabel(item: ReviewItem, level: number) {
  return `${level} ${item.levels.find((l) => l.level === level)!.name}`;
}

test.describe('Review as ITD: looking', () => {
  test('shows the unit, its state and each capability by area, axe clean', async ({
    page,
    request,
  }) => {
    const form = await loadForm(request, 'stadskontoret');
    await openReview(page, 'stadskontoret');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stadskontoret');
    await expect(page).toHaveTitle(`Granskning: Stadskontoret ${ROUND} – Lägesbild`);
    await expect(page.getByText('Läge: Inskickad')).toBeVisible();
    await expect(
      page.getByText(/^Inskickad av Rapportör, stadskontoret, 20 november 2026/),
    ).toBeVisible();
    const first = form.items[0]!;
    await expect(
      page.getByRole('heading', { level: 3, name: first.areaName, exact: true }),
    ).toBeVisible();
    await expect(card(page, first)).toContainText('Självskattning');
    await expect(card(page, first)).toContainText(`Förra omgången (${form.previousRoundCode})`);
    await expect(page.getByRole('button', { name: 'Godkänn' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('filters to differences or unvalidated capabilities, in the address', async ({
    page,
    request,
  }) => {
    const form = await loadForm(request, 'stadskontoret');
    const unvalidated = form.items.filter((i) => !i.notApplicable && i.validatedRating === null);
    await openReview(page, 'stadskontoret');
    const filter = page.getByLabel('Visa', { exact: true });
    await filter.selectOption({ label: 'Bara ovaliderade' });
    await expect(page).toHaveURL(/visa=ovaliderade/);
    await expect(
      page.getByText(`Visar ${unvalidated.length} av ${form.items.length} förmågor.`),
    ).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(unvalidated.length);
  });

  test('in a closed round a change needs a reason, and nothing is saved without one', async ({
    page,
    request,
  }) => {
    const form = await loadForm(request, 'stadskontoret', '2026-K3');
    const item = form.items.find((i) => !i.notApplicable && i.validatedRating !== null)!;
    await openReview(page, 'stadskontoret', '', '2026-K3');
    await expect(
      page.getByText(/Omgången är stängd\. En ändring av en validerad nivå kräver ett skäl/),
    ).toBeVisible();
    const c = card(page, item);
    await c.getByRole('button', { name: /Spara validering/ }).click();
    const reason = c.getByLabel('Skäl till ändringen (obligatoriskt)');
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toHaveAccessibleDescription(
      /Skriv varför nivån ändras efter att omgången stängts\./,
    );
    await expectNoAxeViolations(page);
    expect((await loadForm(request, 'stadskontoret', '2026-K3')).items).toEqual(form.items);
  });
});

test.describe('Review as ITD: Serviceförvaltningen, validated and approved', () => {
  test.describe.configure({ mode: 'serial' });
  const UNIT = 'serviceforvaltningen';

  test('a differing rating needs a comment; with one it saves and counts as a difference', async ({
    page,
    request,
  }) => {
    const item = openItems(await loadForm(request, UNIT))[0]!;
    const level = otherLevel(item);
    await openReview(page, UNIT);
    const c = card(page, item);
    await c.getByRole('radio', { name: levelLabel(item, level) }).check();
    const comment = c.getByLabel('ITD:s motivering (obligatorisk)');
    await expect(comment).toBeVisible();
    await c.getByRole('button', { name: /Spara validering/ }).click();
    await expect(comment).toBeFocused();
    await expect(comment).toHaveAttribute('aria-invalid', 'true');
    await expect(comment).toHaveAccessibleDescription(
      /Skriv en motivering när ITD:s nivå skiljer sig från självskattningen\./,
    );
    await expectNoAxeViolations(page);

    await comment.fill('Evidensen visar rutiner men inte att de följs.');
    await c.getByRole('button', { name: /Spara validering/ }).click();
    await expect(page.getByText(`Valideringen av ${item.capabilityName} är sparad.`)).toBeVisible();
    await expect(comment).not.toHaveAttribute('aria-invalid', 'true');
    await expect(c.getByText('Avvikelse')).toBeVisible();
    const diff = (item.selfRating! - level).toFixed(1).replace('.', ',').replace('-', '');
    await expect(
      page.getByText(new RegExp(`i snitt ${diff} (över|under) ITD:s validering, 1 avvikelse\\.`)),
    ).toBeVisible();
    const saved = (await loadForm(request, UNIT)).items.find(
      (i) => i.capabilityCode === item.capabilityCode,
    )!;
    expect(saved.validatedRating).toBe(level);
  });

  test('a stale save shows both versions and can save mine anyway', async ({ page, request }) => {
    const item = openItems(await loadForm(request, UNIT))[0]!;
    await openReview(page, UNIT);
    // Someone else accepts the unit's own rating while the page is open.
    const response = await request.post('/trpc/review.save', {
      data: {
        round: ROUND,
        unit: UNIT,
        capabilityCode: item.capabilityCode,
        version: item.version,
        validatedRating: item.selfRating,
        validationComment: null,
      },
    });
    expect(response.ok()).toBe(true);

    const c = card(page, item);
    const level = otherLevel(item);
    await c.getByRole('radio', { name: levelLabel(item, level) }).check();
    await c.getByLabel('ITD:s motivering (obligatorisk)').fill('Nivån är för hög.');
    await c.getByRole('button', { name: /Spara validering/ }).click();
    const panel = c.getByRole('group', { name: 'Någon annan har sparat först' });
    await expect(panel.getByRole('heading')).toBeFocused();
    const rows = panel.getByRole('table').getByRole('row');
    await expect(rows.filter({ hasText: 'Validerad nivå' })).toContainText(levelLabel(item, level));
    await expect(rows.filter({ hasText: 'Validerad nivå' })).toContainText(
      levelLabel(item, item.selfRating!),
    );
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Spara min ändå' }).click();
    await expect(page.getByText(`Valideringen av ${item.capabilityName} är sparad.`)).toBeVisible();
    const saved = (await loadForm(request, UNIT)).items.find(
      (i) => i.capabilityCode === item.capabilityCode,
    )!;
    expect(saved.validatedRating).toBe(level);
  });

  test('one capability can be validated with the keyboard alone', async ({ page, request }) => {
    const item = openItems(await loadForm(request, UNIT))[0]!;
    await openReview(page, UNIT);
    const firstRadio = `input[name="${item.capabilityCode}-rating"]`;
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, firstRadio))
        break;
    }
    const c = card(page, item);
    await expect(c.getByRole('radio', { name: 'Ingen (ej validerad)' })).toBeFocused();
    // Arrow keys move through the levels: the unit's own level is that many steps on.
    for (let i = 0; i < item.selfRating!; i++) await page.keyboard.press('ArrowRight');
    await expect(c.getByRole('radio', { name: levelLabel(item, item.selfRating!) })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(c.getByLabel('ITD:s motivering', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(c.getByRole('button', { name: /Spara validering/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(`Valideringen av ${item.capabilityName} är sparad.`)).toBeVisible();
    await expect(c.getByRole('button', { name: /Spara validering/ })).toBeFocused();
  });

  test('accepting the remaining self-ratings and approving shows Validerad on the rounds page', async ({
    page,
  }) => {
    await openReview(page, UNIT);
    await page.getByRole('button', { name: 'Godta alla självskattningar som återstår' }).click();
    await expect(page.getByText(/självskattninga?r? godtogs som validerad nivå\./)).toBeVisible();
    await expect(
      page.getByText('Alla förmågor som gäller förvaltningen har en validerad nivå.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Godkänn' }).click();
    await expect(
      page.getByText('Rapporten från Serviceförvaltningen är godkänd och har läget Validerad.'),
    ).toBeVisible();
    await expect(page.getByText('Läge: Validerad')).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Brödsmulor' })
      .getByRole('link', { name: 'Omgångar' })
      .click();
    await waitForPage(page);
    await expect(
      page
        .getByRole('table', { name: /Rapporteringens läge/ })
        .getByRole('row', { name: /^Serviceförvaltningen/ }),
    ).toContainText('Validerad');
  });
});

test.describe('Review as ITD: Fastighets- och gatukontoret, returned', () => {
  const UNIT = 'fastighets-och-gatukontoret';

  test('returning needs a message, in a dialog; then the unit shows Återsänd', async ({ page }) => {
    await openReview(page, UNIT);
    const open = page.getByRole('button', { name: 'Återsänd med meddelande' });
    await open.click();
    const dialog = page.getByRole('dialog', {
      name: 'Återsänd rapporten från Fastighets- och gatukontoret',
    });
    const message = dialog.getByLabel('Meddelande till förvaltningen (obligatoriskt)');
    await expect(message).toBeFocused();
    await expectNoAxeViolations(page);

    await dialog.getByRole('button', { name: 'Återsänd rapporten' }).click();
    await expect(message).toBeFocused();
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(message).toHaveAccessibleDescription(/Skriv ett meddelande till förvaltningen\./);
    await expectNoAxeViolations(page);

    await message.fill(
      'Evidens saknas för arkitektur och integration. Komplettera och skicka in igen.',
    );
    await dialog.getByRole('button', { name: 'Återsänd rapporten' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByText('Rapporten är återsänd till Fastighets- och gatukontoret.'),
    ).toBeVisible();
    await expect(page.getByText('Läge: Återsänd')).toBeVisible();
    await expect(page.getByText(/Evidens saknas för arkitektur och integration/)).toBeVisible();

    await page.goto('/omgangar?status=returned');
    await waitForPage(page);
    await expect(
      page
        .getByRole('table', { name: /som matchar filtret/ })
        .getByRole('row', { name: /^Fastighets- och gatukontoret/ }),
    ).toContainText('Återsänd');
  });
});

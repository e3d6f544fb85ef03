import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForPage } from './fixtures';

// The shared server's 2026-K4 stays open: other specs report in it. These tests never close a round
// and never open one (closing and opening are covered by the API's router tests).

async function openRounds(page: Page, query = '') {
  await page.goto(`/omgangar${query}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omgångar');
}

function progressRow(page: Page, unitName: string) {
  return page
    .getByRole('table', { name: /Rapporteringens läge per förvaltning|som matchar filtret/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: unitName, exact: true }) });
}

/** Rewrites one procedure's answer in tRPC's batched responses, leaving the rest as the server sent it. */
async function rewriteAnswer<T>(page: Page, procedure: string, change: (data: T) => T) {
  await page.route(new RegExp(`/trpc/[^?]*${procedure.replace('.', '\\.')}`), async (route) => {
    const response = await route.fetch();
    const paths = new URL(route.request().url()).pathname.replace(/^\/trpc\//, '').split(',');
    const body = (await response.json()) as { result?: { data: T } }[];
    paths.forEach((path, i) => {
      const entry = body[i];
      if (path === procedure && entry?.result) entry.result.data = change(entry.result.data);
    });
    await route.fulfill({ response, json: body });
  });
}

test.describe('Rounds as ITD', () => {
  test('the nav leads to the open round and its progress in Swedish, axe clean', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForPage(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link')).toContainText(['Översikt', 'Omgångar']);
    await nav.getByRole('link', { name: 'Omgångar' }).click();
    await expect(page).toHaveURL(/\/omgangar$/);
    await waitForPage(page);
    await expect(page).toHaveTitle('Omgångar – Lägesbild');

    const rounds = page.getByRole('table', { name: /Alla bedömningsomgångar/ });
    await expect(rounds.getByRole('row', { name: /^2026-K4/ })).toContainText('Öppen');
    await expect(rounds.getByRole('row', { name: /^2026-K4/ })).toContainText('11 december 2026');
    await expect(rounds.getByRole('row', { name: /^2026-K3/ })).toContainText('Stängd');
    await expect(
      page.getByRole('heading', { name: 'Förvaltningarnas rapportering i 2026-K4' }),
    ).toBeVisible();

    await expect(progressRow(page, 'IT och digitalisering (ITD)')).toContainText('Validerad');
    await expect(progressRow(page, 'Stadskontoret')).toContainText('Inskickad');
    await expect(progressRow(page, 'Fritidsförvaltningen')).toContainText('Återsänd');
    await expect(progressRow(page, 'Förskoleförvaltningen')).toContainText('Utkast');
    // Other specs submit and review units meanwhile: only the shape of the summary is fixed.
    await expect(
      page.getByText(/^\d+ av 14 inskickade, \d+ validerade?, \d+ återsända?, \d+ försenade?\.$/),
    ).toBeVisible();
    await expect(
      progressRow(page, 'Stadskontoret').getByRole('link', { name: 'Granska Stadskontoret' }),
    ).toHaveAttribute('href', '/granska/2026-K4/stadskontoret');
    await expect(progressRow(page, 'Förskoleförvaltningen').getByRole('link')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('filters the progress by state, in the address', async ({ page }) => {
    await openRounds(page);
    await page.getByLabel('Läge', { exact: true }).selectOption({ label: 'Återsänd' });
    await expect(page).toHaveURL(/status=returned/);
    await expect(progressRow(page, 'Fritidsförvaltningen')).toBeVisible();
    await expect(progressRow(page, 'Stadskontoret')).toHaveCount(0);
    await expect(page.getByRole('table', { name: /som matchar filtret/ })).toBeVisible();

    await page.getByLabel('Läge', { exact: true }).selectOption({ label: 'Alla lägen' });
    await expect(page).not.toHaveURL(/status=/);
    await expect(progressRow(page, 'Stadskontoret')).toBeVisible();
  });

  test('a closed round shows its progress too, without a review link to act on', async ({
    page,
  }) => {
    await openRounds(page, '?omgang=2026-K3');
    await expect(
      page.getByRole('heading', { name: 'Förvaltningarnas rapportering i 2026-K3' }),
    ).toBeVisible();
    await expect(
      page.getByText('14 av 14 inskickade, 14 validerade, 0 återsända, 0 försenade.'),
    ).toBeVisible();
    await expect(
      progressRow(page, 'Stadskontoret').getByRole('link', { name: /Visa/ }),
    ).toBeVisible();
  });

  test('a late unit is marked in words, not only by colour', async ({ page }) => {
    await rewriteAnswer<{ units: { unitSlug: string; late: boolean }[] }>(
      page,
      'rounds.progress',
      (data) => ({
        ...data,
        units: data.units.map((u) => ({ ...u, late: u.unitSlug === 'forskoleforvaltningen' })),
      }),
    );
    await openRounds(page);
    await expect(progressRow(page, 'Förskoleförvaltningen')).toContainText('Försenad');
    await expect(progressRow(page, 'Stadskontoret')).not.toContainText('Försenad');
    await expect(page.getByText(/, 1 försenad\.$/)).toBeVisible();
  });

  test('the close dialog explains the frozen snapshot, and Cancel leaves the round open', async ({
    page,
  }) => {
    await openRounds(page);
    const close = page.getByRole('button', { name: 'Stäng omgången' });
    await close.click();
    const dialog = page.getByRole('alertdialog', { name: 'Stäng omgången 2026-K4?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('fryst ögonblicksbild');
    await expect(dialog).toContainText('översikten');
    // Focus starts on Cancel, so Enter never closes the round by mistake.
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(close).toBeFocused();
    await expect(
      page
        .getByRole('table', { name: /Alla bedömningsomgångar/ })
        .getByRole('row', { name: /^2026-K4/ }),
    ).toContainText('Öppen');
  });

  test('the new-round form explains its errors in Swedish beside the fields and opens nothing', async ({
    page,
  }) => {
    // Pretend no round is open so the form shows; the server still knows 2026-K4 is open and refuses.
    await rewriteAnswer<{ status: string }[]>(page, 'rounds.list', (rounds) =>
      rounds.map((r) => ({ ...r, status: 'closed' })),
    );
    await openRounds(page);
    await page.getByRole('button', { name: 'Öppna ny omgång' }).click();
    const form = page.getByRole('region', { name: 'Ny omgång' });
    const code = form.getByLabel('Omgångens kod');
    await expect(code).toBeFocused();
    await expect(code).toHaveValue('2027-K1');

    await form.getByLabel('Första dag').fill('2027-01-01');
    await form.getByLabel('Sista dag', { exact: true }).fill('2026-12-31');
    await form.getByLabel('Sista dag att skicka in').fill('2027-03-12');
    await form.getByRole('button', { name: 'Öppna omgången' }).click();
    const endsOn = form.getByLabel('Sista dag', { exact: true });
    await expect(endsOn).toBeFocused();
    await expect(endsOn).toHaveAttribute('aria-invalid', 'true');
    await expect(endsOn).toHaveAccessibleDescription(
      /Sista dagen kan inte vara före första dagen\./,
    );
    await expectNoAxeViolations(page);

    await endsOn.fill('2027-03-31');
    await form.getByRole('button', { name: 'Öppna omgången' }).click();
    await expect(code).toBeFocused();
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription(
      /En omgång är redan öppen\. Stäng den innan du öppnar en ny\./,
    );
    await expect(endsOn).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.unrouteAll({ behavior: 'wait' });
    await page.reload();
    await waitForPage(page);
    await expect(page.getByRole('table', { name: /Alla bedömningsomgångar/ })).not.toContainText(
      '2027-K1',
    );
  });
});

for (const role of ['reporter', 'viewer'] as const) {
  test.describe(`Rounds as ${role}`, () => {
    test.use({ signedInAs: role });

    test('sees no rounds link and a plain no-permission page', async ({ page }) => {
      await page.goto('/');
      await waitForPage(page);
      await expect(
        page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Omgångar' }),
      ).toHaveCount(0);
      await openRounds(page);
      await expect(
        page.getByText('Du har inte behörighet att hantera bedömningsomgångar.'),
      ).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
      await page.goto('/granska/2026-K4/stadskontoret');
      await waitForPage(page);
      await expect(page.getByText(/Du har inte behörighet att granska/)).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

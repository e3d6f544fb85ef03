import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  openAllTables,
  waitForCharts,
  waitForPage,
} from './fixtures';
import { signInAs, test } from './own-server';

// One server of its own: the measurement and the action written here show in no other spec.
test.describe.configure({ mode: 'default' });

async function openBenefits(page: Page) {
  await page.goto('/nyttor');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nyttorealisering');
}

const register = (page: Page) =>
  page.getByRole('table', { name: 'Nyttor med realisering och vem som agerar härnäst' });
const benefitRow = (page: Page, title: string) =>
  register(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title }) });

test.describe('a KS member reads the benefit realisation', () => {
  test.use({ signedInAs: 'viewer' });

  test('per board, who acts next and what KS and servicenämnden can do; axe passes', async ({
    page,
  }) => {
    await openBenefits(page);
    await expect(
      page.getByText(/^Av 16 planerade nyttor är 4 realiserade och 7 delvis/),
    ).toContainText('4 uppföljningar är försenade.');
    // The demo city is read on its own day, whatever the clock says, and the page names that day.
    await expect(page.locator('.benefits-summary')).toContainText(
      'Beräknat per 30 november 2026, den dag demostadens uppgifter gäller.',
    );
    const boards = page.getByRole('table', { name: 'Nyttor och realisering per nämnd' });
    // Stadskontoret's three benefits: 100 % (measured at 92 of 90 after the 2026 plan), 100 % and 46 %.
    await expect(boards.getByRole('row', { name: /^Kommunstyrelsen/ })).toHaveText(
      /Kommunstyrelsen\s*3\s*3\s*82 %\s*2\s*1\s*0\s*0/,
    );
    await expect(boards.getByRole('row', { name: /^Hela staden/ })).toContainText('51 %');

    await expect(benefitRow(page, 'Investeringsbehov med nyttokalkyl')).toContainText(
      'Kommunstyrelsen, senast 31 mars 2027',
    );
    await expect(benefitRow(page, 'Lokalbokning via e-tjänst')).toContainText(
      'Kulturförvaltningen: uppföljningen är försenad',
    );
    const ks = page.getByRole('region', { name: 'Vad kan kommunstyrelsen göra?' });
    await expect(ks).toContainText('Kräv nyttokalkyl i budgetunderlaget');
    const service = page.getByRole('region', { name: 'Vad kan servicenämnden göra?' });
    await expect(service).toContainText('Erbjud nyttoanalysstöd till förvaltningarna');
    await expect(page.getByRole('region', { name: 'Försenade uppföljningar' })).toContainText(
      'Kulturförvaltningen (Kulturnämnden) ska mäta ”Lokalbokning via e-tjänst”',
    );
    // A reader changes nothing.
    await expect(
      page.getByRole('button', { name: /Registrera mätning|Ändra|Ny åtgärd/ }),
    ).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Ladda ner (Excel)' })).toHaveAttribute(
      'href',
      '/export/nyttor.xlsx',
    );

    await openAllTables(page);
    await waitForCharts(page);
    await expectNoAxeViolations(page);

    // A board's benefits only, kept in the address so the view can be shared.
    await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Kommunstyrelsen' });
    await expect(page.getByText('Visar 3 av 16 nyttor.')).toBeVisible();
    await expect(page).toHaveURL(/namnd=Kommunstyrelsen/);
    await page.reload();
    await waitForPage(page);
    await expect(page.getByText('Visar 3 av 16 nyttor.')).toBeVisible();
  });
});

test.describe('a unit records a measurement of its own benefit', () => {
  test.use({ signedInAs: 'reporter' });

  test('a bad value is refused in Swedish beside the field; a good one changes the realisation', async ({
    page,
  }) => {
    await openBenefits(page);
    const row = benefitRow(page, 'Publicerade öppna miljödata');
    await expect(row).toContainText('49 %');
    // Only its own unit's benefits take a measurement.
    await expect(
      benefitRow(page, 'Lokalbokning via e-tjänst').getByRole('button', { name: /Registrera/ }),
    ).toHaveCount(0);

    await row
      .getByRole('button', { name: /Registrera mätning\s*: Publicerade öppna miljödata/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Uppmätt värde').fill('många');
    await dialog.getByRole('button', { name: 'Registrera' }).click();
    const value = dialog.getByRole('textbox', { name: 'Uppmätt värde' });
    await expect(value).toHaveAttribute('aria-invalid', 'true');
    await expect(
      dialog.getByText('Ange ett tal, till exempel 12 eller 12,5.').first(),
    ).toBeVisible();

    await value.fill('33');
    await dialog.getByRole('button', { name: 'Registrera' }).click();
    await expect(dialog).toHaveCount(0);
    // 5 → 33 of 5 → 40 datasets.
    await expect(page.getByText('Realiseringen är nu 80 %.')).toBeVisible();
    await expect(row).toContainText('80 %');

    // A second value for the same day is refused, and the first one stands.
    await row
      .getByRole('button', { name: /Registrera mätning\s*: Publicerade öppna miljödata/ })
      .click();
    await dialog.getByLabel('Uppmätt värde').fill('38');
    await dialog.getByRole('button', { name: 'Registrera' }).click();
    await expect(dialog.getByText(/Det finns redan ett värde för .* \(33\)/).first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await expect(row).toContainText('80 %');
  });
});

test.describe('itd records what KS will do', () => {
  test('a new action for KS appears under KS and says who acts next', async ({ page }) => {
    await openBenefits(page);
    await page.getByRole('button', { name: 'Ny åtgärd' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny åtgärd' });
    await dialog.getByLabel('Vem gör det').selectOption({ label: 'Kommunstyrelsen' });
    await dialog
      .getByLabel('För nyttan')
      .selectOption({ label: 'Lägre kostnad för att bevara avvecklade system' });
    await dialog.getByLabel('Åtgärd').fill('Besluta om gallringsplan för avvecklade system');
    await dialog.getByLabel('Klart senast').fill('2027-02-15');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toHaveCount(0);

    const ks = page.getByRole('region', { name: 'Vad kan kommunstyrelsen göra?' });
    await expect(ks).toContainText('Besluta om gallringsplan för avvecklade system');
    await expect(benefitRow(page, 'Lägre kostnad för att bevara avvecklade system')).toContainText(
      'Kommunstyrelsen, senast 15 februari 2027',
    );
  });

  test('itd adds a benefit; an edit over a newer save shows both values and lets itd choose', async ({
    page,
    browser,
    baseURL,
  }) => {
    await openBenefits(page);
    await page.getByRole('button', { name: 'Ny nytta' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny nytta' });
    await dialog.getByLabel('Nytta', { exact: true }).fill('Kortare väntetid för bygglov');
    await dialog
      .getByLabel('Investering')
      .selectOption({ label: 'Integrationsplattform och API-katalog' });
    await dialog.getByLabel('Ansvarig förvaltning').selectOption({
      label: 'Stadsbyggnadskontoret (Stadsbyggnadsnämnden)',
    });
    await dialog.getByLabel('Mått', { exact: true }).fill('handläggningstid (veckor)');
    await dialog.getByLabel('Utgångsvärde').fill('10');
    await dialog.getByLabel('Målvärde').fill('10');
    await dialog.getByLabel('Måldatum').fill('2027-12-31');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(
      dialog.getByText('Målvärdet måste skilja sig från utgångsvärdet.').first(),
    ).toBeVisible();
    await dialog.getByLabel('Målvärde').fill('4,5');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect(dialog).toHaveCount(0);
    const row = benefitRow(page, 'Kortare väntetid för bygglov');
    await expect(row).toContainText('Inte mätt');
    await expect(row).toContainText('Stadsbyggnadsnämnden');

    // Another ITD page opens the same benefit and saves first.
    const other = await signInAs(browser, baseURL!, 'itd');
    await openBenefits(other.page);
    await benefitRow(other.page, 'Kortare väntetid för bygglov')
      .getByRole('button', { name: /^Ändra/ })
      .click();
    await row.getByRole('button', { name: /^Ändra/ }).click();
    const otherDialog = other.page.getByRole('dialog');
    await otherDialog.getByLabel('Målvärde').fill('3');
    await otherDialog.getByRole('button', { name: 'Spara' }).click();
    await expect(otherDialog).toHaveCount(0);
    await other.context.close();

    const edit = page.getByRole('dialog');
    await edit.getByLabel('Målvärde').fill('5');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await expect(edit.getByRole('heading', { name: 'Någon annan har sparat först' })).toBeVisible();
    const compare = edit.getByRole('table', { name: 'Dina värden och de sparade' });
    await expect(compare.getByRole('row', { name: /^Målvärde/ })).toHaveText(/Målvärde\s*5\s*3/);
    // The same order as every other conflict: the saved version first, then keeping one's own.
    await expect(edit.locator('.conflict-panel .actions button')).toHaveText([
      'Behåll det sparade',
      'Spara mina värden',
    ]);
    await edit.getByRole('button', { name: 'Spara mina värden' }).click();
    await expect(edit).toHaveCount(0);
    await expect(row).toContainText('– 5');
  });
});

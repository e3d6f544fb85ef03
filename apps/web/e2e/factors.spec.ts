import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, waitForCharts, waitForPage } from './fixtures';
import { test } from './own-server';

test.describe.configure({ mode: 'default' });

const ADOPTION = 'Förvaltningarna hinner inte ta emot förändringar';

interface FactorRecord {
  code: string;
  title: string;
  likelihood: number;
  version: number;
  history: { roundCode: string; likelihood: number; impact: number; score: number }[];
}

async function readFactors(page: Page): Promise<FactorRecord[]> {
  const response = await page.request.get('/trpc/factors.register');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { factors: FactorRecord[] } } }).result.data
    .factors;
}

async function openFactors(page: Page) {
  await page.goto('/faktorer');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kritiska faktorer');
}

const matrix = (page: Page) =>
  page.getByRole('table', { name: /Antal öppna faktorer och faktorer som åtgärdas/ });
const cell = (page: Page, likelihood: number, impact: number) =>
  matrix(page).locator(`td[data-likelihood="${likelihood}"][data-impact="${impact}"]`);
const topTable = (page: Page) => page.getByRole('table', { name: /De fem öppna faktorerna/ });
const registerRow = (page: Page, title: string) =>
  page.getByRole('table', { name: 'Kritiska faktorer' }).locator('tbody tr', { hasText: title });

test.describe('a KS member reads the critical factors of closed rounds', () => {
  test.use({ signedInAs: 'viewer' });

  test('the largest factors stand on the latest closed round; scores of the open round wait', async ({
    page,
  }) => {
    await openFactors(page);
    await expect(topTable(page)).toContainText(
      'De fem öppna faktorerna med högst poäng i 2026-K3 och förändringen sedan 2026-K2.',
    );
    await expect(page.getByRole('main')).not.toContainText('2026-K4');
    await expect(page.getByTestId('factors-preliminary')).toHaveCount(0);
    // Readers get no edit actions.
    await expect(page.getByRole('button', { name: 'Ny faktor' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Ändra / })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the download and the details are reached with the keyboard', async ({ page }) => {
    await openFactors(page);
    const download = page.getByRole('link', { name: 'Ladda ner (Excel)' });
    for (
      let i = 0;
      i < 60 && !(await download.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(download).toBeFocused();
    const details = registerRow(page, 'Brist på IT-juridisk kompetens').locator('summary');
    for (
      let i = 0;
      i < 200 && !(await details.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(details).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      registerRow(page, 'Brist på IT-juridisk kompetens').getByText(
        /Inrätta en IT-juridisk funktion/,
      ),
    ).toBeVisible();
  });
});

// ITD reads what it has scored in the open round too: the demo's story of 2026-K4.
test.describe('ITD reads the critical factors, the open round included', () => {
  test.use({ signedInAs: 'itd' });

  test('the summary, the matrix and the largest factors with their movement', async ({ page }) => {
    await openFactors(page);
    await expect(page.getByTestId('factors-preliminary')).toHaveText(
      'Poängen i 2026-K4 är preliminära: omgången är öppen, och KS ser poängen från den senaste stängda omgången tills den stängs.',
    );
    await expect(page.getByTestId('factors-summary')).toHaveText(
      '12 faktorer, varav 3 kritiska och 5 höga. Störst: Brist på IT-juridisk kompetens (20, upp 4 sedan 2026-K3). 1 stängd faktor räknas inte in.',
    );

    // Likelihood 5 at the top, impact 1 to 5; every cell says its band in words.
    const rows = matrix(page).locator('tbody tr');
    await expect(rows.locator('th')).toHaveText([
      'Sannolikhet 5',
      'Sannolikhet 4',
      'Sannolikhet 3',
      'Sannolikhet 2',
      'Sannolikhet 1',
    ]);
    await expect(cell(page, 4, 5)).toContainText('Kritisk');
    await expect(cell(page, 4, 5)).toContainText('2 faktorer');
    await expect(cell(page, 4, 5)).toContainText('Brist på IT-juridisk kompetens');
    await expect(cell(page, 4, 5)).toContainText('Svag testverksamhet');
    await expect(cell(page, 1, 1)).toContainText('Låg');
    await expect(cell(page, 1, 2)).toContainText('Ingen');
    await expect(page.getByText(/Stängda faktorer räknas inte/)).toBeVisible();
    await expect(
      page.getByText(/^3 faktorer ligger i kritiska rutor och 5 i höga\./),
    ).toBeVisible();

    const top = topTable(page).locator('tbody tr');
    await expect(top).toHaveCount(5);
    await expect(top.nth(0)).toContainText('Brist på IT-juridisk kompetens');
    await expect(top.nth(0)).toContainText('↑ +4 upp');
    await expect(top.nth(1)).toContainText('→ ±0 oförändrad');
    await expect(top.nth(2)).toContainText('Svag testverksamhet');
    await expect(top.nth(2)).toContainText('↓ −5 ned');
    await expect(top.nth(2)).toContainText('Åtgärdas');

    await waitForCharts(page);
    await expect(page.getByRole('img', { name: /Linjediagram: poängen för de fem/ })).toBeVisible();
    await expect(page.getByText(/har stigit sedan 2024-K4/)).toBeVisible();
    const trend = page.getByRole('table', {
      name: 'Poäng per omgång för de fem största faktorerna',
    });
    await expect(trend.locator('tbody tr')).toHaveCount(9);

    // The details link on to the capability and the need.
    const itLaw = registerRow(page, 'Brist på IT-juridisk kompetens');
    await itLaw.getByText('Detaljer').click();
    await expect(
      itLaw.getByRole('link', { name: 'IT-juridisk funktion för hela staden' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    // Filters narrow the register.
    await page.getByLabel('Typ', { exact: true }).selectOption({ label: 'Framgångsfaktor' });
    await expect(page.getByText('Visar 3 av 12 faktorer.')).toBeVisible();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Stängd' });
    await expect(page.getByText('Visar 1 av 12 faktorer.')).toBeVisible();
    // The filters are in the address, so a reload (or a shared link) keeps them.
    await expect(page).toHaveURL(/typ=success/);
    await page.reload();
    await waitForPage(page);
    await expect(page.getByText('Visar 1 av 12 faktorer.')).toBeVisible();

    const download = page.getByRole('link', { name: 'Ladda ner (Excel)' });
    await expect(download).toHaveAttribute('href', '/export/faktorer.xlsx');
  });
});

test.describe('ITD keeps the register', () => {
  test('raising a likelihood moves the factor in the matrix and to the top, scored in 2026-K4', async ({
    page,
  }) => {
    await openFactors(page);
    await expect(cell(page, 3, 4)).toContainText('2 faktorer');
    await expect(cell(page, 5, 4)).toContainText('1 faktor');

    // Keyboard: Tab to the row's edit button, Enter opens the dialog with the name in focus.
    const edit = page.getByRole('button', { name: `Ändra ${ADOPTION}` });
    for (let i = 0; i < 300 && !(await edit.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(edit).toBeFocused();
    await page.keyboard.press('Enter');
    const form = page.getByRole('dialog');
    await expect(form.getByRole('heading', { name: `Ändra ${ADOPTION}` })).toBeVisible();
    await expect(form.getByLabel('Namn')).toBeFocused();
    await expect(form.getByText('Poängen sparas i omgång 2026-K4')).toBeVisible();
    await form.getByLabel('Sannolikhet').selectOption('5');
    await expect(form.getByText('Poäng: 20 (Kritisk)')).toBeVisible();
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Spara' }).click();

    await expect(page.getByText(`${ADOPTION} är sparad.`)).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(cell(page, 5, 4)).toContainText('2 faktorer');
    await expect(cell(page, 5, 4)).toContainText(ADOPTION);
    await expect(cell(page, 3, 4)).toContainText('1 faktor');
    const first = topTable(page).locator('tbody tr').first();
    await expect(first).toContainText(ADOPTION);
    await expect(first).toContainText('↑ +8 upp');
    await expect(page.getByTestId('factors-summary')).toContainText(
      `varav 4 kritiska och 4 höga. Störst: ${ADOPTION} (20, upp 8 sedan 2026-K3)`,
    );
    const saved = (await readFactors(page)).find((f) => f.title === ADOPTION)!;
    expect(saved.likelihood).toBe(5);
    expect(saved.history.at(-1)).toEqual({
      roundCode: '2026-K4',
      likelihood: 5,
      impact: 4,
      score: 20,
    });
    expect(saved.history.at(-2)).toMatchObject({ roundCode: '2026-K3', score: 12 });
  });

  test('an empty name and owner give Swedish errors beside the fields, and nothing is saved', async ({
    page,
  }) => {
    await openFactors(page);
    const before = (await readFactors(page)).length;
    await page.getByRole('button', { name: 'Ny faktor' }).click();
    const form = page.getByRole('dialog');
    await expect(form.getByRole('heading', { name: 'Ny kritisk faktor' })).toBeVisible();
    await form.getByRole('button', { name: 'Spara' }).click();

    const title = form.getByLabel('Namn');
    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(/Ange ett namn\./);
    const owner = form.getByLabel('Ägare');
    await expect(owner).toHaveAccessibleDescription(/Ange en ägare\./);
    const summary = form.locator('.error-summary');
    await expect(summary.getByRole('heading')).toHaveText('Formuläret har fel');
    await expect(summary.getByRole('link')).toHaveText([
      'Namn: Ange ett namn.',
      'Ägare: Ange en ägare.',
    ]);
    await summary.getByRole('link', { name: /^Ägare/ }).click();
    await expect(owner).toBeFocused();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(form).toHaveCount(0);
    expect(await readFactors(page)).toHaveLength(before);
  });

  test('a save over someone else’s newer one shows both versions and lets the user choose', async ({
    page,
  }) => {
    const title = 'Nyttor följs inte upp';
    await openFactors(page);
    await page.getByRole('button', { name: `Ändra ${title}` }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Ägare').fill('Servicenämnden');

    // Someone else saves the factor first, with a new impact.
    const saved = (await readFactors(page)).find((f) => f.title === title)!;
    const response = await page.request.post('/trpc/factors.save', {
      data: {
        code: saved.code,
        version: saved.version,
        fields: {
          title,
          kind: 'risk',
          likelihood: 3,
          impact: 5,
          owner: 'Kommunstyrelsen',
          mitigation: 'Ändrad av någon annan.',
          status: 'mitigating',
          capabilityCodes: [],
          needCodes: ['nyttorealiseringsstod'],
        },
      },
    });
    expect(response.ok()).toBe(true);

    // A double click sends one save: the conflict comes once and the panel takes focus.
    await form.getByRole('button', { name: 'Spara' }).dblclick();
    const panel = form.locator('.conflict-panel');
    await expect(
      panel.getByRole('heading', { name: 'Någon annan har sparat faktorn' }),
    ).toBeFocused();
    const owner = panel.getByRole('row', { name: /^Ägare/ });
    await expect(owner.getByRole('cell')).toHaveText(['Servicenämnden', 'Kommunstyrelsen']);
    const impact = panel.getByRole('row', { name: /^Konsekvens/ });
    await expect(impact.getByRole('cell')).toHaveText(['4', '5']);
    await expectNoAxeViolations(page);

    await panel.getByRole('button', { name: 'Spara min version' }).click();
    await expect(page.getByText(`${title} är sparad.`)).toBeVisible();
    const after = (await readFactors(page)).find((f) => f.title === title)!;
    expect(after.version).toBe(saved.version + 2);
    expect(after.history.at(-1)).toMatchObject({ roundCode: '2026-K4', impact: 4 });
    await expect(registerRow(page, title)).toContainText('Servicenämnden');
  });
});

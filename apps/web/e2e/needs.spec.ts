import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, waitForPage } from './fixtures';
import { signInAs, test, uniqueTitle } from './own-server';

test.describe.configure({ mode: 'default' });

interface NeedRecord {
  code: string;
  title: string;
  version: number;
  status: string;
  operatingTkr: number;
  decisionReason: string | null;
  ownerUnits: string[];
}

async function readNeeds(page: Page): Promise<NeedRecord[]> {
  const response = await page.request.get('/trpc/planning.needs');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { needs: NeedRecord[] } } }).result.data
    .needs;
}

/** A need made through the API for a test to change. */
async function createNeed(page: Page, title: string) {
  const response = await page.request.post('/trpc/planning.saveNeed', {
    data: {
      code: null,
      version: 0,
      fields: {
        title,
        description: '',
        ownerUnits: ['itd'],
        capabilities: [],
        plannedStart: 2027,
        durationYears: 1,
        oneOffTkr: [800],
        operatingTkr: 100,
        benefitTkr: [],
        fte: [],
        dependsOn: [],
        constraints: [],
        risk: 2,
        priority: 2,
        status: 'accepted',
      },
    },
  });
  expect(response.ok(), `saveNeed answered ${response.status()}`).toBe(true);
}

async function openRegister(page: Page, query = '') {
  await page.goto(`/planering/behov${query}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investeringsbehov');
}

function table(page: Page) {
  return page.getByRole('table', { name: 'Investeringsbehov' });
}

function row(page: Page, title: string): Locator {
  return table(page).locator('tbody tr', { hasText: title });
}

function dialog(page: Page) {
  return page.getByRole('dialog');
}

/** Presses Tab until `target` has focus; only the keyboard moves focus. */
async function tabUntil(page: Page, target: Locator, maxPresses = 200) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`focus did not reach the target in ${maxPresses} presses of Tab`);
}

/** Shows only the needs whose text matches, through the filter's own field. */
async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Sök' }).fill(text);
  await page.getByRole('button', { name: 'Filtrera' }).click();
  await expect(page).toHaveURL(/sok=/);
}

test.describe('The register of investment needs', () => {
  test('itd creates a need with the keyboard only, then finds it by sorting and filtering', async ({
    page,
  }) => {
    const title = uniqueTitle('Tangentbordsbehov');
    await openRegister(page);
    const total = (await readNeeds(page)).length;
    await expect(page.getByRole('navigation', { name: 'Planering' })).toBeVisible();
    await expect(page.getByText(`Visar ${total} av ${total} behov`)).toBeVisible();
    await expectNoAxeViolations(page);

    await tabUntil(page, page.getByRole('button', { name: 'Nytt investeringsbehov' }));
    await page.keyboard.press('Enter');
    const form = dialog(page);
    await expect(form.getByRole('heading', { name: 'Nytt investeringsbehov' })).toBeVisible();
    await expect(form.getByLabel('Titel')).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Skapat med tangentbordet.');
    await page.keyboard.press('Tab');
    // The first owner unit; Space ticks it.
    await page.keyboard.press('Space');
    await tabUntil(page, form.getByRole('button', { name: 'Lägg till förmåga' }));
    await page.keyboard.press('Enter');
    const capability = form.getByRole('group', { name: 'Förmåga 1' }).getByLabel('Förmåga');
    await expect(capability).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(capability).not.toHaveValue('');
    await tabUntil(page, form.getByLabel('Antal år'));
    await page.keyboard.press('ArrowDown');
    await expect(form.getByLabel('Antal år')).toHaveValue('2');
    const oneOff = form.getByRole('group', { name: 'Engångskostnad per år (tkr)' });
    await page.keyboard.press('Tab');
    await expect(oneOff.getByLabel('2027')).toBeFocused();
    await page.keyboard.type('1 500');
    await page.keyboard.press('Tab');
    await page.keyboard.type('500');
    await page.keyboard.press('Tab');
    await page.keyboard.type('250');
    await tabUntil(page, form.getByRole('button', { name: 'Spara behovet' }));
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');

    await expect(page.getByText(`Behovet ${title} har sparats.`)).toBeVisible();
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByText(`Visar ${total + 1} av ${total + 1} behov`)).toBeVisible();
    const created = row(page, title);
    await expect(created).toContainText('Godkänt');
    await expect(created).toContainText('2027–2028');
    await expect(created.locator('td').nth(4)).toHaveText(/^2\s000 tkr$/);
    await expect(created.locator('td').nth(5)).toHaveText(/^250 tkr$/);

    // Details: everything about the need, one click away.
    await created.getByRole('button', { name: `Visa detaljer ${title}` }).click();
    const details = table(page).locator('.need-details');
    await expect(details).toContainText(/2027: 1\s500 tkr; 2028: 500 tkr/);
    await expect(details).toContainText('Ida Ledning (ITD)');
    await expectNoAxeViolations(page);

    // Sorting: a header button, the order told by aria-sort and kept in the address.
    const titleHeader = table(page).getByRole('columnheader', { name: /^Behov/ });
    await titleHeader.getByRole('button').click();
    await expect(page).toHaveURL(/sortera=titel/);
    await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
    await titleHeader.getByRole('button').click();
    await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/fallande=true/);
    const cost = table(page).getByRole('columnheader', { name: /^Engångskostnad/ });
    await cost.getByRole('button').click();
    await expect(cost).toHaveAttribute('aria-sort', 'ascending');
    await expect(titleHeader).not.toHaveAttribute('aria-sort');

    // Filtering by text, then by status and unit, each in the address.
    await search(page, title);
    await expect(page.getByText(`Visar 1 av ${total + 1} behov`)).toBeVisible();
    await expect(
      page.getByText(/^De visade behoven: 2,0 mnkr i engångskostnad och 0,3 mnkr per år/),
    ).toBeVisible();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Föreslaget' });
    await expect(page.getByText('Inga behov matchar filtren.')).toBeVisible();
    await page.getByRole('link', { name: 'Visa alla behov' }).click();
    await page.getByLabel('Förvaltning').selectOption({ label: 'Miljöförvaltningen' });
    await expect(page).toHaveURL(/enhet=miljoforvaltningen/);
    await expect(row(page, title)).toHaveCount(0);
  });

  test('a bad value shows a Swedish error beside its field and nothing is saved; a double click saves once', async ({
    page,
  }) => {
    const title = uniqueTitle('Felaktigt behov');
    await openRegister(page);
    await page.getByRole('button', { name: 'Nytt investeringsbehov' }).click();
    const form = dialog(page);
    await form.getByLabel('Titel').fill(title);
    await form.getByRole('checkbox', { name: 'Stadskontoret' }).check();
    const oneOff = form
      .getByRole('group', { name: 'Engångskostnad per år (tkr)' })
      .getByLabel('2027');
    await oneOff.fill('tusen');
    await form.getByRole('button', { name: 'Lägg till kompetensbehov' }).click();
    await form.getByRole('group', { name: 'Kompetensbehov 1' }).getByLabel('FTE').fill('0,125');
    await form.getByRole('button', { name: 'Spara behovet' }).click();

    await expect(oneOff).toBeFocused();
    await expect(oneOff).toHaveAttribute('aria-invalid', 'true');
    await expect(oneOff).toHaveAccessibleDescription(/Skriv ett helt antal tkr, t\.ex\. 1 500\./);
    const summary = form.locator('.error-summary');
    await expect(summary.getByRole('heading')).toHaveText('Behovet kunde inte sparas');
    await expect(summary.getByRole('link')).toHaveText([
      'Engångskostnad 2027: Skriv ett helt antal tkr, t.ex. 1 500.',
      'Kompetensbehov 1 – Kompetensområde: Välj ett kompetensområde.',
      'Kompetensbehov 1 – FTE: Skriv högst två decimaler, t.ex. 1,25.',
    ]);
    await summary.getByRole('link', { name: /^Kompetensbehov 1 – FTE/ }).click();
    await expect(
      form.getByRole('group', { name: 'Kompetensbehov 1' }).getByLabel('FTE'),
    ).toBeFocused();
    await expectNoAxeViolations(page);
    expect((await readNeeds(page)).filter((n) => n.title === title)).toHaveLength(0);

    await oneOff.fill('1200');
    await form.getByRole('button', { name: 'Ta bort kompetensbehov 1' }).click();
    await expect(form.getByRole('button', { name: 'Lägg till kompetensbehov' })).toBeFocused();
    await form.getByRole('button', { name: 'Spara behovet' }).dblclick();
    await expect(page.getByText(`Behovet ${title} har sparats.`)).toBeVisible();
    expect((await readNeeds(page)).filter((n) => n.title === title)).toHaveLength(1);
  });

  test('two pages change the same need: the second sees both values and chooses', async ({
    page,
    browser,
    baseURL,
  }) => {
    const title = uniqueTitle('Delat behov');
    await createNeed(page, title);
    const other = await signInAs(browser, baseURL!, 'itd');
    await openRegister(page, `?sok=${encodeURIComponent(title)}`);
    await openRegister(other.page, `?sok=${encodeURIComponent(title)}`);
    await page.getByRole('button', { name: `Ändra ${title}` }).click();
    await other.page.getByRole('button', { name: `Ändra ${title}` }).click();

    await dialog(page).getByLabel('Driftkonsekvens per år (tkr)').fill('250');
    await dialog(page).getByRole('button', { name: 'Spara behovet' }).click();
    await expect(page.getByText(`Behovet ${title} har sparats.`)).toBeVisible();

    const second = dialog(other.page);
    await second.getByLabel('Driftkonsekvens per år (tkr)').fill('999');
    await second.getByRole('button', { name: 'Spara behovet' }).click();
    const heading = second.getByRole('heading', { name: 'Någon annan har ändrat behovet' });
    await expect(heading).toBeFocused();
    await expect(second).toContainText('Behovet sparades av Ida Ledning (ITD)');
    const changed = second.getByRole('row', { name: /^Driftkonsekvens/ });
    await expect(changed).toContainText('999 tkr per år från 2028');
    await expect(changed).toContainText('250 tkr per år från 2028');
    await expectNoAxeViolations(other.page);

    await second.getByRole('button', { name: 'Spara mina ändringar ändå' }).click();
    await expect(other.page.getByText(`Behovet ${title} har sparats.`)).toBeVisible();
    const saved = (await readNeeds(page)).find((n) => n.title === title)!;
    expect(saved).toMatchObject({ operatingTkr: 999, version: 3 });

    // The first page is behind now: it takes the saved values instead of its own.
    await page.getByRole('button', { name: `Ändra ${title}` }).click();
    await dialog(page).getByLabel('Driftkonsekvens per år (tkr)').fill('1');
    await dialog(page).getByRole('button', { name: 'Spara behovet' }).click();
    await dialog(page).getByRole('button', { name: 'Använd det sparade' }).click();
    await expect(dialog(page).getByText('Formuläret visar nu det sparade behovet.')).toBeVisible();
    await expect(dialog(page).getByLabel('Driftkonsekvens per år (tkr)')).toHaveValue('999');
    await expect(dialog(page).getByLabel('Titel')).toBeFocused();
    await other.context.close();
  });
});

test.describe('Proposals from a unit', () => {
  test.use({ signedInAs: 'reporter' });

  test('a reporter proposes for its own unit; itd declines with a reason the reporter reads', async ({
    page,
    browser,
    baseURL,
  }) => {
    const title = uniqueTitle('Mobil tillsyn');
    await openRegister(page);
    await expect(page.getByRole('button', { name: 'Nytt investeringsbehov' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Ändra/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Föreslå ett behov' }).click();
    const form = dialog(page);
    await expect(form.getByRole('group', { name: 'Ägande förvaltningar' })).toHaveCount(0);
    await expect(form.getByLabel('Status')).toHaveCount(0);
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Beskrivning').fill('Surfplattor för inspektörerna.');
    await form
      .getByRole('group', { name: 'Engångskostnad per år (tkr)' })
      .getByLabel('2027')
      .fill('400');
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Skicka förslaget' }).click();
    await expect(page.getByText(`Förslaget ${title} har skickats till ITD.`)).toBeVisible();
    await expect(row(page, title)).toContainText('Miljöförvaltningen');
    await expect(row(page, title)).toContainText('Föreslaget');
    const proposed = (await readNeeds(page)).find((n) => n.title === title)!;
    expect(proposed.ownerUnits).toEqual(['miljoforvaltningen']);

    const itd = await signInAs(browser, baseURL!, 'itd');
    await openRegister(itd.page, `?sok=${encodeURIComponent(title)}`);
    await itd.page.getByRole('button', { name: `Avslå ${title}` }).click();
    const decide = dialog(itd.page);
    await expect(decide.getByRole('heading')).toHaveText(`Avslå förslaget: ${title}`);
    await decide.getByRole('button', { name: 'Avslå' }).click();
    await expect(decide.getByLabel('Motivering')).toBeFocused();
    await expect(decide.getByLabel('Motivering')).toHaveAccessibleDescription(
      /Skriv varför förslaget avslås\./,
    );
    await expectNoAxeViolations(itd.page);
    await decide.getByLabel('Motivering').fill('Ryms i förvaltningens egen budget.');
    await decide.getByRole('button', { name: 'Avslå' }).click();
    await expect(itd.page.getByText(`${title} är avslaget.`)).toBeVisible();
    await expect(row(itd.page, title)).toContainText('Avslaget');
    await itd.context.close();

    await page.reload();
    await waitForPage(page);
    await expect(row(page, title)).toContainText('Avslaget');
    await expect(row(page, title)).toContainText('Motivering: Ryms i förvaltningens egen budget.');
  });

  test('itd accepts a proposal against the version it read', async ({ page, browser, baseURL }) => {
    const title = uniqueTitle('Digital tillsynsplan');
    const proposed = await page.request.post('/trpc/planning.proposeNeed', {
      data: {
        fields: {
          title,
          description: '',
          ownerUnits: ['miljoforvaltningen'],
          capabilities: [],
          plannedStart: 2027,
          durationYears: 1,
          oneOffTkr: [300],
          operatingTkr: 0,
          benefitTkr: [],
          fte: [],
          dependsOn: [],
          constraints: [],
          risk: 2,
          priority: 3,
          status: 'proposed',
        },
      },
    });
    expect(proposed.ok(), `proposeNeed answered ${proposed.status()}`).toBe(true);

    const itd = await signInAs(browser, baseURL!, 'itd');
    await openRegister(itd.page, `?sok=${encodeURIComponent(title)}`);
    await itd.page.getByRole('button', { name: `Godkänn ${title}` }).click();
    const decide = dialog(itd.page);
    await expect(decide.getByLabel('Motivering (valfri)')).toBeFocused();
    await decide.getByRole('button', { name: 'Godkänn' }).click();
    await expect(itd.page.getByText(`${title} är godkänt.`)).toBeVisible();
    await expect(row(itd.page, title)).toContainText('Godkänt');
    await expect(itd.page.getByRole('button', { name: `Godkänn ${title}` })).toHaveCount(0);
    await itd.context.close();
  });
});

test.describe('As a viewer', () => {
  test.use({ signedInAs: 'viewer' });

  test('the register has no edit buttons and the scenario editor is not offered', async ({
    page,
  }) => {
    await openRegister(page);
    await expect(table(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nytt investeringsbehov' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Föreslå ett behov' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Ändra|Godkänn|Avslå)/ })).toHaveCount(0);
    await expect(table(page).getByRole('columnheader', { name: 'Åtgärder' })).toHaveCount(0);
    // The board reads what ITD has accepted: proposals are counted, never listed.
    await expect(
      page.getByText(/^\d+ förslag från förvaltningarna väntar på ITD:s beslut/),
    ).toBeVisible();
    await expect(table(page)).not.toContainText('Föreslaget');
    await expectNoAxeViolations(page);

    await page.goto('/planering/scenario/bas');
    await waitForPage(page);
    await expect(
      page.getByText('Bara ITD ändrar scenarierna i Lägesbild.', { exact: false }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Spara scenariot' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

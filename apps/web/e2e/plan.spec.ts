import type { APIRequestContext, Page } from '@playwright/test';
import { expect, tabTo, waitForCharts, waitForPage } from './fixtures';
import { signInAs, test } from './own-server';

test.describe.configure({ mode: 'default' });

const NARRATIVE_MAX = 20_000;

interface EditionSummary {
  year: number;
  status: 'draft' | 'published';
  version: number;
}

async function call<T>(request: APIRequestContext, path: string, input: object): Promise<T> {
  const response = await request.post(`/trpc/${path}`, { data: input });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

async function listEditions(request: APIRequestContext): Promise<EditionSummary[]> {
  const response = await request.get('/trpc/plan.editions');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: EditionSummary[] } }).result.data;
}

/** The demo data holds a published 2026 and a 2027 draft; made here too, should a database lack them. */
async function ensureDemoPlan(request: APIRequestContext) {
  const years = new Map((await listEditions(request)).map((e) => [e.year, e]));
  if (!years.has(2026)) {
    const draft = await call<EditionSummary>(request, 'plan.create', { year: 2026 });
    await call(request, 'plan.publish', { year: 2026, version: draft.version });
  }
  if (!years.has(2027)) await call(request, 'plan.create', { year: 2027 });
}

async function openEdition(page: Page, year: number) {
  await page.goto(`/plan/${year}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Utvecklingsplan för IT och digitalisering ${year}`,
  );
}

const chapter = (page: Page, key: string) => page.locator(`section[data-chapter="${key}"]`);

test.describe('a KS member reads the published plan', () => {
  test.use({ signedInAs: 'viewer' });

  test('the list, the chapters, a key figure and the coverage panel', async ({ page, request }) => {
    await ensureDemoPlan(request);
    await page.goto('/plan');
    await waitForPage(page);
    const row = page.locator('tr[data-year="2026"]');
    await expect(row).toContainText('Fastställd');
    // Each edition names its basis: the published one its frozen round, a draft the latest closed one.
    await expect(row).toContainText('2026-K3');
    await expect(page.locator('tr[data-year="2027"]')).toContainText('Senast stängda omgången');
    await expect(page.locator('tbody tr').first()).toHaveAttribute('data-year', '2027');
    await expect(page.getByRole('button', { name: /Skapa utkast/ })).toHaveCount(0);
    await row.getByRole('link').click();

    await waitForPage(page);
    await expect(page.getByTestId('plan-status')).toContainText(
      /^Fastställd \d+ \w+ 2026 kl\. \d\d:\d\d av .+; ändras inte när data ändras$/,
    );
    const headings = page.locator('.plan-chapter > h2');
    await expect(headings).toHaveCount(8);
    for (let n = 1; n <= 8; n++)
      await expect(headings.nth(n - 1)).toHaveText(new RegExp(`^${n} \\S`));
    // Every chapter title comes from the catalogue: no raw key such as "status.title" shows.
    await expect(headings.filter({ hasText: /\.title$/ })).toHaveCount(0);
    await expect(chapter(page, 'status').locator('.plan-figure dd').first()).toHaveText(/\d/);
    await expect(chapter(page, 'factors')).toContainText(
      'Poängen är från bedömningsomgång 2026-K3.',
    );

    const coverage = page.getByRole('region', { name: 'Svarar planen på frågorna?' });
    await expect(coverage.getByTestId('coverage-summary')).toHaveText(
      /^\d+ av 20 delfrågor är besvarade, \d+ delvis och \d+ inte besvarade\.$/,
    );
    await expect(coverage.locator('.coverage-item')).toHaveCount(20);
    await expect(coverage.locator('[data-sub-question="q3-test-competence"]')).toContainText(
      /Besvarad|Delvis besvarad|Inte besvarad/i,
    );
    await expect(coverage.locator('[data-sub-question="q3-test-competence"]')).toContainText(
      'Har staden kompetens för testverksamhet?',
    );

    await waitForCharts(page);
    // Only ITD on a draft gets the controls.
    await expect(page.getByRole('button', { name: /kommentar/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Fastställ planen' })).toHaveCount(0);
    await page.screenshot({ path: '/tmp/plan-2026-viewer.png', fullPage: true });
  });

  test('the Word file downloads as a docx', async ({ page }) => {
    await openEdition(page, 2026);
    const link = page.getByRole('link', { name: /Ladda ner som Word/ });
    await expect(link).toHaveAttribute('href', '/export/plan/2026.docx');
    const response = await page.request.get('/export/plan/2026.docx');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    // A docx is a zip: it starts with PK.
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  });

  test('prints on A4 with the navigation hidden and nothing wider than the page', async ({
    page,
  }) => {
    // About the printable width of A4 with 18 mm margins, so the measure below is the paper's.
    await page.setViewportSize({ width: 660, height: 1000 });
    await openEdition(page, 2026);
    await waitForCharts(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    const widths = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const wide = [...main.querySelectorAll('table, svg, .table-scroll')].filter(
        (el) => el.getBoundingClientRect().right > main.getBoundingClientRect().right + 1,
      );
      return { scroll: main.scrollWidth, client: main.clientWidth, wide: wide.length };
    });
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.wide).toBe(0);
    await page.screenshot({ path: '/tmp/plan-2026-print.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});

test.describe('ITD writes and publishes the 2027 draft', () => {
  test.use({ signedInAs: 'itd' });

  test('a comment is saved, kept after a reload, and refused over the limit', async ({
    page,
    request,
  }) => {
    await ensureDemoPlan(request);
    await openEdition(page, 2027);
    await expect(page.getByTestId('plan-status')).toContainText('Utkast – följer data, beräknad');
    const status = chapter(page, 'status');
    await status.getByRole('button', { name: /Skriv kommentar|Ändra kommentar/ }).click();
    const field = status.getByLabel('ITD:s kommentar till kapitel 2');
    await field.fill('x'.repeat(NARRATIVE_MAX + 1));
    await status.getByRole('button', { name: 'Spara kommentaren' }).click();
    await expect(status.locator('.field-error')).toContainText('Kommentaren är för lång');
    await expect(field).toBeFocused();

    const text = 'Förflyttningen är störst inom informationssäkerhet.\n\nAI-området står still.';
    await field.fill(text);
    await status.getByRole('button', { name: 'Spara kommentaren' }).click();
    await expect(page.getByText('Kommentaren till kapitel 2 är sparad.')).toBeVisible();
    await expect(status.locator('.plan-narrative-text')).toHaveText([
      'Förflyttningen är störst inom informationssäkerhet.',
      'AI-området står still.',
    ]);
    await page.reload();
    await waitForPage(page);
    await expect(chapter(page, 'status').locator('.plan-narrative-text').first()).toHaveText(
      'Förflyttningen är störst inom informationssäkerhet.',
    );
    await page.screenshot({ path: '/tmp/plan-2027-draft-itd.png', fullPage: false });
  });

  test('a save from a stale page shows both texts and overwrites nothing', async ({
    page,
    browser,
    baseURL,
  }) => {
    const other = await signInAs(browser, baseURL!, 'itd');
    await openEdition(other.page, 2027);
    await openEdition(page, 2027);

    const first = chapter(page, 'capacity');
    await first.getByRole('button', { name: /kommentar/ }).click();
    await first.getByLabel('ITD:s kommentar till kapitel 3').fill('Sparad först av den ena.');
    await first.getByRole('button', { name: 'Spara kommentaren' }).click();
    await expect(first.locator('.plan-narrative-text')).toHaveText('Sparad först av den ena.');

    const late = chapter(other.page, 'capacity');
    await late.getByRole('button', { name: /kommentar/ }).click();
    await late.getByLabel('ITD:s kommentar till kapitel 3').fill('Skriven av den andra.');
    await late.getByRole('button', { name: 'Spara kommentaren' }).click();
    await expect(
      late.getByRole('heading', { name: 'Någon annan har ändrat planen' }),
    ).toBeFocused();
    const table = late.getByRole('table', { name: 'Din kommentar och den sparade' });
    await expect(table).toContainText('Skriven av den andra.');
    await expect(table).toContainText('Sparad först av den ena.');
    await other.page.screenshot({ path: '/tmp/plan-2027-conflict.png' });

    await page.reload();
    await waitForPage(page);
    await expect(chapter(page, 'capacity').locator('.plan-narrative-text')).toHaveText(
      'Sparad först av den ena.',
    );
    await other.context.close();
  });

  test('by keyboard: a comment is written and the plan is published', async ({ page }) => {
    await openEdition(page, 2027);
    // The first chapter still without a comment: which one depends on the demo data.
    await tabTo(page, 'Skriv kommentar');
    await page.keyboard.press('Enter');
    const editor = page.locator('textarea:focus');
    await expect(editor).toHaveAccessibleName(/^ITD:s kommentar till kapitel \d$/);
    const key = (await editor.getAttribute('id'))!.replace('narrative-', '');
    await page.keyboard.type('Skriven med tangentbordet.');
    await tabTo(page, 'Spara kommentaren', 5);
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Kommentaren till kapitel \d är sparad\.$/)).toBeVisible();
    await expect(chapter(page, key).locator('.plan-narrative-text')).toHaveText(
      'Skriven med tangentbordet.',
    );
    // Focus goes back to the button that opened the editor.
    await expect(page.locator(':focus')).toHaveText('Ändra kommentar');

    // From the top of the page again: the publish button sits in the header.
    await page.reload();
    await waitForPage(page);
    await tabTo(page, 'Fastställ planen');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Fastställ planen för 2027' });
    await expect(dialog).toBeVisible();
    await tabTo(page, 'Fastställ', 5);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('plan-status')).toContainText(
      /Fastställd .* av Ida Ledning \(ITD\); ändras inte när data ändras/,
    );
    await expect(page.getByRole('button', { name: /kommentar/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Fastställ planen' })).toHaveCount(0);

    await page.goto('/plan');
    await waitForPage(page);
    await expect(page.locator('tr[data-year="2027"]')).toContainText('Fastställd');
    await expect(page.getByRole('button', { name: 'Skapa utkast för 2028' })).toBeVisible();
  });
});

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ReportFormData } from '../src/report/types';
import { expect, expectNoAxeViolations, test, waitForPage } from './fixtures';

const ROUND = '2026-K4';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openSpreadsheetPage(page: Page) {
  await page.goto(`/rapportera/excel?omgang=${ROUND}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Arbeta i Excel – Stadsbyggnadskontoret',
  );
}

/** The workbook as the page's link delivers it. */
async function downloadWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: `Ladda ner rapporten för ${ROUND} som Excel-fil` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`lagesbild-stadsbyggnadskontoret-${ROUND}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  return workbook;
}

async function uploadWorkbook(page: Page, workbook: ExcelJS.Workbook) {
  await page.getByLabel('Ifylld Excel-fil (.xlsx)').setInputFiles({
    name: 'stadsbyggnad.xlsx',
    mimeType: XLSX,
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole('button', { name: 'Kontrollera filen' }).click();
}

/** The saved form, read with the page's own session. */
async function readSaved(page: Page): Promise<ReportFormData> {
  const input = encodeURIComponent(JSON.stringify({ round: ROUND }));
  const response = await page.request.get(`/trpc/report.form?input=${input}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: ReportFormData } }).result.data;
}

const text = (cell: ExcelJS.Cell) => (cell.value === null ? '–' : String(cell.value));

// Stadsbyggnadskontoret is a draft in 2026-K4 that no other spec writes to. The steps build on each
// other: the broken file first (nothing changes), then the real import.
test.describe('The spreadsheet round trip as Stadsbyggnadskontoret', () => {
  test.use({ signedInAs: 'reporterStadsbyggnad' });
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  test('a file with errors lists each by sheet, row and column, and nothing changes', async ({
    page,
  }) => {
    await openSpreadsheetPage(page);
    await expectNoAxeViolations(page);
    const before = await readSaved(page);
    const workbook = await downloadWorkbook(page);
    workbook.getWorksheet('Förmågor')!.getCell('D2').value = 'sju';
    workbook.getWorksheet('Förmågor')!.getCell('J3').value = '2026-02-30';
    workbook.getWorksheet('Kapacitet')!.getCell('C3').value = 'många';
    // A slow line, so the progress is there long enough to be seen and read.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 200,
      downloadThroughput: -1,
      uploadThroughput: 16 * 1024,
    });
    await uploadWorkbook(page, workbook);
    await expect(page.getByRole('progressbar', { name: 'Uppladdning av filen' })).toBeVisible();
    await expect(page.locator('.upload-progress')).toHaveText(
      /Laddar upp … \d+ %|Kontrollerar filen …/,
    );

    const heading = page.getByRole('heading', { name: 'Filen har 3 fel' });
    await expect(heading).toBeFocused();
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const rows = page.getByRole('table', { name: /Fel i filen/ }).locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0).locator('td')).toHaveText([
      'Förmågor',
      '2',
      'D (Självskattning)',
      'Välj ett av värdena i listan.',
    ]);
    await expect(rows.nth(1).locator('td')).toHaveText([
      'Förmågor',
      '3',
      'J (Underlagets datum (åååå-mm-dd))',
      'Skriv datumet som år-månad-dag, till exempel 2026-11-30.',
    ]);
    await expect(rows.nth(2).locator('td')).toHaveText([
      'Kapacitet',
      '3',
      'C (Årsarbetare (FTE))',
      'Skriv ett tal, t.ex. 1,5.',
    ]);
    await expectNoAxeViolations(page);
    expect(await readSaved(page)).toEqual(before);
  });

  test('a formula in a rating cell is refused with the cell named, and nothing changes', async ({
    page,
  }) => {
    await openSpreadsheetPage(page);
    const before = await readSaved(page);
    const workbook = await downloadWorkbook(page);
    workbook.getWorksheet('Förmågor')!.getCell('D2').value = { formula: '2+1', result: 3 };
    await uploadWorkbook(page, workbook);

    await expect(page.getByRole('heading', { name: 'Filen har 1 fel' })).toBeFocused();
    const rows = page.getByRole('table', { name: /Fel i filen/ }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0).locator('td')).toHaveText([
      'Förmågor',
      '2',
      'D (Självskattning)',
      'Cellen innehåller en formel. Formler läses inte in – skriv värdet i cellen.',
    ]);
    await expectNoAxeViolations(page);
    expect(await readSaved(page)).toEqual(before);
  });

  test('an old .xls file is refused as a whole, saying how to save it, and nothing changes', async ({
    page,
  }) => {
    await openSpreadsheetPage(page);
    const before = await readSaved(page);
    // An .xls starts with the compound file signature Excel 97–2003 wrote.
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
    ]);
    await page.getByLabel('Ifylld Excel-fil (.xlsx)').setInputFiles({
      name: 'stadsbyggnad.xlsx',
      mimeType: XLSX,
      buffer: xls,
    });
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();

    await expect(page.getByRole('heading', { name: 'Filen har 1 fel' })).toBeFocused();
    const cells = page.getByRole('table', { name: /Fel i filen/ }).locator('tbody tr td');
    await expect(cells.nth(1)).toHaveText('Hela filen');
    await expect(cells.nth(3)).toHaveText(
      'Filen är i det gamla Excel-formatet (.xls). Spara den som Excel-arbetsbok (.xlsx) och ladda upp den igen.',
    );
    await expectNoAxeViolations(page);
    expect(await readSaved(page)).toEqual(before);
  });

  test('downloads, changes two ratings, a comment and an FTE, previews exactly those, imports', async ({
    page,
  }) => {
    await openSpreadsheetPage(page);
    const workbook = await downloadWorkbook(page);
    const answers = workbook.getWorksheet('Förmågor')!;
    const rated: number[] = [];
    answers.eachRow((row, n) => {
      const rating = row.getCell('D').value;
      if (n > 1 && typeof rating === 'number' && rating < 5 && rated.length < 2) rated.push(n);
    });
    const [first, second] = rated.map((n) => ({
      row: n,
      name: String(answers.getCell(`C${n}`).value),
      rating: Number(answers.getCell(`D${n}`).value),
      comment: text(answers.getCell(`L${n}`)),
    }));
    answers.getCell(`D${first!.row}`).value = first!.rating + 1;
    answers.getCell(`L${first!.row}`).value = 'Kommentar från Excel';
    answers.getCell(`D${second!.row}`).value = second!.rating + 1;
    const planning = workbook.getWorksheet('Kapacitet')!.getCell('C2');
    const planningBefore = planning.value === null ? '–' : String(planning.value).replace('.', ',');
    planning.value = 7.75;
    await uploadWorkbook(page, workbook);

    await expect(
      page.getByRole('heading', { name: 'Det här ändras om ni importerar' }),
    ).toBeFocused();
    const rows = page.getByRole('table', { name: 'Ändringar i filen' }).locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toHaveText(
      [first!.name, 'Självskattning', String(first!.rating), String(first!.rating + 1)].join(''),
    );
    await expect(rows.nth(1)).toHaveText(
      [first!.name, 'Kommentar', first!.comment, 'Kommentar från Excel'].join(''),
    );
    await expect(rows.nth(2)).toHaveText(
      [second!.name, 'Självskattning', String(second!.rating), String(second!.rating + 1)].join(''),
    );
    await expect(rows.nth(3)).toHaveText(
      ['Kapacitet', 'Planeringskapacitet (FTE)', planningBefore, '7,75'].join(''),
    );
    await expectNoAxeViolations(page);

    // Cancel first: nothing is saved; the same file then goes in by the keyboard.
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Importen avbröts' })).toBeFocused();
    expect(
      (await readSaved(page)).items.filter((i) => i.comment === 'Kommentar från Excel'),
    ).toEqual([]);
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    await expect(
      page.getByRole('table', { name: 'Ändringar i filen' }).locator('tbody tr'),
    ).toHaveCount(4);
    await page.getByRole('button', { name: 'Importera' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Filen är importerad' })).toHaveText(
      'Filen är importerad: 2 förmågor sparades. Kapaciteten sparades också.',
    );

    await page.getByRole('link', { name: 'Till förmågorna' }).click();
    await waitForPage(page);
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: first!.name, exact: true }) });
    await expect(
      card.getByRole('radio', { name: new RegExp(`^${first!.rating + 1} `) }),
    ).toBeChecked();
    await expect(card.getByRole('textbox', { name: 'Kommentar' })).toHaveValue(
      'Kommentar från Excel',
    );
    await page.goto(`/rapportera/kapacitet?omgang=${ROUND}`);
    await waitForPage(page);
    await expect(page.getByLabel('Planeringskapacitet (FTE)')).toHaveValue('7,75');
  });
});

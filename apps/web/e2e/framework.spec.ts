import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { expect, expectNoAxeViolations, signIn, test as shared, waitForPage } from './fixtures';
import { startServer, type RunningServer } from './server';

interface Capability {
  code: string;
  name: string;
  replaces?: string[];
  levels: { level: number; descriptor: string }[];
}
interface FrameworkFile {
  version: number;
  areas: { code: string; capabilities: Capability[] }[];
  retired?: { code: string; successor?: string }[];
}

const FILE_LABEL = 'Ramverksfil (JSON eller YAML)';

let folder: string;
base.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lagesbild-ramverk-'));
});
base.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function openFramework(page: Page) {
  await page.goto('/ramverk');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ramverk');
}

/** Chooses the file with the labelled input and asks for the preview, as a keyboard user would. */
async function preview(page: Page, path: string) {
  await page.getByLabel(FILE_LABEL).setInputFiles(path);
  await page.getByRole('button', { name: 'Förhandsgranska' }).press('Enter');
}

// Importing changes the framework for everyone: this part runs on a server of its own.
base.describe('Importing a new version', () => {
  let server: RunningServer;
  base.beforeAll(async () => {
    // Ready when the server says so, however long a busy machine takes: no fixed limit.
    base.setTimeout(0);
    server = await startServer();
  });
  base.afterAll(async () => {
    await server?.stop();
  });
  base.use({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });

  base(
    'itd renames, retires and adds through an edited export, and history follows',
    async ({ browser }) => {
      base.setTimeout(240_000);
      const context = await browser.newContext({ baseURL: server.baseURL });
      const page = await context.newPage();
      await signIn(page.request, 'itd');
      await page.goto('/');
      await waitForPage(page);
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Ramverk' })
        .click();
      await waitForPage(page);
      await expect(page.getByTestId('framework-version')).toHaveText('1');
      await expectNoAxeViolations(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Ladda ner som YAML' }).click(),
      ]);
      const doc = parse(await readFile((await download.path())!, 'utf8')) as FrameworkFile;
      const area = doc.areas[0]!;
      const [renamed, retired] = area.capabilities as [Capability, Capability];
      const oldCode = renamed.code;
      area.capabilities = [
        { ...renamed, code: `${oldCode}-v2`, name: `${renamed.name} v2`, replaces: [oldCode] },
        ...area.capabilities.slice(2),
      ];
      doc.areas[1]!.capabilities.push({
        ...renamed,
        code: 'e2e-ny-formaga',
        name: 'Ny förmåga E2E',
      });
      doc.retired = [{ code: retired.code }];
      doc.version = 2;
      const file = join(folder, 'ramverk-v2.yaml');
      await writeFile(file, stringify(doc));

      await preview(page, file);
      const renamedTable = page.getByRole('region', { name: /får ny kod/ });
      await expect(renamedTable).toContainText(oldCode);
      await expect(renamedTable).toContainText(`${renamed.name} v2`);
      await expect(page.getByRole('region', { name: /Avvecklade förmågor/ })).toContainText(
        retired.name,
      );
      await expect(page.getByRole('region', { name: /Nya förmågor/ })).toContainText(
        'Ny förmåga E2E',
      );
      await expectNoAxeViolations(page);

      // A second tab previews the same file before the first one imports it.
      const stale = await context.newPage();
      await openFramework(stale);
      await preview(stale, file);
      await expect(stale.getByRole('button', { name: 'Importera version 2' })).toBeVisible();

      await page.getByRole('button', { name: 'Importera version 2' }).click();
      await expect(page.getByText('Version 2 är importerad.')).toBeVisible();
      await expect(page.getByTestId('framework-version')).toHaveText('2');
      await expect(page.getByRole('table', { name: /Importerade versioner/ })).toContainText(
        'Ida Ledning (ITD)',
      );

      await stale.getByRole('button', { name: 'Importera version 2' }).click();
      await expect(stale.getByRole('alert')).toContainText(
        'Någon annan har importerat version 2 medan du förhandsgranskade.',
      );

      // The old code still leads to the capability, and its ratings from earlier rounds are there.
      await page.goto(`/formaga/${oldCode}`);
      await waitForPage(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${renamed.name} v2`);
      await page.goto('/');
      await waitForPage(page);
      // The overview lists it under its new name, with the median of its earlier ratings.
      const row = page.locator(`tr[data-capability="${oldCode}-v2"]`);
      await expect(row).toHaveCount(1);
      await expect(row.locator('th')).toHaveText(`${renamed.name} v2`);
      await expect(row.locator('td').first()).not.toHaveText('–');
      await expect(page.locator(`tr[data-capability="${retired.code}"]`)).toHaveCount(0);
      await context.close();
    },
  );
});

shared.describe('Previewing a framework file', () => {
  shared('an invalid file shows each error with its path and changes nothing', async ({ page }) => {
    await openFramework(page);
    const exported = await page.request.get('/export/ramverk.json');
    const doc = (await exported.json()) as FrameworkFile;
    doc.version = 2;
    doc.areas[1]!.capabilities[0]!.levels.pop();
    const file = join(folder, 'trasig.json');
    await writeFile(file, JSON.stringify(doc));

    await preview(page, file);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Filen kan inte importeras');
    await expect(alert).toContainText('areas[1].capabilities[0].levels[4]');
    await expect(alert).toContainText('Nivåbeskrivning saknas');
    await expect(page.getByRole('button', { name: /Importera version/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    const broken = join(folder, 'trasig.yaml');
    await writeFile(broken, 'format: lagesbild-framework/1\nareas: [\n');
    await preview(page, broken);
    await expect(page.getByRole('alert')).toContainText('går inte att läsa som JSON eller YAML');

    await page.reload();
    await waitForPage(page);
    await expect(page.getByTestId('framework-version')).toHaveText('1');
  });

  shared.describe('as a reporter', () => {
    shared.use({ signedInAs: 'reporter' });
    shared('is told the page is not for them', async ({ page }) => {
      await page.goto('/ramverk');
      await waitForPage(page);
      await expect(page.getByText('Du har inte behörighet att hantera ramverket.')).toBeVisible();
    });
  });
});

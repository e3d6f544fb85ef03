import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test, waitForPage } from './fixtures';

// Each page asks for its data while its own code is still on the way (its route's loader), instead of
// loading the code first and only then asking. Shown by holding the page's chunk back until its data
// has been asked for: a page that waited for its chunk would never ask, and the test would time out.

const manifestPath = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'build-manifest.json',
);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;

/** The built chunk of a page module, e.g. `routes/planning.tsx`. */
function chunkOf(module: string): string {
  const entry = manifest[`src/${module}`];
  if (!entry) throw new Error(`no chunk for ${module} in the build manifest: build the dashboard`);
  return `/${entry.file}`;
}

/** Whether a request is a call of the API procedure (alone or in a batch). */
function calls(url: string, procedure: string): boolean {
  const { pathname } = new URL(url);
  return pathname.startsWith('/trpc/') && pathname.slice(6).split(',').includes(procedure);
}

async function expectDataBeforeCode(page: Page, path: string, module: string, procedure: string) {
  const chunk = chunkOf(module);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === chunk,
    async (route) => {
      await held;
      await route.continue();
    },
  );
  const asked = page.waitForRequest((request) => calls(request.url(), procedure));
  await page.goto(path, { waitUntil: 'commit' });
  await asked;
  release();
  await waitForPage(page);
}

test.describe('pages ask for their data while their code loads', () => {
  const itdPages = [
    { path: '/planering', module: 'routes/planning.tsx', procedure: 'planning.scenarios' },
    { path: '/planering/tidslinje', module: 'routes/timeline.tsx', procedure: 'planning.needs' },
    {
      path: '/planering/kapacitet',
      module: 'routes/capacity-balance.tsx',
      procedure: 'planning.capacityBalance',
    },
    {
      path: '/planering/scenario/bas',
      module: 'routes/scenario-edit.tsx',
      procedure: 'planning.scenarios',
    },
    { path: '/plan/2026', module: 'routes/plan-edition.tsx', procedure: 'plan.edition' },
    { path: '/granskningslogg', module: 'routes/audit.tsx', procedure: 'audit.list' },
  ];
  for (const { path, module, procedure } of itdPages) {
    test(`${path} asks for ${procedure}`, async ({ page }) => {
      await expectDataBeforeCode(page, path, module, procedure);
    });
  }

  test('a review asks for its form', async ({ page }) => {
    await page.goto('/omgangar');
    await waitForPage(page);
    const link = page.locator('a[href^="/granska/"]').first();
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    await expectDataBeforeCode(page, href!, 'routes/review.tsx', 'review.form');
  });

  test.describe('for a reporter', () => {
    test.use({ signedInAs: 'reporter' });
    const reporterPages = [
      { path: '/rapportera', module: 'routes/report.tsx', procedure: 'report.form' },
      { path: '/rapportera/kapacitet', module: 'routes/capacity.tsx', procedure: 'capacity.form' },
      { path: '/rapportera/excel', module: 'routes/spreadsheet.tsx', procedure: 'report.form' },
    ];
    for (const { path, module, procedure } of reporterPages) {
      test(`${path} asks for ${procedure}`, async ({ page }) => {
        await expectDataBeforeCode(page, path, module, procedure);
      });
    }
  });
});

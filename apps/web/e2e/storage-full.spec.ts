import pg from 'pg';
import { expect, expectNoAxeViolations, test as shared, waitForPage } from './fixtures';
import { startServer, type RunningServer } from './server';

/**
 * A database that cannot keep changes, as a full disk or a switch to read-only leaves it: reads work,
 * writes fail. PostgreSQL's read-only default is the one of those a test can switch on and off, so
 * this spec runs where the tests are given a PostgreSQL server, in a database of its own.
 */
const adminUrl = process.env.DATABASE_URL;
const database = `e2e_storage_${process.pid}`;

async function admin(sql: string, url = adminUrl!) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const urlOf = (name: string) => {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
};

/** The server's connections end, so the new ones start with the database's new default. */
async function setReadOnly(on: boolean) {
  await admin(
    on
      ? `alter database ${database} set default_transaction_read_only = on`
      : `alter database ${database} reset default_transaction_read_only`,
  );
  await admin(
    `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}' and pid <> pg_backend_pid()`,
  );
}

const test = shared.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      await admin(`drop database if exists ${database} with (force)`);
      await admin(`create database ${database}`);
      // An empty database: the server migrates it and seeds the demo city.
      const server = await startServer({ DATABASE_URL: urlOf(database) });
      await provide(server);
      await server.stop();
      await admin(`drop database if exists ${database} with (force)`);
    },
    { scope: 'worker', timeout: 0 },
  ],
  baseURL: async ({ server }, provide) => provide(server.baseURL),
});

test.skip(!adminUrl, 'needs a PostgreSQL server (DATABASE_URL)');
test.use({ signedInAs: 'itd' });

test('when nothing can be saved the page says so in Swedish, and says nothing once it can', async ({
  page,
}) => {
  await page.goto('/faktorer');
  await waitForPage(page);
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Lagringen är full eller skrivskyddad' });

  await setReadOnly(true);
  try {
    // The first calls may meet a connection ended above; from then on the write itself fails.
    await expect
      .poll(async () => (await page.request.get('/healthz')).json())
      .toEqual({ status: 'unavailable', reason: 'storage' });

    await page.getByRole('button', { name: 'Ny faktor' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Namn').fill('Lagringen tar slut');
    await form.getByLabel('Ägare').fill('IT-direktör');
    await form.getByRole('button', { name: 'Spara' }).click();

    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Ändringar kan inte sparas just nu.');
    await expect(banner).toContainText('Det som redan är sparat finns kvar');
    await expectNoAxeViolations(page);

    // Reading goes on: another page loads, and the banner stays until a change is saved.
    await page.keyboard.press('Escape');
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Planering', exact: true })
      .click();
    await waitForPage(page);
    await expect(banner).toBeVisible();
  } finally {
    await setReadOnly(false);
  }

  await expect.poll(async () => (await page.request.get('/healthz')).status()).toBe(200);
  // Without reloading: the banner goes when the next change is saved.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Kritiska faktorer' })
    .click();
  await waitForPage(page);
  await page.getByRole('button', { name: 'Ny faktor' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Namn').fill('Lagringen tar slut');
  await form.getByLabel('Ägare').fill('IT-direktör');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toHaveCount(0);
  await expect(banner).toHaveCount(0);
});

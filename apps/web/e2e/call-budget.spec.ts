import { expect, test as shared } from './fixtures';
import { startServer, type RunningServer } from './server';

/**
 * A server of its own with a small call budget: a user who spends it is told so in Swedish. The overview
 * asks twice a load (auth.me, maturity.overview), so a budget of 4 runs out on the third.
 */
const test = shared.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startServer({ CALL_BUDGET_PER_MINUTE: '4' });
      await provide(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 0 },
  ],
  baseURL: async ({ server }, provide) => provide(server.baseURL),
});

test.use({ signedInAs: 'viewer' });

test('past the call budget the page says so in Swedish, not that the connection failed', async ({
  page,
}) => {
  const limited = page.getByRole('heading', { name: 'För många anrop' });
  await page.goto('/');
  for (let i = 0; i < 4 && !(await limited.isVisible()); i++) {
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
  await expect(limited).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Vänta en minut');
});

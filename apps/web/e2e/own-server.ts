import type { Browser } from '@playwright/test';
import { signIn, test as shared, type Account } from './fixtures';
import { startServer, type RunningServer } from './server';

/**
 * The shared fixtures on a server and database of the spec's own: what the planning specs create
 * (needs, scenario changes) never shows in the other specs' registers, totals or timelines, and
 * theirs never change what is asserted here. Its tests run in order in one worker.
 */
export const test = shared.extend<object, { server: RunningServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startServer();
      await provide(server);
      await server.stop();
    },
    // Started once it says it is ready, however long a busy machine takes: no fixed limit.
    { scope: 'worker', timeout: 0 },
  ],
  baseURL: async ({ server }, provide) => provide(server.baseURL),
});

/** A second browser context signed in as `account`, for tests where two people act at once. */
export async function signInAs(browser: Browser, baseURL: string, account: Account) {
  const context = await browser.newContext({ baseURL, locale: 'sv-SE' });
  const page = await context.newPage();
  await signIn(page.request, account);
  return { context, page };
}

export function uniqueTitle(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

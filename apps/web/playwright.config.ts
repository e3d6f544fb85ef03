import { chromiumLaunchOptions } from '@lagesbild/chromium-config';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  // One server and its embedded database serve every test; the first start seeds the demo city.
  // Long pages (the overview's tables, 43 form cards) under axe take a while on a loaded machine;
  // nothing here is a timing assertion.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: 'list',
  fullyParallel: true,
  use: {
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: chromiumLaunchOptions,
  },
});

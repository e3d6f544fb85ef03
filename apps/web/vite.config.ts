/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // Unit tests sit beside the code; the browser tests in e2e/ run under Playwright.
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'budget/**/*.test.ts'],
    // The Q3–Q5 and plan texts load with their pages; the unit tests of their helpers need them.
    setupFiles: ['src/i18n/test-setup.ts'],
  },
  server: {
    proxy: { '/trpc': api, '/healthz': api },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // budget/measure-first-route.ts reads the manifest to find what the first route loads. Not in
    // dist/.vite, so turbo's `dist/**` output (which skips dot folders) restores it from cache.
    manifest: 'build-manifest.json',
    // The entry carries React, the router, TanStack Query, i18next and tRPC; every page and
    // recharts load in chunks of their own (budget/ holds the limits `pnpm test` checks).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // zod schemas are plain values: building one has no effect outside it. Saying so lets an unused
      // schema drop out, so a pure helper imported from @lagesbild/domain (e.g. `roundTo`, beside
      // `ratingBasisSchema`) no longer drags all of zod into the first route.
      treeshake: { manualPureFunctions: ['z'] },
      // The small page parts the start page shares with the other pages, in one chunk rather than one
      // each: every chunk costs its own request and compresses on its own (budget/ measures the sum).
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'page-parts',
              test: /src[\\/]components[\\/](data-table|section|chart-box|scroll-table|filters)\.tsx$/,
            },
          ],
        },
      },
    },
  },
});

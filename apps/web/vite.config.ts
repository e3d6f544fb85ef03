/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // Unit tests sit beside the code; the browser tests in e2e/ run under Playwright.
  test: { include: ['src/**/*.test.{ts,tsx}'] },
  server: {
    proxy: { '/trpc': api, '/healthz': api },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The entry carries React, the router, TanStack Query, i18next and tRPC (about 157 kB gzipped);
    // recharts is the big one and loads in its own chunk when a chart is drawn.
    chunkSizeWarningLimit: 600,
  },
});

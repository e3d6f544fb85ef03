// Plain JavaScript: vitest configs of other packages load this file before any TypeScript is compiled.
import { fileURLToPath } from 'node:url';

const globalSetup = fileURLToPath(new URL('./global-setup.ts', import.meta.url));

/**
 * The integration suite runs on embedded PGlite, and again on a PostgreSQL server when DATABASE_URL is set.
 * @param {string} name
 * @returns {import('vitest/config').TestProjectInlineConfiguration[]}
 */
export function databaseProjects(name) {
  const kinds = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  return kinds.map((kind) => ({
    extends: true,
    test: {
      name: `${name}-${kind}`,
      include: ['src/**/*.test.ts'],
      globalSetup: [globalSetup],
      env: { LAGESBILD_TEST_DB: kind },
      // Generous: a test that boots or seeds a whole PGlite takes seconds, and far longer on a busy
      // machine. No test asserts a duration; speed is measured by `pnpm bench`.
      testTimeout: 180_000,
      hookTimeout: 180_000,
    },
  }));
}

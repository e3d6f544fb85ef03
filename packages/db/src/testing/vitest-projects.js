// Plain JavaScript: vitest configs of other packages load this file before any TypeScript is compiled.
import { fileURLToPath } from 'node:url';
import { configDefaults } from 'vitest/config';

const globalSetup = fileURLToPath(new URL('./global-setup.ts', import.meta.url));

/** Long fault runs (soak, deep fuzzing) are named `*.faults.test.ts` and run only by `pnpm test:faults`. */
const FAULTS = 'src/**/*.faults.test.ts';

/**
 * The integration suite runs on embedded PGlite, and again on a PostgreSQL server when DATABASE_URL is set.
 * @param {string} name
 * @param {{ suite?: 'test' | 'faults' }} [options]
 * @returns {import('vitest/config').TestProjectInlineConfiguration[]}
 */
export function databaseProjects(name, { suite = 'test' } = {}) {
  const kinds = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  return kinds.map((kind) => ({
    extends: true,
    test: {
      name: `${name}-${kind}`,
      include: suite === 'faults' ? [FAULTS] : ['src/**/*.test.ts'],
      exclude: suite === 'faults' ? configDefaults.exclude : [...configDefaults.exclude, FAULTS],
      globalSetup: [globalSetup],
      env: { LAGESBILD_TEST_DB: kind },
      // Generous: a test that boots or seeds a whole PGlite takes seconds, and far longer on a busy
      // machine. No test asserts a duration; speed is measured by `pnpm bench`.
      testTimeout: 180_000,
      hookTimeout: 180_000,
    },
  }));
}

import { databaseProjects } from '@lagesbild/db/testing/projects';
import { defineConfig } from 'vitest/config';

// `pnpm test:faults`: the long runs (soak, deep fuzzing) that `pnpm test` leaves out.
export default defineConfig({
  test: { projects: databaseProjects('server', { suite: 'faults' }) },
});

import type { TestProject } from 'vitest/node';
import { createTemplate } from './template';

/** Vitest global setup: one initialised database per test run, cloned by every test file. */
export default async function setup(project: TestProject) {
  const prefix = `lbtest_${project.name.replace(/\W/g, '_')}`.toLowerCase();
  const kind = project.config.env?.LAGESBILD_TEST_DB;
  const { template, dispose } = await createTemplate(
    prefix,
    kind === 'postgres' ? process.env.DATABASE_URL : undefined,
  );
  project.provide('testTemplate', template);
  return dispose;
}

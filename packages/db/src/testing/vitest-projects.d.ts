import type { TestProjectInlineConfiguration } from 'vitest/config';

export function databaseProjects(
  name: string,
  options?: { suite?: 'test' | 'faults' },
): TestProjectInlineConfiguration[];

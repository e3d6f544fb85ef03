import { databaseProjects } from '@lagesbild/db/testing/projects';
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { projects: databaseProjects('server') } });

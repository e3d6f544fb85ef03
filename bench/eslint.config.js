export { default } from '@lagesbild/eslint-config/react';

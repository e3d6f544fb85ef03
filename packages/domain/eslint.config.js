import base from '@lagesbild/eslint-config/base';

export default [
  ...base,
  {
    // Two folders below src/, `../../` is still inside this package; three levels up would leave it.
    files: ['src/*/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../../*'], message: 'Import another package by its name and exports.' },
          ],
        },
      ],
    },
  },
];

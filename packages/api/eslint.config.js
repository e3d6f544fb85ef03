import base from '@lagesbild/eslint-config/base';

export default [
  ...base,
  {
    // Every CSV goes through the one writer, which keeps users' text from becoming formulas.
    ignores: ['src/exports/csv.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'Import another package by its name and exports.' },
            {
              group: ['csv-stringify', 'csv-stringify/*'],
              message: 'Write CSV with writeCsv from src/exports/csv.ts: it escapes formulas.',
            },
          ],
        },
      ],
    },
  },
];

import base from '@lagesbild/eslint-config/base';

export default base;

import { buildApp } from '../app';
import { describeMutationFuzzing } from './fuzz/mutation-fuzz-suite';
import { fuzzOptionsFromEnv } from './fuzz/fuzz-options';

// The deep run of `pnpm test:faults`: the same properties as fuzz-mutations.test.ts, ten times the runs,
// and every boundary value in every field of every sample.
describeMutationFuzzing(buildApp, { ...fuzzOptionsFromEnv(200), sweep: true });

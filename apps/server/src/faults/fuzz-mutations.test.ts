import { buildApp } from '../app';
import { describeMutationFuzzing } from './fuzz/mutation-fuzz-suite';
import { fuzzOptionsFromEnv } from './fuzz/fuzz-options';

// Part of `pnpm test`: a short run of every mutation. `pnpm test:faults` runs ten times as many runs.
describeMutationFuzzing(buildApp, fuzzOptionsFromEnv(20));

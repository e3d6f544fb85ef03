import type { FuzzOptions } from './mutation-fuzz-suite';

/**
 * FUZZ_RUNS sets the runs per mutation; FUZZ_SEED and FUZZ_PATH replay a failure with the seed and
 * path fast-check printed for it.
 */
export function fuzzOptionsFromEnv(defaultRuns: number): FuzzOptions {
  const runs = Number(process.env.FUZZ_RUNS ?? defaultRuns);
  const seed = process.env.FUZZ_SEED;
  const path = process.env.FUZZ_PATH;
  return {
    runs: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns,
    ...(seed ? { seed: Number(seed) } : {}),
    ...(path ? { path } : {}),
  };
}

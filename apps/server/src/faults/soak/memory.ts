import { readFile } from 'node:fs/promises';

/** Resident memory of a process now, in MB, from Linux's /proc. */
export async function readRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for process ${pid}`);
  return kb / 1024;
}

export interface MemorySample {
  /** Requests answered so far, to relate growth to work done rather than to time. */
  requests: number;
  rssMb: number;
}

/** Samples a process's resident memory every few seconds until stopped. */
export function sampleMemory(pid: number, everyMs: number, countRequests: () => number) {
  const samples: MemorySample[] = [];
  const take = async () => {
    samples.push({ requests: countRequests(), rssMb: await readRssMb(pid) });
  };
  const timer = setInterval(() => void take().catch(() => {}), everyMs);
  return {
    samples,
    stop: async () => {
      clearInterval(timer);
      await take();
      return samples;
    },
  };
}

export interface MemoryTrend {
  /** Mean of the middle third, after the first third's warm-up (caches, PGlite's heap, JIT). */
  middleMb: number;
  lastMb: number;
  growthMb: number;
  /** Requests between the middle of the middle third and the middle of the last. */
  requestsBetween: number;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function summariseMemory(samples: readonly MemorySample[]): MemoryTrend {
  const third = Math.floor(samples.length / 3);
  if (third < 2) throw new Error(`too few memory samples (${samples.length}) to see a trend`);
  const middle = samples.slice(third, 2 * third);
  const last = samples.slice(2 * third);
  const middleMb = mean(middle.map((s) => s.rssMb));
  const lastMb = mean(last.map((s) => s.rssMb));
  return {
    middleMb,
    lastMb,
    growthMb: lastMb - middleMb,
    requestsBetween: mean(last.map((s) => s.requests)) - mean(middle.map((s) => s.requests)),
  };
}

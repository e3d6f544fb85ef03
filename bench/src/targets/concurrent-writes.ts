import type { BenchContext } from '../context';
import type { TargetResult } from '../report';

// Placeholder while the target is being built; the runner reports it as not measured.
export async function runConcurrentWrites(ctx: BenchContext): Promise<TargetResult[]> {
  ctx.log('concurrent-writes: not built yet');
  return [];
}

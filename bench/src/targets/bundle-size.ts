import type { BenchContext } from '../context';
import type { TargetResult } from '../report';

// Placeholder while the target is being built; the runner reports it as not measured.
export async function runBundleSize(ctx: BenchContext): Promise<TargetResult[]> {
  ctx.log('bundle-size: not built yet');
  return [];
}

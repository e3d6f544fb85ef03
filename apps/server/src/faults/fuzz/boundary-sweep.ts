import { BOUNDARY_VALUES } from './hostile-inputs';

type Json = unknown;

/**
 * Every part of the sample replaced, one at a time, by every boundary value: the deterministic
 * complement of the random runs, so a value that once caused a 500 is tried on every field, every time.
 */
export function* sweepSample(sample: Json): Generator<{ where: string; input: Json }> {
  for (const path of listPaths(sample)) {
    for (const value of BOUNDARY_VALUES) {
      const input = structuredClone(sample) as Record<string | number, Json>;
      let parent = input;
      for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
      parent[path[path.length - 1]!] = value;
      yield { where: `${path.join('.')}=${describe(value)}`, input };
    }
  }
}

function listPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [
    [...prefix, key],
    ...listPaths(child, [...prefix, key]),
  ]);
}

function describe(value: Json): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 20)}…(${text.length} chars)` : text;
}

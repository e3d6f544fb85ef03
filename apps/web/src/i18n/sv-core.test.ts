import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import sv from './sv.json';
import * as svCore from './sv-core';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

function readSource(path: string): string | null {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`]) {
    try {
      return readFileSync(candidate, 'utf8');
    } catch {
      // Not this extension; try the next.
    }
  }
  return null;
}

/** Our modules reachable by static imports: what loads with the first route (pages are lazy). */
function staticGraph(entries: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    const text = readSource(path);
    if (text === null) return;
    seen.set(path, text);
    for (const [, spec] of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
      if (!spec!.endsWith('.json')) visit(resolve(dirname(path), spec!));
    }
  };
  for (const entry of entries) visit(join(src, entry));
  return seen;
}

describe('the Swedish texts of the first route', () => {
  it('hold every catalogue section the shell and the overview use', () => {
    const sections = new Set(Object.keys(sv));
    const used = new Set<string>();
    for (const source of staticGraph(['main.tsx', 'routes/overview.tsx']).values()) {
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '');
      for (const [, section] of code.matchAll(/['"`]([a-zA-Z0-9]+)\.[a-zA-Z0-9$]/g)) {
        if (sections.has(section!)) used.add(section!);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((s) => !(s in svCore)).sort()).toEqual([]);
  });
});

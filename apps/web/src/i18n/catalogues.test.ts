import { describe, expect, it } from 'vitest';
import { enCatalogue as en, svCatalogue as sv } from './catalogues';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('message catalogues', () => {
  it('Swedish and English have the same keys, so no text falls back to the other language', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
  });
});

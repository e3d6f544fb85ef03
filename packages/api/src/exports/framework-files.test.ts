import { frameworkFileSchema } from '@lagesbild/domain';
import { describe, expect, it } from 'vitest';
import { readFrameworkFile } from './framework-files';

/** "Billion laughs": nine levels of nine aliases would expand to 9^9 strings. */
const aliasBomb = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i]!;
    return `${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`;
  }),
].join('\n');

const DEPTH = 100_000;

describe('hostile framework files', () => {
  it.each([
    ['a YAML alias bomb', { text: aliasBomb, format: 'yaml' as const }],
    [
      'YAML nested 100 000 deep',
      { text: '['.repeat(DEPTH) + ']'.repeat(DEPTH), format: 'yaml' as const },
    ],
    [
      'JSON nested 100 000 deep',
      { text: '['.repeat(DEPTH) + ']'.repeat(DEPTH), format: 'json' as const },
    ],
    [
      'invalid UTF-8',
      { text: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('utf8'), format: 'json' as const },
    ],
  ])('%s is refused as a file problem, not a crash', (_name, file) => {
    const read = readFrameworkFile(file);
    expect(read.document).toBeNull();
    expect(read.issues.length).toBeGreaterThan(0);
    expect(read.issues[0]).toMatchObject({ path: expect.any(String), code: expect.any(String) });
  });

  it('a YAML alias bomb is refused as unreadable, not expanded', () => {
    expect(readFrameworkFile({ text: aliasBomb, format: 'yaml' }).issues).toEqual([
      { path: '', code: 'syntax' },
    ]);
  });

  it('a duplicate key is refused with its line', () => {
    const read = readFrameworkFile({ text: 'schema: a\nversion: 1\nschema: b\n', format: 'yaml' });
    expect(read.issues).toEqual([{ path: '', code: 'syntax', params: { line: 3 } }]);
  });

  it('text over 2 MB never reaches the parser: the input schema refuses it', () => {
    const parsed = frameworkFileSchema.safeParse({ text: 'x'.repeat(5_000_000), format: 'yaml' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ code: 'too_big', path: ['text'] });
  });
});

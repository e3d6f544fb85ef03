import { describe, expect, it } from 'vitest';
import { formatDocumentPath, validateFrameworkDocument } from './framework-document';
import { capabilityOf, documentOf } from './test-documents';

const issuesOf = (data: unknown) =>
  validateFrameworkDocument(data).issues.map((i) => `${i.path}:${i.code}`);

const base = documentOf();
const withArea = (capabilities: unknown[]) => ({
  ...base,
  areas: [{ code: 'styrning', name: 'Styrning', capabilities }],
});

describe('validateFrameworkDocument', () => {
  it('takes a complete document', () => {
    expect(issuesOf(base)).toEqual([]);
    expect(validateFrameworkDocument(base).document?.slug).toBe('test-ramverk');
  });

  it.each([
    ['an unknown format', { ...base, format: 'annat/1' }, 'format:invalid_value'],
    ['a slug with capitals', { ...base, slug: 'Ramverk' }, 'slug:invalid_format'],
    ['version 0', { ...base, version: 0 }, 'version:too_small'],
    ['an unknown key', { ...base, extra: 1 }, ':unrecognized_keys'],
    [
      'a scale not starting at 1',
      {
        ...base,
        scale: [
          { level: 2, name: 'A' },
          { level: 3, name: 'B' },
        ],
      },
      'scale[0].level:scaleNotContiguous',
    ],
    [
      'a duplicate capability code',
      withArea([capabilityOf('a'), capabilityOf('a')]),
      'areas[0].capabilities[1].code:duplicateCode',
    ],
    [
      'a missing descriptor',
      withArea([{ ...capabilityOf('a'), levels: capabilityOf('a').levels.slice(0, 2) }]),
      'areas[0].capabilities[0].levels[2]:descriptorMissing',
    ],
    [
      'an empty descriptor',
      withArea([
        {
          ...capabilityOf('a'),
          levels: [...capabilityOf('a').levels.slice(0, 2), { level: 3, descriptor: ' ' }],
        },
      ]),
      'areas[0].capabilities[0].levels[2].descriptor:too_small',
    ],
    [
      'a name that is too long',
      withArea([capabilityOf('a', 'x'.repeat(201))]),
      'areas[0].capabilities[0].name:too_big',
    ],
    [
      'a capability that replaces itself',
      withArea([capabilityOf('a', 'A', { replaces: ['a'] })]),
      'areas[0].capabilities[0].replaces[0]:replacesSelf',
    ],
    [
      'a code both kept and retired',
      { ...withArea([capabilityOf('a')]), retired: [{ code: 'a' }] },
      'retired[0].code:retiredAndKept',
    ],
    [
      'a code both replaced and retired',
      { ...withArea([capabilityOf('a', 'A', { replaces: ['b'] })]), retired: [{ code: 'b' }] },
      'retired[0].code:retiredAndReplaced',
    ],
    [
      'an unknown successor',
      { ...withArea([capabilityOf('a')]), retired: [{ code: 'b', successor: 'c' }] },
      'retired[0].successor:unknownSuccessor',
    ],
  ])('refuses %s, naming where', (_, data, issue) => {
    expect(issuesOf(data)).toContain(issue);
  });
});

describe('retired successors', () => {
  it('may name a capability retired later, but not themselves', () => {
    const retired = (successor: string) => ({
      ...withArea([capabilityOf('a')]),
      retired: [{ code: 'b', successor }, { code: 'c' }],
    });
    expect(issuesOf(retired('c'))).toEqual([]);
    expect(issuesOf(retired('b'))).toEqual(['retired[0].successor:unknownSuccessor']);
  });
});

describe('formatDocumentPath', () => {
  it('writes indexes in brackets', () => {
    expect(formatDocumentPath(['areas', 2, 'capabilities', 0, 'levels', 3])).toBe(
      'areas[2].capabilities[0].levels[3]',
    );
    expect(formatDocumentPath([])).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import type { FrameworkDocument } from './framework-document';
import type { CurrentFramework } from './framework-plan';
import { planFrameworkImport } from './plan-import';
import { capabilityOf, documentOf } from './test-documents';

const current: CurrentFramework = { document: documentOf(), aliases: {} };
const next = (overrides: Partial<FrameworkDocument>) => documentOf({ version: 2, ...overrides });
const styrning = (capabilities: ReturnType<typeof capabilityOf>[]) => ({
  code: 'styrning',
  name: 'Styrning',
  capabilities,
});
const drift = documentOf().areas[1]!;

describe('planFrameworkImport', () => {
  it('creates a new framework when there is none or the slug differs', () => {
    for (const before of [null, current]) {
      const plan = planFrameworkImport(before, documentOf({ slug: 'annat', version: 3 }));
      expect(plan).toMatchObject({ kind: 'newFramework', version: 3, errors: [] });
      expect(plan.added.map((a) => a.code)).toEqual(['strategi', 'portfolj', 'overvakning']);
    }
  });

  it('treats the same version with the same content as unchanged (an export imported back)', () => {
    expect(planFrameworkImport(current, documentOf())).toMatchObject({
      kind: 'unchanged',
      errors: [],
    });
  });

  it.each([
    {
      name: 'adds a capability',
      doc: next({
        areas: [
          styrning([...documentOf().areas[0]!.capabilities, capabilityOf('ny', 'Ny')]),
          drift,
        ],
      }),
      expect: { added: [{ code: 'ny', name: 'Ny', areaCode: 'styrning' }] },
    },
    {
      name: 'renames through replaces',
      doc: next({
        areas: [
          styrning([
            capabilityOf('strategi', 'Strategi'),
            capabilityOf('portfoljstyrning', 'Portföljstyrning', { replaces: ['portfolj'] }),
          ]),
          drift,
        ],
      }),
      expect: {
        renamed: [
          {
            from: 'portfolj',
            to: 'portfoljstyrning',
            nameBefore: 'Portfölj',
            nameAfter: 'Portföljstyrning',
          },
        ],
      },
    },
    {
      name: 'merges two into a new code: the first renamed, the rest merged',
      doc: next({
        areas: [
          styrning([capabilityOf('styrning', 'Styrning', { replaces: ['strategi', 'portfolj'] })]),
          drift,
        ],
      }),
      expect: {
        renamed: [{ from: 'strategi', to: 'styrning' }],
        merged: [{ into: 'styrning', codes: ['portfolj'] }],
      },
    },
    {
      name: 'merges into a kept capability',
      doc: next({
        areas: [
          styrning([capabilityOf('strategi', 'Strategi', { replaces: ['portfolj'] })]),
          drift,
        ],
      }),
      expect: { renamed: [], merged: [{ into: 'strategi', codes: ['portfolj'] }] },
    },
    {
      name: 'retires with a successor',
      doc: next({
        areas: [styrning([capabilityOf('strategi', 'Strategi')]), drift],
        retired: [{ code: 'portfolj', successor: 'strategi' }],
      }),
      expect: { retired: [{ code: 'portfolj', name: 'Portfölj', successor: 'strategi' }] },
    },
    {
      name: 'lists changed names and descriptors, and a move to another area',
      doc: next({
        areas: [
          styrning([
            capabilityOf('strategi', 'Strategi', { nameEn: 'Strategy' }),
            capabilityOf('overvakning', 'Övervakning'),
          ]),
          { code: 'drift', name: 'Drift', capabilities: [capabilityOf('portfolj', 'Portföljen')] },
        ],
      }),
      expect: {
        changedText: [
          { code: 'strategi', fields: ['nameEn'] },
          { code: 'overvakning', fields: ['area'] },
          { code: 'portfolj', fields: ['name', 'area', 'levels'] },
        ],
      },
    },
    {
      name: 'retires an area no longer in the document',
      doc: next({
        areas: [
          styrning([
            ...documentOf().areas[0]!.capabilities,
            capabilityOf('overvakning', 'Övervakning'),
          ]),
        ],
      }),
      expect: { areas: { added: [], changed: [], retired: ['drift'] } },
    },
  ])('$name', ({ doc, expect: expected }) => {
    const plan = planFrameworkImport(current, doc);
    expect(plan.errors).toEqual([]);
    expect(plan).toMatchObject({ kind: 'newVersion', previousVersion: 1, version: 2, ...expected });
  });

  it.each([
    {
      name: 'a capability left out without being retired',
      doc: next({ areas: [styrning([capabilityOf('strategi', 'Strategi')]), drift] }),
      error: { path: 'retired', code: 'capabilityMissing', params: { code: 'portfolj' } },
    },
    {
      name: 'a version that is not the next',
      doc: documentOf({ version: 3, name: 'Nytt namn' }),
      error: { path: 'version', code: 'versionNotNext', params: { expected: 2 } },
    },
    {
      name: 'the same version with changes',
      doc: documentOf({ name: 'Nytt namn' }),
      error: { path: 'version', code: 'versionNotNext' },
    },
    {
      name: 'replacing a code that does not exist',
      doc: next({
        areas: [
          styrning([
            ...documentOf().areas[0]!.capabilities,
            capabilityOf('x', 'X', { replaces: ['okand'] }),
          ]),
          drift,
        ],
      }),
      error: { path: 'areas[0].capabilities[2].replaces[0]', code: 'unknownReplaced' },
    },
    {
      name: 'retiring a code that does not exist',
      doc: next({ retired: [{ code: 'okand' }] }),
      error: { path: 'retired[0].code', code: 'unknownRetired' },
    },
    {
      name: 'a scale of another length',
      doc: next({ scale: documentOf().scale.slice(0, 2) }),
      error: { path: 'scale', code: 'scaleLengthChanged' },
    },
  ])('refuses $name', ({ doc, error }) => {
    expect(planFrameworkImport(current, doc).errors).toContainEqual(expect.objectContaining(error));
  });

  it('refuses to reuse a retired code or an old code of another capability', () => {
    const after: CurrentFramework = {
      document: documentOf({
        version: 2,
        areas: [styrning([capabilityOf('strategi', 'Strategi')]), drift],
        retired: [{ code: 'portfolj' }],
      }),
      aliases: { gammal: 'overvakning' },
    };
    const doc = documentOf({
      version: 3,
      areas: [
        styrning([
          capabilityOf('strategi', 'Strategi'),
          capabilityOf('portfolj', 'Portfölj'),
          capabilityOf('gammal', 'Gammal'),
        ]),
        drift,
      ],
    });
    expect(planFrameworkImport(after, doc).errors.map((e) => e.code)).toEqual([
      'codeRetired',
      'codeInUse',
    ]);
    // Listing an earlier retirement again is no change: an exported document lists them all.
    expect(planFrameworkImport(after, after.document).kind).toBe('unchanged');
  });

  it('accepts a replaced code that an earlier version already renamed to this capability', () => {
    const after: CurrentFramework = {
      document: documentOf({ version: 2 }),
      aliases: { 'gammal-strategi': 'strategi' },
    };
    const doc = documentOf({
      version: 3,
      areas: [
        styrning([
          capabilityOf('strategi', 'Strategi', { replaces: ['gammal-strategi'] }),
          capabilityOf('portfolj', 'Portfölj'),
        ]),
        drift,
      ],
    });
    expect(planFrameworkImport(after, doc)).toMatchObject({ errors: [], renamed: [], merged: [] });
  });

  it('lets a new framework neither replace nor retire', () => {
    const doc = documentOf({
      slug: 'nytt',
      areas: [styrning([capabilityOf('a', 'A', { replaces: ['b'] })])],
      retired: [{ code: 'c' }],
    });
    expect(planFrameworkImport(current, doc).errors.map((e) => e.code)).toEqual([
      'replacesInNewFramework',
      'retiredInNewFramework',
    ]);
  });
});

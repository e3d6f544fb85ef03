import fc from 'fast-check';

type Json = unknown;
type Path = (string | number)[];

/** Nested far deeper than any real input: parsers and validators must not recurse into a crash. */
function nestDeeply(depth: number): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/** The values that break code written for the happy path: limits, wrong types, odd text, bad dates. */
export const BOUNDARY_VALUES: readonly Json[] = [
  0,
  -1,
  1,
  1.5,
  -0,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 53 + 2,
  1e308,
  -1e308,
  5e-324,
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  'a\u0000b',
  // Lone UTF-16 surrogates and a non-character: no valid Unicode, yet JSON carries them.
  '\ud800',
  'a\udc00b',
  '\ufffe',
  '😀👩‍👩‍👧‍👦',
  'e\u0301\u0308\u0324',
  '\u202Eevil',
  "'; drop table units; --",
  'Robert"); delete from users; --',
  '2026-02-30',
  '9999-12-31',
  '0000-00-00',
  '2026-13-01',
  'true',
  '1',
  'null',
  '__proto__',
  'constructor',
  true,
  false,
  null,
  [],
  {},
  [null],
  { __proto__: null, toString: 1 },
  nestDeeply(200),
  nestDeeply(3000),
];

const boundary = fc.constantFrom(...BOUNDARY_VALUES);
/** A stand-in for any leaf: a boundary value most of the time, otherwise any small JSON. */
const anyLeaf = fc.oneof(
  { weight: 4, arbitrary: boundary },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
const numbers = BOUNDARY_VALUES.filter((v) => typeof v === 'number');
const strings = BOUNDARY_VALUES.filter((v) => typeof v === 'string');

/**
 * A replacement for the value at hand: mostly one of its own type, since a number out of range gets
 * further into the code than a string where a number belongs; sometimes anything at all.
 */
function replacementFor(value: Json): fc.Arbitrary<Json> {
  const sameType =
    typeof value === 'number'
      ? fc.oneof(
          fc.constantFrom(...numbers),
          fc.double(),
          fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
        )
      : typeof value === 'string'
        ? fc.oneof(fc.constantFrom(...strings), fc.string({ unit: 'grapheme' }))
        : null;
  return sameType
    ? fc.oneof({ weight: 3, arbitrary: sameType }, { weight: 1, arbitrary: anyLeaf })
    : anyLeaf;
}

/** Every path into a value, interior nodes included, so a whole object can turn into a number. */
function listPaths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => listPaths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) listPaths(v, [...prefix, k], out);
  }
  return out;
}

function valueAt(root: Json, path: Path): Json {
  const parent = containerAt(root, path.slice(0, -1));
  return parent?.[path[path.length - 1]!];
}

function containerAt(root: Json, path: Path): Record<string | number, Json> | undefined {
  let node: Json = root;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[step];
  }
  return node !== null && typeof node === 'object'
    ? (node as Record<string | number, Json>)
    : undefined;
}

type Edit =
  | { kind: 'replace'; path: Path; value: Json }
  | { kind: 'remove'; path: Path }
  | { kind: 'addKey'; path: Path; key: string; value: Json };

function applyEdit(root: Json, edit: Edit): Json {
  if (edit.kind === 'addKey') {
    const target = containerAt(root, edit.path);
    if (target && !Array.isArray(target)) target[edit.key] = edit.value;
    return root;
  }
  if (edit.path.length === 0) return edit.kind === 'replace' ? edit.value : undefined;
  const parent = containerAt(root, edit.path.slice(0, -1));
  const last = edit.path[edit.path.length - 1]!;
  if (!parent) return root;
  if (edit.kind === 'replace') parent[last] = edit.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return root;
}

/** The valid sample with one to three of its parts replaced, removed, or joined by unknown keys. */
export function mutateSample(sample: Json): fc.Arbitrary<Json> {
  const paths = listPaths(sample);
  const objectPaths: Path[] = [
    [],
    ...paths.filter((p) => {
      const node = containerAt(sample, p);
      return node !== undefined && !Array.isArray(node);
    }),
  ];
  const edits: fc.Arbitrary<Edit>[] = [
    fc
      .record({ kind: fc.constant('addKey' as const), path: fc.constantFrom(...objectPaths) })
      .chain((e) =>
        fc
          .record({
            key: fc.oneof(fc.constantFrom('__proto__', 'extra', ''), fc.string()),
            value: anyLeaf,
          })
          .map((x) => ({ ...e, ...x })),
      ),
  ];
  if (paths.length > 0) {
    const path = fc.constantFrom(...paths);
    const replace = path.chain((p) =>
      replacementFor(valueAt(sample, p)).map((value) => ({
        kind: 'replace' as const,
        path: p,
        value,
      })),
    );
    edits.push(replace, replace, fc.record({ kind: fc.constant('remove' as const), path }));
  }
  return fc
    .array(fc.oneof(...edits), { minLength: 1, maxLength: 3 })
    .map((list) => list.reduce((value, edit) => applyEdit(value, edit), structuredClone(sample)));
}

/** What a body may be: the valid sample, a hostile variant of it, or any JSON at all. */
export function hostileBodies(sample: Json): fc.Arbitrary<string> {
  const asBody = (value: Json) => (value === undefined ? '' : JSON.stringify(value));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(sample).map(asBody) },
    { weight: 6, arbitrary: mutateSample(sample).map(asBody) },
    { weight: 2, arbitrary: fc.jsonValue().map(asBody) },
    { weight: 1, arbitrary: anyLeaf.map(asBody) },
  );
}

/** Bodies that are not one JSON input at all: nothing, broken JSON, a batch in disguise. */
export const RAW_BODIES: readonly string[] = [
  '',
  ' ',
  '{',
  '{"a":',
  'nul',
  '"unterminated',
  '\u0000',
  '{"a":1}{"b":2}',
  '[]',
  '[{}]',
  '[{},{},{}]',
  JSON.stringify(Array.from({ length: 50 }, () => ({}))),
  '{"0":{},"1":{}}',
  '{"__proto__":{"polluted":true}}',
  '9'.repeat(400),
  '1e99999',
];

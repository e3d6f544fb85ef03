import { InvalidDocumentError } from '@lagesbild/domain';

/**
 * Text no field may hold: NUL (UTF-8 text and JSON columns refuse it), a lone UTF-16 surrogate (not
 * a character at all; the audit log's JSON column refuses it) and Unicode's non-characters
 * (U+FDD0–U+FDEF and the last two code points of every plane), which are never text people type.
 * With the u flag a paired surrogate is one code point, so \p{Cs} finds only the lone ones.
 */
const INVALID_TEXT = /[\0\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** Compared as stored, byte for byte, against hashes made before: checked, never rewritten. */
const VERBATIM_KEY = /password/i;

/** One report per field is enough; a body full of bad text need not be answered in full. */
const MAX_ISSUES = 20;

/** Where a value sits, as a chain to its parent: a deeply nested input costs no copied paths. */
interface Place {
  parent: Place | null;
  key: string | number;
}

const pathOf = (place: Place | null): string => {
  const keys: (string | number)[] = [];
  for (let p = place; p; p = p.parent) keys.push(p.key);
  return keys.reverse().map(String).join('.');
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Sets an own property, also one named `__proto__`, which assignment would take for the prototype. */
const put = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });

/**
 * Every string of a call's input, keys included, NFC-normalised (so "e" + U+0301 and "é" are one
 * text, as they look), on a copy; text that is no valid Unicode refuses the whole call with a field
 * issue `invalidText` at its path, in the shape schema errors have. Iterative, so a body nested
 * thousands deep is walked, not a stack overflow.
 */
export function normaliseTextInput(input: unknown): unknown {
  const root: { value?: unknown } = {};
  const issues: { path: string; code: string }[] = [];
  const work: { value: unknown; holder: object; key: string | number; place: Place | null }[] = [
    { value: input, holder: root, key: 'value', place: null },
  ];
  const refuse = (place: Place | null) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: pathOf(place), code: 'invalidText' });
  };
  while (work.length > 0) {
    const { value, holder, key, place } = work.pop()!;
    if (typeof value === 'string') {
      if (INVALID_TEXT.test(value)) refuse(place);
      const verbatim = typeof key === 'string' && VERBATIM_KEY.test(key);
      put(holder, key, verbatim ? value : value.normalize('NFC'));
    } else if (Array.isArray(value)) {
      const copy: unknown[] = new Array<unknown>(value.length);
      put(holder, key, copy);
      value.forEach((item, i) =>
        work.push({ value: item, holder: copy, key: i, place: { parent: place, key: i } }),
      );
    } else if (isPlainObject(value)) {
      const copy: Record<string, unknown> = {};
      put(holder, key, copy);
      for (const [name, item] of Object.entries(value)) {
        if (INVALID_TEXT.test(name)) refuse(place);
        const normal = name.normalize('NFC');
        // Claims the key's place now: the walk fills it later, and keys keep the input's order.
        put(copy, normal, undefined);
        work.push({
          value: item,
          holder: copy,
          key: normal,
          place: { parent: place, key: normal },
        });
      }
    } else {
      // Numbers, booleans, null, and anything that is not JSON (a file) pass as they are.
      put(holder, key, value);
    }
  }
  if (issues.length > 0) throw new InvalidDocumentError(issues);
  return root.value;
}

// A few readers for search params, written out instead of zod: every route validates its search
// in the route tree, which loads before any page, and even zod/mini brings zod's core (about 25 kB
// gzipped, a quarter of the first route's budget) for what is a handful of strings, enums and years.

/** Reads one search param: its value, or undefined when it is absent or not acceptable. */
export type Param<T> = (value: unknown) => T | undefined;

type Parsed<S extends Record<string, Param<unknown>>> = {
  [K in keyof S]?: S[K] extends Param<infer T> ? T : never;
};

/** What `validateSearch` takes: TanStack Router calls `parse` with the search it read from the URL. */
export interface SearchValidator<T> {
  parse(search: Record<string, unknown>): T;
}

export type SearchOf<V extends SearchValidator<unknown>> = ReturnType<V['parse']>;

/**
 * Validates a page's search params. A bad value in a shared link is dropped, not an error: the page
 * falls back to its default. Params the page does not know are dropped too.
 */
export function searchParams<S extends Record<string, Param<unknown>>>(
  shape: S,
): SearchValidator<Parsed<S>> {
  return {
    parse(search) {
      const out: Record<string, unknown> = {};
      for (const [key, read] of Object.entries(shape)) {
        const value = read(search[key]);
        if (value !== undefined) out[key] = value;
      }
      return out as Parsed<S>;
    },
  };
}

/** A string matching `pattern`, at most `max` characters. */
export const matching =
  (pattern: RegExp, max = 80): Param<string> =>
  (value) =>
    typeof value === 'string' && value.length <= max && pattern.test(value) ? value : undefined;

/** One of a fixed list of values. */
export const oneOf =
  <const T extends string>(values: readonly T[]): Param<T> =>
  (value) =>
    values.includes(value as T) ? (value as T) : undefined;

/** A short free text: trimmed, and dropped when empty or longer than `max`. */
export const text =
  (max: number): Param<string> =>
  (value) => {
    if (typeof value !== 'string') return undefined;
    const trimmed = value.trim();
    return trimmed && trimmed.length <= max ? trimmed : undefined;
  };

/** Any string up to `max` characters, as it is (checked again where it is used). */
export const rawString =
  (max: number): Param<string> =>
  (value) =>
    typeof value === 'string' && value.length <= max ? value : undefined;

/** A year: the router reads `?fran=2027` as a number; a string must look like 20xx. */
export const year: Param<number> = (value) => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' && /^20\d\d$/.test(value) ? Number(value) : undefined;
};

export const flag: Param<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

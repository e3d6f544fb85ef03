/**
 * A request as the tRPC route sees it. Guards key on this, never on the raw URL: the router decodes
 * the path once (`/%74rpc/x` is `/trpc/x`), and tRPC decodes its part again before it splits a batch
 * on ',' (`auth%252EsignIn` and `a%2Cb` reach `auth.signIn` and two calls).
 */
export type TrpcRoute =
  | { kind: 'trpc'; procedures: string[] }
  | { kind: 'other' }
  /** An escape that does not decode: the router or tRPC answers 400, so the guards do too. */
  | { kind: 'malformed' };

const PREFIX = '/trpc/';
const OTHER: TrpcRoute = { kind: 'other' };
const MALFORMED: TrpcRoute = { kind: 'malformed' };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `/%74rpc/a.b,c%2Ed?batch=1` → the tRPC route with ['a.b', 'c.d']. */
export function resolveTrpcRoute(url: string): TrpcRoute {
  const path = decode(url.split('?', 1)[0] ?? '');
  if (path === null) return MALFORMED;
  if (path === '/trpc') return { kind: 'trpc', procedures: [] };
  if (!path.startsWith(PREFIX)) return OTHER;
  const names = decode(path.slice(PREFIX.length));
  if (names === null) return MALFORMED;
  return { kind: 'trpc', procedures: names.split(',').filter(Boolean) };
}

/** How many of the route's calls are this procedure: a batch of 20 sign-ins is 20 sign-ins. */
export function countCalls(route: TrpcRoute, procedure: string): number {
  return route.kind === 'trpc' ? route.procedures.filter((p) => p === procedure).length : 0;
}

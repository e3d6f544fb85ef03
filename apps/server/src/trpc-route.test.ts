import { describe, expect, it } from 'vitest';
import { countCalls, resolveTrpcRoute } from './trpc-route';

describe('resolveTrpcRoute', () => {
  it.each([
    ['/trpc/auth.signIn', ['auth.signIn']],
    ['/%74rpc/factors.save', ['factors.save']],
    ['/%74%72%70%63/factors.save', ['factors.save']],
    ['/trpc/auth%2EsignIn', ['auth.signIn']],
    ['/trpc/auth%2esignIn', ['auth.signIn']],
    ['/trpc/auth%252EsignIn', ['auth.signIn']],
    ['/trpc/%61uth.%73ignIn?batch=1', ['auth.signIn']],
    ['/trpc/a.b,c.d?batch=1&input=%7B%7D', ['a.b', 'c.d']],
    ['/trpc/a.b%2Cc.d?batch=1', ['a.b', 'c.d']],
    ['/trpc/a.b%2cc.d?batch=1', ['a.b', 'c.d']],
    ['/trpc/a.b%252Cc.d?batch=1', ['a.b', 'c.d']],
    ['/trpc', []],
  ])('%s is the tRPC route with %j', (url, procedures) => {
    expect(resolveTrpcRoute(url)).toEqual({ kind: 'trpc', procedures });
  });

  it.each([
    '/',
    '/healthz',
    '/TRPC/a.b',
    '//trpc/a.b',
    '/trpcx/a.b',
    '/export/ai.xlsx',
    '/?/trpc/a',
  ])('%s is not the tRPC route', (url) => {
    expect(resolveTrpcRoute(url)).toEqual({ kind: 'other' });
  });

  it.each(['/trpc/a%E0', '/%E0trpc/a', '/trpc/a%25', '/trpc/a%25zz', '/trpc/a%2'])(
    '%s does not decode',
    (url) => {
      expect(resolveTrpcRoute(url)).toEqual({ kind: 'malformed' });
    },
  );
});

describe('countCalls', () => {
  it('counts each call of the procedure in a batch', () => {
    const batch = `/trpc/${Array(20).fill('auth%2EsignIn').join('%2C')}?batch=1`;
    expect(countCalls(resolveTrpcRoute(batch), 'auth.signIn')).toBe(20);
    expect(countCalls(resolveTrpcRoute('/trpc/auth.me,auth.signIn'), 'auth.signIn')).toBe(1);
    expect(countCalls(resolveTrpcRoute('/healthz'), 'auth.signIn')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { pathAfterSignIn, safeReturnPath } from './return-path';

const itd = { role: 'itd', unitSlug: null } as const;
const reporter = { role: 'reporter', unitSlug: 'miljoforvaltningen' } as const;
const viewer = { role: 'viewer', unitSlug: null } as const;

describe('safeReturnPath', () => {
  it.each([
    ['/formaga/ai-1?omgang=2025-K1', '/formaga/ai-1?omgang=2025-K1'],
    ['/', '/'],
    ['/enhet/stadskontoret#main', '/enhet/stadskontoret#main'],
  ])('follows the same-site path %s', (till, expected) => {
    expect(safeReturnPath(till)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['javascript:alert(1)'],
    ['formaga/ai-1'],
    ['/\t/evil.example/'],
  ])('refuses %j, which could lead off the site', (till) => {
    expect(safeReturnPath(till)).toBeNull();
  });
});

describe('pathAfterSignIn', () => {
  it('returns to the page the user asked for', () => {
    expect(pathAfterSignIn('/formaga/ai-1', reporter)).toBe('/formaga/ai-1');
  });

  it.each([
    ['a reporter lands on its unit', reporter, '/enhet/miljoforvaltningen'],
    ['ITD lands on the overview', itd, '/'],
    ['a viewer lands on the overview', viewer, '/'],
  ])('without a safe `till`, %s', (_name, user, expected) => {
    expect(pathAfterSignIn('//evil.example', user)).toBe(expected);
    expect(pathAfterSignIn(undefined, user)).toBe(expected);
  });
});

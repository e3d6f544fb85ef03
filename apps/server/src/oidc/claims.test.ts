import { describe, expect, it } from 'vitest';
import { mapClaims, mapRole } from './claims';

const settings = { roleClaim: 'lagesbild_role', roleMap: null, unitClaim: 'lagesbild_unit' };
const base = { sub: 's1', email: 'a@example.se', name: 'Anna' };

describe('role claim', () => {
  it.each([
    ['itd', null, 'itd'],
    [['viewer', 'itd'], null, 'itd'],
    ['admin', null, null],
    [undefined, null, null],
    [42, null, null],
    [['grp-ledning', 'grp-alla'], { 'grp-ledning': 'itd', 'grp-alla': 'viewer' }, 'itd'],
    ['itd', { 'grp-alla': 'viewer' }, null],
    ['constructor', { 'grp-alla': 'viewer' }, null],
  ] as const)('%j with map %j gives %s', (value, map, expected) => {
    expect(mapRole(value, map)).toBe(expected);
  });
});

describe('claims to a user', () => {
  it('keeps subject, name, e-mail, role and a reporter unit, nothing else', () => {
    expect(
      mapClaims(
        { ...base, lagesbild_role: 'reporter', lagesbild_unit: 'miljoforvaltningen', ssn: 'x' },
        settings,
      ),
    ).toEqual({
      subject: 's1',
      name: 'Anna',
      email: 'a@example.se',
      role: 'reporter',
      unitSlug: 'miljoforvaltningen',
    });
  });

  it.each([
    [{ ...base }, 'no role'],
    [{ ...base, lagesbild_role: 'reporter' }, 'no unit'],
    [{ sub: 's1', lagesbild_role: 'viewer' }, 'no email'],
  ])('refuses %j', (claims, reason) => {
    expect(mapClaims(claims, settings)).toEqual({ refused: reason });
  });

  it('names a user by e-mail when the provider sends no name', () => {
    expect(
      mapClaims({ sub: 's1', email: 'a@example.se', lagesbild_role: 'itd' }, settings),
    ).toMatchObject({ name: 'a@example.se' });
  });
});

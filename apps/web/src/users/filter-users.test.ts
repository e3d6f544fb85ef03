import { describe, expect, it } from 'vitest';
import type { ManagedUser } from '../api-types';
import { filterUsers } from './filter-users';

function user(id: number, name: string, email: string, role: ManagedUser['role']): ManagedUser {
  return {
    id,
    name,
    email,
    role,
    unitSlug: null,
    signIn: 'local',
    disabled: false,
    secondFactor: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const users = [
  user(1, 'Örjan Öst', 'orjan@malmo.se', 'viewer'),
  user(2, 'Anna Ek', 'anna.ek@malmo.se', 'reporter'),
  user(3, 'Åsa Berg', 'asa@malmo.se', 'itd'),
  user(4, 'Bo Ahl', 'bo@example.se', 'reporter'),
];

const names = (list: ManagedUser[]) => list.map((u) => u.name);

describe('filterUsers', () => {
  it('sorts by name in Swedish order, Å Ä Ö after Z', () => {
    expect(names(filterUsers(users, {}))).toEqual(['Anna Ek', 'Bo Ahl', 'Åsa Berg', 'Örjan Öst']);
  });

  it.each([
    [{ text: 'ANNA' }, ['Anna Ek']],
    [{ text: 'example' }, ['Bo Ahl']],
    [{ text: '  öst ' }, ['Örjan Öst']],
    [{ role: 'reporter' as const }, ['Anna Ek', 'Bo Ahl']],
    [{ role: 'reporter' as const, text: 'malmo' }, ['Anna Ek']],
    [{ text: 'ingen sådan' }, []],
  ])('%j finds %j', (filter, expected) => {
    expect(names(filterUsers(users, filter))).toEqual(expected);
  });

  it('leaves the list it was given alone', () => {
    const copy = [...users];
    filterUsers(users, { role: 'itd' });
    expect(users).toEqual(copy);
  });
});

import { describe, expect, it } from 'vitest';
import { setUserDisabledInputSchema, updateUserInputSchema } from './user-admin';

// Found by fuzzing: an id beyond PostgreSQL's integer reached the database and answered 500.
describe('user ids the database can hold', () => {
  it.each([2 ** 31, 2 ** 53])('refuses the id %d before any query', (id) => {
    const update = { id, version: 1, name: 'Ada', role: 'viewer', unitSlug: null };
    expect(updateUserInputSchema.safeParse(update).error?.issues[0]?.code).toBe('too_big');
    const disable = { id, version: 1, disabled: true };
    expect(setUserDisabledInputSchema.safeParse(disable).error?.issues[0]?.code).toBe('too_big');
  });

  it('accepts the largest id PostgreSQL holds', () => {
    expect(
      setUserDisabledInputSchema.safeParse({ id: 2 ** 31 - 1, version: 1, disabled: true }).success,
    ).toBe(true);
  });
});

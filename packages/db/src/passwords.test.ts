import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('rätt häst batteri häftklammer');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('häst');
    expect(await verifyPassword('rätt häst batteri häftklammer', stored)).toBe(true);
    expect(await verifyPassword('rätt häst batteri häftklammeR', stored)).toBe(false);
  });

  it('salts each hash, so equal passwords do not look equal', async () => {
    expect(await hashPassword('samma')).not.toBe(await hashPassword('samma'));
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });
});

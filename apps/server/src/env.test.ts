import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('REQUIRE_SECOND_FACTOR_FOR', () => {
  it('is no role by default, a comma-separated list of roles when set, and refuses an unknown role', () => {
    expect(readEnv({}).REQUIRE_SECOND_FACTOR_FOR).toEqual([]);
    expect(readEnv({ REQUIRE_SECOND_FACTOR_FOR: 'itd' }).REQUIRE_SECOND_FACTOR_FOR).toEqual([
      'itd',
    ]);
    expect(
      readEnv({ REQUIRE_SECOND_FACTOR_FOR: ' itd, reporter ' }).REQUIRE_SECOND_FACTOR_FOR,
    ).toEqual(['itd', 'reporter']);
    expect(() => readEnv({ REQUIRE_SECOND_FACTOR_FOR: 'admin' })).toThrow(
      /REQUIRE_SECOND_FACTOR_FOR/,
    );
  });
});

import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAs, failureOf } from './testing/users';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const factor = (title: string, mitigation = '') => ({
  code: null,
  version: 0,
  fields: {
    title,
    kind: 'risk' as const,
    likelihood: 3,
    impact: 4,
    owner: 'IT-direktör',
    mitigation,
    status: 'open' as const,
    capabilityCodes: [],
    needCodes: [],
  },
});

// Found by fuzzing every mutation: text with a NUL character passed validation, and the database's
// refusal of it was a 500 "Internal server error" instead of the user's own mistake.
describe('input the database cannot store', () => {
  it.each(['a\u0000b', '\u0000'])(
    'refuses text holding a NUL character as a bad request',
    async (text) => {
      const itd = await callAs(handle.db, 'itd');
      expect(await failureOf(itd.factors.save(factor(text)))).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'unstorableValue',
      });
      expect(await failureOf(itd.factors.save(factor('Risk', text)))).toMatchObject({
        code: 'BAD_REQUEST',
      });
    },
  );

  it('still stores the same text without it', async () => {
    const itd = await callAs(handle.db, 'itd');
    await expect(itd.factors.save(factor('ab'))).resolves.toMatchObject({ version: 1 });
  });
});

import type { DatabaseHandle } from '@lagesbild/db/client';
import type { TRPCError } from '@trpc/server';
import { openTestDatabase } from '@lagesbild/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldIssuesOf } from './errors';
import { newRiskInput } from './testing/samples';
import { callAs, failureOf } from './testing/users';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const factor = (title: string, mitigation = '') => newRiskInput({ title, mitigation });

// Found by fuzzing every mutation: text with a NUL character passed validation, and the database's
// refusal of it was a 500 "Internal server error" instead of the user's own mistake.
describe('input the database cannot store', () => {
  it.each(['a\u0000b', '\u0000'])(
    'refuses text holding a NUL character as a bad request',
    async (text) => {
      const itd = await callAs(handle.db, 'itd');
      // Refused at the API's edge now, before the database is asked (see text-input.ts).
      const refused = (await itd.factors.save(factor(text)).then(
        () => null,
        (e: unknown) => e as TRPCError,
      ))!;
      expect(refused).toMatchObject({ code: 'BAD_REQUEST' });
      expect(fieldIssuesOf(refused)).toEqual([
        { path: 'fields.title', code: 'invalidText', message: 'invalidText' },
      ]);
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

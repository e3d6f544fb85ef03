import type { DatabaseHandle } from '@lagesbild/db/client';
import { countRows, openTestDatabase } from '@lagesbild/db/testing';
import type { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldIssuesOf } from './errors';
import { normaliseTextInput } from './text-input';
import { newRiskInput } from './testing/samples';
import { callAs } from './testing/users';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const factor = (title: string, owner = 'IT-direktör') => newRiskInput({ title, owner });

const countOf = (table: 'critical_factors' | 'audit_log' | 'assessments') =>
  countRows(handle.db, sql`select count(*)::int as n from ${sql.identifier(table)}`);

/** The refusal as the dashboard gets it: code and field issues. */
async function refusalOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e as TRPCError,
  );
  if (!error) throw new Error('expected the call to be refused');
  return { code: error.code, fieldIssues: fieldIssuesOf(error) };
}

// Found by fuzzing: a lone UTF-16 surrogate passed every schema, and the audit log's JSON column
// refused it with a 500 after the change had been attempted.
describe('text that is no valid Unicode', () => {
  it.each([
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate inside a word', 'Ri\udc00sk'],
    ['a NUL character', 'a\u0000b'],
    ['a non-character', 'Risk\ufffe'],
  ])('%s is refused as a bad request naming the field, and nothing is saved', async (_, text) => {
    const itd = await callAs(handle.db, 'itd');
    const [factors, audit] = [await countOf('critical_factors'), await countOf('audit_log')];
    expect(await refusalOf(itd.factors.save(factor(text)))).toEqual({
      code: 'BAD_REQUEST',
      fieldIssues: [{ path: 'fields.title', code: 'invalidText', message: 'invalidText' }],
    });
    expect(await refusalOf(itd.factors.save(factor('Risk', text)))).toMatchObject({
      fieldIssues: [{ path: 'fields.owner', code: 'invalidText' }],
    });
    expect(await countOf('critical_factors')).toBe(factors);
    expect(await countOf('audit_log')).toBe(audit);
  });

  it("refuses it in a reporter's self-report, and the answer stays as it was", async () => {
    const reporter = await callAs(handle.db, 'reporterA');
    const form = await reporter.report.form({ round: '2026-K4' });
    const item = form.items.find((i) => !i.notApplicable)!;
    const before = await countOf('assessments');
    const save = (comment: string, evidenceText: string | null = null) =>
      reporter.report.save({
        round: '2026-K4',
        capabilityCode: item.capabilityCode,
        version: item.version,
        fields: {
          selfRating: 3,
          targetLevel: item.targetLevel,
          targetYear: item.targetYear,
          notApplicable: false,
          evidence: { ...item.evidence, text: evidenceText },
          confidence: item.confidence,
          comment,
        },
      });
    expect(await refusalOf(save('Bra\ud83d', '\udfff'))).toEqual({
      code: 'BAD_REQUEST',
      fieldIssues: expect.arrayContaining([
        expect.objectContaining({ path: 'fields.comment', code: 'invalidText' }),
        expect.objectContaining({ path: 'fields.evidence.text', code: 'invalidText' }),
      ]) as unknown,
    });
    expect(await countOf('assessments')).toBe(before);
    const again = await reporter.report.form({ round: '2026-K4' });
    expect(again.items.find((i) => i.capabilityCode === item.capabilityCode)).toEqual(item);
  });

  it('keeps valid text as typed, emoji (paired surrogates) included, in its composed form', async () => {
    const itd = await callAs(handle.db, 'itd');
    // "e" + a combining acute accent, as some keyboards and pasted text give it: stored as "é".
    const { code } = await itd.factors.save(factor('Cafe\u0301-risk 😀👩‍👩‍👧‍👦'));
    const saved = (await itd.factors.register()).factors.find((f) => f.code === code)!;
    expect(saved.title).toBe('Café-risk 😀👩‍👩‍👧‍👦');
    expect(saved.title).toBe(saved.title.normalize('NFC'));
  });
});

describe('normaliseTextInput', () => {
  it('walks an input nested far deeper than any schema without overflowing the stack', () => {
    let deep: unknown = '\ud800';
    for (let i = 0; i < 200_000; i++) deep = i % 2 ? { a: deep } : [deep];
    expect(() => normaliseTextInput(deep)).toThrow('invalidDocument');
  });

  it('leaves the caller’s input alone, keeps __proto__ a plain key and passwords as typed', () => {
    const input = JSON.parse(
      '{"name":"Cafe\\u0301","__proto__":{"x":1},"newPassword":"Cafe\\u0301"}',
    ) as Record<string, unknown>;
    const out = normaliseTextInput(input) as Record<string, unknown>;
    expect(input.name).toBe('Cafe\u0301');
    expect(out.name).toBe('Café');
    expect(out.newPassword).toBe('Cafe\u0301');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['name', '__proto__', 'newPassword']);
  });
});

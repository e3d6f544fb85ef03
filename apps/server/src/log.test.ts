import type { DatabaseHandle } from '@lagesbild/db/client';
import { openTestDatabase } from '@lagesbild/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog } from './log';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const SECRET = 'Hemlig kommentar från Miljöförvaltningen';

async function logFailure(query: ReturnType<typeof sql>): Promise<string> {
  const lines: string[] = [];
  const log = createLog('error', { write: (line: string) => void lines.push(line) });
  const error = await database.db.execute(query).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  log.error({ err: error, correlationId: 'c-1' }, 'procedure failed');
  return lines.join('');
}

describe('the log of a failed query', () => {
  it('keeps the query text and SQLSTATE, never the values a user sent', async () => {
    const line = await logFailure(sql`select ${SECRET}::int as n`);
    expect(line).not.toContain('Hemlig');
    expect(line).toContain('Failed query: select $1::int as n');
    expect(JSON.parse(line).err.cause).toMatchObject({ code: '22P02' });
  });

  it('leaves out a detail that quotes a key, and keeps the constraint by name', async () => {
    const line = await logFailure(
      sql`insert into organisations (slug, name) select slug, ${SECRET} from organisations limit 1`,
    );
    expect(line).not.toContain('Hemlig');
    expect(line).not.toContain('malmo');
    expect(JSON.parse(line).err.cause).toMatchObject({
      code: '23505',
      constraint: expect.stringContaining('slug') as string,
    });
  });
});

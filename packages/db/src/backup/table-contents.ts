import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { quoteIdentifier, selectRows } from './catalog';

/**
 * Every row of every base table in schema public, as JSON text in a fixed order, read independently of
 * the backup's own catalogue code: what a check compares between a source and its restored copy.
 */
export async function readEveryTable(db: Database): Promise<Map<string, string[]>> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql.raw(`set local time zone 'UTC'`));
      const tables = await selectRows<{ name: string }>(
        tx,
        sql`select table_name as name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
      );
      const contents = new Map<string, string[]>();
      for (const { name } of tables) {
        const rows = await selectRows<{ row: string }>(
          tx,
          sql.raw(
            `select to_jsonb(t)::text as row from public.${quoteIdentifier(name)} t order by 1`,
          ),
        );
        contents.set(
          name,
          rows.map((r) => r.row),
        );
      }
      return contents;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

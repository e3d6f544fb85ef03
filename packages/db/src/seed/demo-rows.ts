import { z } from 'zod';

/**
 * Demo content is data (the JSON files in `content/`), read through the domain's own schemas when the
 * seed loads: a misspelt field or a value out of range stops the seed and its tests, naming the row.
 */
export function parseDemoRows<S extends z.ZodType>(
  what: string,
  schema: S,
  rows: readonly unknown[],
): z.output<S>[] {
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      throw new Error(`demo ${what} row ${i + 1}: ${z.prettifyError(parsed.error)}`);
    }
    return parsed.data;
  });
}

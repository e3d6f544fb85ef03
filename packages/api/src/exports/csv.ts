import { stringify } from 'csv-stringify/sync';
import type { ExportSheet } from './round-sheets';

const swedishDecimal = (n: number) => String(n).replace('.', ',');

/**
 * The one CSV writer: one table the way Swedish Excel opens it directly, with semicolons, decimal
 * commas and a byte order mark so å, ä and ö survive. Machines should take the JSON.
 *
 * Users' text is never a live formula: a cell that begins with = + - @, a tab or a carriage return
 * gets a leading ' (OWASP's advice for CSV injection), so Excel shows `=HYPERLINK(…)` as text instead
 * of running it. A negative number stays a number.
 */
export function writeCsv(sheet: ExportSheet): Buffer {
  const body = stringify([sheet.columns.map((c) => c.header), ...sheet.rows], {
    delimiter: ';',
    bom: true,
    escape_formulas: true,
    cast: {
      boolean: (b) => (b ? 'ja' : 'nej'),
      number: (n) => swedishDecimal(n),
    },
  });
  return Buffer.from(body, 'utf8');
}

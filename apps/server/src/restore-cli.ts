import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { restoreBackup } from '@lagesbild/db/backup';
import { describeFailure, openConfiguredDatabase } from './backup-database';
import { readEnv } from './env';

/** `pnpm restore <file>`: loads a backup into the configured, empty database (never the demo seed). */
const [argument] = process.argv.slice(2);
if (!argument) {
  console.error('usage: pnpm restore <backup-file>');
  process.exit(2);
}
const file = resolve(argument);
try {
  await access(file).catch(() => {
    throw new Error(`No backup file at ${file}.`);
  });
  const database = await openConfiguredDatabase(readEnv({ ...process.env, SEED_DEMO: 'false' }), {
    mustExist: false,
  });
  try {
    const summary = await restoreBackup(database, createReadStream(file));
    const total = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`restored ${file} (${total} rows, schema ${summary.migrations})`);
    for (const { table, rows } of summary.tables) console.log(`  ${table.padEnd(28)} ${rows}`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(describeFailure(error, 'restore'));
  process.exit(1);
}

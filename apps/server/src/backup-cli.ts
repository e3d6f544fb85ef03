import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeBackup } from '@lagesbild/db/backup';
import { describeFailure, openConfiguredDatabase } from './backup-database';
import { readEnv } from './env';

/** `pnpm backup [file]`: every table, history and audit log included, into one gzip'd file. */
const pad = (n: number) => String(n).padStart(2, '0');
function defaultFileName(now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `lagesbild-backup-${day}-${pad(now.getHours())}${pad(now.getMinutes())}.jsonl.gz`;
}

const file = resolve(process.argv[2] ?? defaultFileName(new Date()));
// Written beside the target name first, so an interrupted backup never looks like a whole one.
const partial = `${file}.partial`;
try {
  const database = await openConfiguredDatabase(readEnv({ ...process.env, SEED_DEMO: 'false' }), {
    mustExist: true,
  });
  try {
    const summary = await writeBackup(database, createWriteStream(partial, { flags: 'wx' }));
    await rename(partial, file);
    const total = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`backup written to ${file} (${total} rows, schema ${summary.migrations})`);
    for (const { table, rows } of summary.tables) console.log(`  ${table.padEnd(28)} ${rows}`);
  } finally {
    await database.close();
  }
} catch (error) {
  await rm(partial, { force: true });
  console.error(describeFailure(error, 'backup'));
  process.exit(1);
}

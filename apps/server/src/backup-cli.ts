import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeBackup } from '@lagesbild/db/backup';
import { describeFailure, openConfiguredDatabase } from './backup-database';
import { readEnv } from './env';

/**
 * `pnpm backup [--without-sessions] [file]`: every table, history and audit log included, into one gzip'd
 * file only its owner can read (it holds password hashes). Without sessions, a restore signs everyone out.
 */
const pad = (n: number) => String(n).padStart(2, '0');
function defaultFileName(now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `lagesbild-backup-${day}-${pad(now.getHours())}${pad(now.getMinutes())}.jsonl.gz`;
}

const args = process.argv.slice(2);
const withoutSessions = args.includes('--without-sessions');
const named = args.filter((a) => a !== '--without-sessions');
if (named.length > 1 || named.some((a) => a.startsWith('--'))) {
  console.error('usage: pnpm backup [--without-sessions] [file]');
  process.exit(2);
}
const file = resolve(named[0] ?? defaultFileName(new Date()));
// Written beside the target name first, so an interrupted backup never looks like a whole one.
const partial = `${file}.partial`;
try {
  const database = await openConfiguredDatabase(readEnv({ ...process.env, SEED_DEMO: 'false' }), {
    mustExist: true,
  });
  try {
    const output = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    const summary = await writeBackup(database, output, undefined, { withoutSessions });
    await rename(partial, file);
    const total = summary.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(`backup written to ${file} (${total} rows, schema ${summary.migrations})`);
    if (withoutSessions)
      console.log('  sessions left out: after a restore everyone signs in again');
    for (const { table, rows } of summary.tables) console.log(`  ${table.padEnd(28)} ${rows}`);
  } finally {
    await database.close();
  }
} catch (error) {
  await rm(partial, { force: true });
  console.error(describeFailure(error, 'backup'));
  process.exit(1);
}

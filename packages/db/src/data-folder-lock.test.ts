import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openDatabase } from './client';
import { DataFolderInUseError, LOCK_FILE } from './data-folder-lock';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lb-lock-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

// About the embedded database only: once is enough when the suite runs again on PostgreSQL.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'the embedded database’s data folder',
  () => {
    it('refuses a second opening while the first is open, and the first keeps working', async () => {
      const first = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const second = openDatabase({ kind: 'pglite', dataDir });
        await expect(second).rejects.toBeInstanceOf(DataFolderInUseError);
        await expect(second).rejects.toThrow(/in use by another Lägesbild process \(pid \d+\)/);
        const rows = await first.pglite!.query<{ n: number }>('select 1 as n');
        expect(rows.rows[0]?.n).toBe(1);
      } finally {
        await first.close();
      }
      const again = await openDatabase({ kind: 'pglite', dataDir });
      await again.close();
    });

    it('takes over a lock left by a process that was killed', async () => {
      // A pid that existed and is gone: a child that has already exited.
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
      await writeFile(join(dataDir, LOCK_FILE), gone.stdout.toString());
      const handle = await openDatabase({ kind: 'pglite', dataDir });
      await handle.close();
    });
  },
);

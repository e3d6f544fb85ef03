import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openDatabase } from './client';
import {
  DataFolderNotADatabaseError,
  initialiseDataFolder,
  stagingFolderOf,
} from './data-folder-init';
import { DataFolderInUseError, LOCK_FILE } from './data-folder-lock';

let root: string;
let dataDir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'lb-init-'));
  dataDir = join(root, 'data');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Stands in for creating and seeding a database: the folder logic is what is under test here. */
const writeDatabase = (content: string) => (staging: string) =>
  writeFile(join(staging, 'PG_VERSION'), content);

// File-system logic of the embedded database's folder: once is enough when the suite runs on PostgreSQL.
describe.skipIf(inject('testTemplate').kind === 'postgres')('a first start’s data folder', () => {
  it('appears only once complete: a failed build leaves no folder, and the next try succeeds', async () => {
    const failing = initialiseDataFolder(dataDir, async (staging) => {
      await writeDatabase('half')(staging);
      throw new Error('killed while seeding');
    });
    await expect(failing).rejects.toThrow('killed while seeding');
    expect(existsSync(dataDir)).toBe(false);

    await initialiseDataFolder(dataDir, writeDatabase('whole'));
    expect(await readFile(join(dataDir, 'PG_VERSION'), 'utf8')).toBe('whole');
    expect(await readdir(dataDir)).toEqual(['PG_VERSION']);
    expect(existsSync(stagingFolderOf(dataDir))).toBe(false);
  });

  it('replaces an empty folder that holds only a stale lock', async () => {
    await mkdir(dataDir);
    await writeFile(join(dataDir, LOCK_FILE), '999999999');
    await initialiseDataFolder(dataDir, writeDatabase('whole'));
    expect(await readdir(dataDir)).toEqual(['PG_VERSION']);
  });

  it('refuses a second first start while one is running', async () => {
    let second: Promise<void> | undefined;
    await initialiseDataFolder(dataDir, async (staging) => {
      second = initialiseDataFolder(dataDir, writeDatabase('second'));
      await expect(second).rejects.toBeInstanceOf(DataFolderInUseError);
      await writeDatabase('first')(staging);
    });
    expect(await readFile(join(dataDir, 'PG_VERSION'), 'utf8')).toBe('first');
  });

  it('never opens a folder of other files: refused, nothing written into it', async () => {
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'notes.txt'), 'not a database');
    const opening = openDatabase({ kind: 'pglite', dataDir });
    await expect(opening).rejects.toBeInstanceOf(DataFolderNotADatabaseError);
    await expect(opening).rejects.toThrow(`The data folder ${dataDir} holds files but no`);
    expect(await readdir(dataDir)).toEqual(['notes.txt']);
    expect(await readFile(join(dataDir, 'notes.txt'), 'utf8')).toBe('not a database');
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@lagesbild/db/client';
import { verifyPassword } from '@lagesbild/db/passwords';
import { findLocalAccount, listAudit } from '@lagesbild/db/repositories';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUserFromArgs } from './create-user';
import { readEnv } from './env';

// A new city's first start: an empty embedded database, no demo data.
describe.skipIf(inject('testTemplate').kind === 'postgres')('pnpm create-user', () => {
  let dataDir: string;
  const env = () => readEnv({ DATA_DIR: dataDir, SEED_DEMO: 'false', ORGANISATION: 'lund' });
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lb-create-user-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('creates the first itd account of a new organisation, with a password that signs in', async () => {
    await expect(
      createUserFromArgs(['--email', 'it@lund.se', '--name', 'Första ITD', '--role', 'itd'], env()),
    ).rejects.toThrow(/--organisation-name/);

    const result = await createUserFromArgs(
      [
        '--email',
        'IT@Lund.se',
        '--name',
        'Första ITD',
        '--role',
        'itd',
        '--organisation-name',
        'Lunds kommun',
      ],
      env(),
    );
    expect(result).toMatchObject({ email: 'it@lund.se', role: 'itd' });
    expect(result!.password!.length).toBeGreaterThanOrEqual(20);

    const db = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const account = await findLocalAccount(db.db, 'lund', 'it@lund.se');
      expect(account).toMatchObject({ role: 'itd', name: 'Första ITD', disabled: false });
      expect(await verifyPassword(result!.password!, account!.passwordHash!)).toBe(true);
      const audit = await listAudit(db.db, 'lund', { limit: 10 });
      expect(audit.entries[0]).toMatchObject({
        action: 'users.create',
        actorLabel: 'create-user (command line)',
      });
    } finally {
      await db.close();
    }
  });

  it('refuses bad input with the field named, and a second account with the same e-mail', async () => {
    await expect(
      createUserFromArgs(['--email', 'x@lund.se', '--name', 'X', '--role', 'reporter'], env()),
    ).rejects.toThrow(/unitSlug: unitRequired/);
    await expect(
      createUserFromArgs(['--email', 'it@lund.se', '--name', 'Igen', '--role', 'viewer'], env()),
    ).rejects.toThrow(/email: emailTaken/);
  });
});

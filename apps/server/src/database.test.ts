import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCapabilityDetail, saveAssessment } from '@lagesbild/db/repositories';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDatabase } from './database';
import { readEnv } from './env';

// The embedded database's data folder is what survives a restart; PostgreSQL keeps its own.
describe.skipIf(inject('testTemplate').kind === 'postgres')(
  'a restart of the embedded database',
  () => {
    let dataDir: string;
    const messages: string[] = [];
    const start = () =>
      startDatabase(readEnv({ DATA_DIR: dataDir }), { log: (m) => void messages.push(m) });

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'lb-restart-'));
    });
    afterAll(() => rm(dataDir, { recursive: true, force: true }));

    it('keeps what was saved before it and does not seed the demo city again', async () => {
      const first = await start();
      expect(messages.filter((m) => m.startsWith('seeded'))).toHaveLength(1);
      const key = {
        organisationSlug: 'malmo',
        roundCode: '2026-K3',
        unitSlug: 'miljoforvaltningen',
        capabilityCode: 'informationsklassning',
      };
      const before = await loadCapabilityDetail(
        first.db,
        'malmo',
        key.capabilityCode,
        key.roundCode,
      );
      const { unitSlug: _u, ...fields } = before.assessments.find(
        (a) => a.unitSlug === key.unitSlug,
      )!;
      const version = before.history.find((h) => h.unitSlug === key.unitSlug)!.version;
      await saveAssessment(first.db, {
        ...key,
        expectedVersion: version,
        fields: { ...fields, comment: 'Sparad före omstarten.' },
        changedBy: 'Test',
        at: new Date('2026-11-27T10:00:00Z'),
      });
      await first.close();

      const second = await start();
      try {
        expect(messages.filter((m) => m.startsWith('seeded'))).toHaveLength(1);
        const after = await loadCapabilityDetail(
          second.db,
          'malmo',
          key.capabilityCode,
          key.roundCode,
        );
        expect(after.assessments.find((a) => a.unitSlug === key.unitSlug)!.comment).toBe(
          'Sparad före omstarten.',
        );
        expect(after.history[0]).toMatchObject({ version: version + 1, changedBy: 'Test' });
      } finally {
        await second.close();
      }
    });
  },
);

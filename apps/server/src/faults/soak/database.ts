import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';

/** The environment that points a spawned server at its own database, and how to remove it after. */
export interface SoakDatabase {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

async function runAdmin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * PGlite: an empty data folder the server seeds on its first start, as an operator's would be.
 * PostgreSQL: a fresh clone of the run's seeded template, named under the run's prefix so the run's
 * cleanup finds it even if this process dies.
 */
export async function createSoakDatabase(): Promise<SoakDatabase> {
  const template = inject('testTemplate');
  if (template.kind === 'pglite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'lb-soak-'));
    return {
      env: { DATA_DIR: dataDir, SEED_DEMO: 'true' },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `${template.prefix}_soak_${Math.random().toString(36).slice(2, 8)}`;
  await runAdmin(template.adminUrl, `create database ${name} template ${template.templateName}`);
  const url = new URL(template.adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), SEED_DEMO: 'false' },
    dispose: () => runAdmin(template.adminUrl, `drop database if exists ${name} with (force)`),
  };
}

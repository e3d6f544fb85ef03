import pg from 'pg';

/** The URL of another database on the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Drops and creates a database of the bench's own (name must be a plain identifier); returns its URL. */
export async function createScratchDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^lagesbild_bench_[a-z0-9_]+$/.test(name)) throw new Error(`not a bench database: ${name}`);
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  await adminQuery(adminUrl, `create database ${name}`);
  return withDatabase(adminUrl, name);
}

export async function dropScratchDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^lagesbild_bench_[a-z0-9_]+$/.test(name)) throw new Error(`not a bench database: ${name}`);
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
}

import { seedDemoPlan } from '@lagesbild/api';
import { seedDemo } from '@lagesbild/db/seed';
import { DEMO_ORGANISATION_SLUG, startDatabase } from './database';
import { readEnv } from './env';

/** `pnpm seed`: replaces every row with the demo city again (the seed is deterministic). */
const env = readEnv({ ...process.env, SEED_DEMO: 'false' });
const database = await startDatabase(env, { log: console.log });
const summary = await seedDemo(database.db, { reset: true });
await seedDemoPlan(database.db, DEMO_ORGANISATION_SLUG);
console.log(`demo data re-seeded: ${JSON.stringify(summary)}`);
await database.close();

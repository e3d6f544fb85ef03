import { createUserFromArgs } from './create-user';
import { readEnv } from './env';

try {
  const result = await createUserFromArgs(
    process.argv.slice(2),
    readEnv({ ...process.env, SEED_DEMO: 'false' }),
  );
  if (result) {
    console.log(`created ${result.role} ${result.email}`);
    if (result.password) console.log(`password (shown once): ${result.password}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

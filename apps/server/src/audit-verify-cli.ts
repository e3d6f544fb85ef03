import { verifyAuditChain } from '@lagesbild/db/repositories';
import { describeFailure, openConfiguredDatabase } from './backup-database';
import { readEnv } from './env';

/**
 * `pnpm audit:verify`: recomputes the audit log's hash chain. Prints the number of entries and the head
 * hash (keep it: a later run that ends elsewhere shows entries were cut off); exits 1 when the chain breaks.
 */
try {
  const database = await openConfiguredDatabase(readEnv({ ...process.env, SEED_DEMO: 'false' }), {
    mustExist: true,
  });
  try {
    const chain = await verifyAuditChain(database.db);
    if (chain.firstBroken !== null) {
      console.error(
        `The audit log has been changed: its chain breaks at entry ${chain.firstBroken} of ${chain.entries}.`,
      );
      process.exitCode = 1;
    } else {
      console.log(`audit log intact: ${chain.entries} entries, head ${chain.head ?? '(empty)'}`);
    }
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(describeFailure(error, 'audit:verify'));
  process.exit(1);
}

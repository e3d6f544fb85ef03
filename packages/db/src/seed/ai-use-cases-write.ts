import type { InsightIds } from './insight';
import type { Transaction } from './write';

// Placeholder until the register's demo data is written.
export async function insertAiUseCases(_tx: Transaction, _ids: InsightIds): Promise<void> {}

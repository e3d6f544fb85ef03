import type { Transaction } from './write';

export interface InsightIds {
  organisationId: number;
  unitIds: ReadonlyMap<string, number>;
  capabilityIds: ReadonlyMap<string, number>;
  needIds: ReadonlyMap<string, number>;
  /** Every round by code, the open one included. */
  roundIds: ReadonlyMap<string, number>;
}

/** Demo AI use cases, benefits and critical factors (Q3–Q5); each register's own seed file fills it. */
export async function insertInsight(_tx: Transaction, _ids: InsightIds): Promise<void> {}

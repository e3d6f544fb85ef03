import { insertAiUseCases } from './ai-use-cases-write';
import { insertBenefits } from './benefits-write';
import { insertCriticalFactors } from './critical-factors-write';
import { insertStrengthNotes } from './strength-notes';
import type { InsightIds } from './insight-ids';
import type { Transaction } from './write';

/** Demo AI use cases, benefits, critical factors (Q3–Q5) and ITD's valued strengths and weaknesses (Q1), telling one story with the needs register. */
export async function insertInsight(tx: Transaction, ids: InsightIds): Promise<void> {
  await insertAiUseCases(tx, ids);
  await insertBenefits(tx, ids);
  await insertCriticalFactors(tx, ids);
  await insertStrengthNotes(tx, ids);
}

import type { Database } from '@lagesbild/db/client';
import { listCriticalFactors } from '@lagesbild/db/repositories';
import {
  audienceOf,
  buildFactorRegister,
  readFactorsFor,
  type FactorRegisterView,
  type Role,
} from '@lagesbild/domain';

/**
 * The critical factors as the page and the workbook show them to a role: the board reads the scores of
 * closed rounds; ITD also those it has recorded in the open one.
 */
export async function readFactorRegister(
  db: Database,
  organisationSlug: string,
  role: Role,
): Promise<FactorRegisterView> {
  const stored = await listCriticalFactors(db, organisationSlug);
  return buildFactorRegister(readFactorsFor(stored, audienceOf(role)));
}

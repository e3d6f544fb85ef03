import { benefitActions, benefitMeasurements, benefits } from '../schema/index';
import { DEMO_ACTIONS, DEMO_BENEFITS } from './benefits';
import type { InsightIds } from './insight-ids';
import type { Transaction } from './write';

const SEEDED_BY = 'Demodata';
const SEEDED_AT = '2026-09-15T08:00:00.000Z';

function idOf(map: ReadonlyMap<string, number>, key: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo benefits name an unknown ${key}`);
  return id;
}

/** The demo benefit register: benefits, their measurements and the actions of KS and servicenämnden. */
export async function insertBenefits(tx: Transaction, ids: InsightIds): Promise<void> {
  const rows = await tx
    .insert(benefits)
    .values(
      DEMO_BENEFITS.map(({ measurements: _m, needCode, unitSlug, ...fields }) => ({
        ...fields,
        organisationId: ids.organisationId,
        needId: idOf(ids.needIds, needCode),
        unitId: idOf(ids.unitIds, unitSlug),
        updatedAt: SEEDED_AT,
        updatedBy: SEEDED_BY,
      })),
    )
    .returning({ id: benefits.id, code: benefits.code });
  const benefitIds = new Map(rows.map((r) => [r.code, r.id]));
  await tx.insert(benefitMeasurements).values(
    DEMO_BENEFITS.flatMap((b) =>
      b.measurements.map(([measuredOn, value, note]) => ({
        benefitId: idOf(benefitIds, b.code),
        measuredOn,
        value,
        note,
        recordedAt: `${measuredOn}T12:00:00.000Z`,
        recordedBy: SEEDED_BY,
      })),
    ),
  );
  await tx.insert(benefitActions).values(
    DEMO_ACTIONS.map(({ benefitCode, ...action }) => ({
      ...action,
      benefitId: idOf(benefitIds, benefitCode),
      updatedAt: SEEDED_AT,
      updatedBy: SEEDED_BY,
    })),
  );
}

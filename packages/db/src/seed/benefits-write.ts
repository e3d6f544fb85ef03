import { benefitActions, benefitMeasurements, benefits } from '../schema/index';
import { DEMO_ACTIONS, DEMO_BENEFITS } from './benefits';
import type { InsightIds } from './insight-ids';
import { demoIdOf, SEEDED_AT, SEEDED_BY, type Transaction } from './write';

/** The demo benefit register: benefits, their measurements and the actions of KS and servicenämnden. */
export async function insertBenefits(tx: Transaction, ids: InsightIds): Promise<void> {
  const rows = await tx
    .insert(benefits)
    .values(
      DEMO_BENEFITS.map(({ measurements: _m, needCode, unitSlug, ...fields }) => ({
        ...fields,
        organisationId: ids.organisationId,
        needId: demoIdOf(ids.needIds, needCode),
        unitId: demoIdOf(ids.unitIds, unitSlug),
        updatedAt: SEEDED_AT,
        updatedBy: SEEDED_BY,
      })),
    )
    .returning({ id: benefits.id, code: benefits.code });
  const benefitIds = new Map(rows.map((r) => [r.code, r.id]));
  await tx.insert(benefitMeasurements).values(
    DEMO_BENEFITS.flatMap((b) =>
      b.measurements.map(([measuredOn, value, note]) => ({
        benefitId: demoIdOf(benefitIds, b.code),
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
      benefitId: demoIdOf(benefitIds, benefitCode),
      updatedAt: SEEDED_AT,
      updatedBy: SEEDED_BY,
    })),
  );
}

import type { Municipality } from './national-municipality';
import type { Random } from '@lagesbild/db/seed';
import type { CopyValue } from './pg-load';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const ASSESSMENT_COLUMNS = [
  'round_id',
  'unit_id',
  'capability_id',
  'self_rating',
  'validated_rating',
  'target_level',
  'target_year',
  'not_applicable',
  'evidence_text',
  'confidence',
  'confirmed',
  'version',
  'updated_at',
  'updated_by',
];
const CONFIDENCE = ['low', 'medium', 'high'];

const clampLevel = (n: number) => Math.min(5, Math.max(1, Math.round(n)));

/**
 * Every unit × capability × round. Each pair starts between 1 and 2.5 and climbs a little each round
 * with noise; about one pair in a hundred is not applicable throughout; ITD validated most ratings,
 * a few a step lower.
 */
export function* generateAssessments(m: Municipality, random: Random): Generator<CopyValue[]> {
  const roundCount = m.roundIds.length;
  for (const [u, unitId] of m.unitIds.entries()) {
    for (const capabilityId of m.capabilityIds) {
      const start = random.range(1, 2.5);
      const growth = random.range(0.01, 0.08);
      const notApplicable = u > 0 && random.chance(0.01);
      for (let r = 0; r < roundCount; r++) {
        const round = m.rounds[r]!;
        const updatedAt = `${addDays(round.endsOn, -20 + (u % 8))}T09:00:00Z`;
        if (notApplicable) {
          yield [
            m.roundIds[r]!,
            unitId,
            capabilityId,
            null,
            null,
            null,
            null,
            true,
            null,
            null,
            true,
            1,
            updatedAt,
            'Rapportör',
          ];
          continue;
        }
        const self = clampLevel(start + growth * r + random.range(-0.6, 0.6));
        const validated = random.chance(0.7)
          ? random.chance(0.85)
            ? self
            : Math.max(1, self - 1)
          : null;
        const target = Math.min(5, self + 1);
        yield [
          m.roundIds[r]!,
          unitId,
          capabilityId,
          self,
          validated,
          target,
          2027 + (capabilityId % 4),
          false,
          random.chance(0.5) ? 'Rutin beskriven i verksamhetsplanen.' : null,
          CONFIDENCE[random.int(0, 2)]!,
          true,
          validated === null ? 1 : 2,
          updatedAt,
          'Rapportör',
        ];
      }
    }
  }
}

export const SUBMISSION_COLUMNS = [
  'round_id',
  'unit_id',
  'status',
  'version',
  'submitted_at',
  'submitted_by',
  'validated_at',
  'validated_by',
  'updated_at',
];

/** Every closed round's report, submitted and validated. */
export function* generateSubmissions(m: Municipality): Generator<CopyValue[]> {
  for (const [r, roundId] of m.roundIds.entries()) {
    const endsOn = m.rounds[r]!.endsOn;
    for (const unitId of m.unitIds) {
      const submitted = `${addDays(endsOn, -12)}T10:00:00Z`;
      const validated = `${addDays(endsOn, 10)}T10:00:00Z`;
      yield [roundId, unitId, 'validated', 3, submitted, 'Rapportör', validated, 'ITD', validated];
    }
  }
}

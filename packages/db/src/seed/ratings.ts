import type { Round } from '@lagesbild/domain';
import { createRandomFor, type Random } from './prng';
import { AREA_STORIES, NOISE, UNIT_AREA_ADJUSTMENTS, UNIT_OFFSETS } from './story';

/** One (unit, capability) pair's ratings over the rounds, index by index with the rounds. */
export interface RatingTrajectory {
  selfRatings: number[];
  /** Null where ITD has not validated yet (only in the newest round). */
  validatedRatings: (number | null)[];
  targetLevels: number[];
  targetYears: number[];
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

/**
 * The ratings of one applicable pair. Each pair has a random source of its own, so the same pair
 * always gets the same numbers whatever else the content holds.
 */
export function generateTrajectory(
  unitSlug: string,
  areaCode: string,
  capabilityCode: string,
  rounds: readonly Round[],
): RatingTrajectory {
  const random = createRandomFor(`${unitSlug}/${capabilityCode}`);
  const selfRatings = generateSelfRatings(random, unitSlug, areaCode, rounds.length);
  const validatedRatings = generateValidatedRatings(random, unitSlug, selfRatings);
  const targets = generateTargets(random, selfRatings, rounds);
  return { selfRatings, validatedRatings, ...targets };
}

/**
 * A random walk of whole steps: the area's drift decides how likely a step up or down is in each
 * round, so most rounds show no movement and no round moves more than one step.
 */
function generateSelfRatings(
  random: Random,
  unitSlug: string,
  areaCode: string,
  count: number,
): number[] {
  const story = AREA_STORIES[areaCode] ?? { start: 2.5, drift: [] };
  const adjustment = UNIT_AREA_ADJUSTMENTS[`${unitSlug}/${areaCode}`] ?? {};
  const start =
    story.start + (UNIT_OFFSETS[unitSlug] ?? 0) + (adjustment.start ?? 0) + random.range(-0.8, 0.8);
  const pairDrift = (adjustment.drift ?? 0) + random.range(-0.03, 0.03);
  const ratings = [clamp(Math.round(start), 1, 5)];
  for (let i = 1; i < count; i++) {
    const drift = (story.drift[i - 1] ?? 0) + pairDrift;
    const up = Math.max(0, drift) + NOISE;
    const down = Math.max(0, -drift) + NOISE;
    const roll = random.next();
    const step = roll < up ? 1 : roll < up + down ? -1 : 0;
    ratings.push(clamp(ratings[i - 1]! + step, 1, 5));
  }
  return ratings;
}

/**
 * ITD's validated rating. About a quarter of the pairs are rated too high by the unit (and a few
 * too low); such a pair deviates in most rounds, in runs, as a real over-rating does. The newest
 * round is not fully validated yet.
 */
function generateValidatedRatings(
  random: Random,
  unitSlug: string,
  selfRatings: number[],
): (number | null)[] {
  // ITD validating its own assessment has no one to disagree with.
  const bias = unitSlug === 'itd' ? 0 : random.chance(0.29) ? -1 : random.chance(0.05) ? 1 : 0;
  let deviates = random.chance(0.7);
  const validated: number[] = [];
  selfRatings.forEach((self, i) => {
    if (i > 0) deviates = random.chance(deviates ? 0.85 : 0.35);
    const wanted = deviates ? self + bias : self;
    // Within one step of the self-rating and of the previous validated rating, so the validated
    // series never jumps two steps either.
    const previous = validated[i - 1];
    const min = Math.max(1, self - 1, previous === undefined ? 1 : previous - 1);
    const max = Math.min(5, self + 1, previous === undefined ? 5 : previous + 1);
    validated.push(clamp(wanted, min, max));
  });

  const last = selfRatings.length - 1;
  const result: (number | null)[] = [...validated];
  // Left unvalidated only where the effective rating (validated, else self) still moves at most
  // one step from the previous round.
  const previous = validated[last - 1];
  if (
    previous !== undefined &&
    Math.abs(selfRatings[last]! - previous) <= 1 &&
    random.chance(0.22)
  ) {
    result[last] = null;
  }
  return result;
}

/** Targets are usually one or two steps above the current level and are raised once reached. */
function generateTargets(
  random: Random,
  selfRatings: number[],
  rounds: readonly Round[],
): { targetLevels: number[]; targetYears: number[] } {
  let level = Math.min(5, selfRatings[0]! + (random.chance(0.7) ? 1 : 2));
  let year = random.int(2026, 2029);
  const targetLevels: number[] = [];
  const targetYears: number[] = [];
  selfRatings.forEach((self, i) => {
    if (self >= level && level < 5) {
      level = Math.min(5, self + 1);
      const roundYear = Number(rounds[i]!.code.slice(0, 4));
      year = clamp(Math.max(year, roundYear + 1), 2026, 2029);
    }
    targetLevels.push(level);
    targetYears.push(year);
  });
  return { targetLevels, targetYears };
}

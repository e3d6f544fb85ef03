import {
  diffAssessment,
  flattenAssessment,
  type AssessmentChange,
  type FlatAssessment,
  type Round,
  type Unit,
} from '@lagesbild/domain';
import type { CapabilitySeed } from './capability-seed';
import { createRandomFor, type Random } from './prng';
import { generateTrajectory, type RatingTrajectory } from './ratings';
import { addDays, countDays } from './rounds';
import { findNotApplicableReason } from './story';
import {
  describeValidation,
  pickEvidenceOwner,
  pickEvidenceText,
  pickReporterComment,
} from './texts';

export interface HistorySeed {
  version: number;
  changedAt: string;
  changedBy: string;
  changes: AssessmentChange[];
}

/** One assessment as it stands after its last change, with every version that led there. */
export interface AssessmentSeed {
  unitSlug: string;
  capabilityCode: string;
  roundCode: string;
  fields: FlatAssessment;
  version: number;
  updatedAt: string;
  updatedBy: string;
  history: HistorySeed[];
}

interface Pair {
  unit: Unit;
  unitIndex: number;
  capability: CapabilitySeed;
  capabilityIndex: number;
}

/** Every unit × capability × round, round by round, in content order. */
export function buildAssessments(
  units: readonly Unit[],
  capabilities: readonly CapabilitySeed[],
  rounds: readonly Round[],
): AssessmentSeed[] {
  const perRound: AssessmentSeed[][] = rounds.map(() => []);
  units.forEach((unit, unitIndex) => {
    capabilities.forEach((capability, capabilityIndex) => {
      const pair = { unit, unitIndex, capability, capabilityIndex };
      buildPairAssessments(pair, rounds).forEach((seed, i) => perRound[i]!.push(seed));
    });
  });
  return perRound.flat();
}

function buildPairAssessments(pair: Pair, rounds: readonly Round[]): AssessmentSeed[] {
  const notApplicableReason = findNotApplicableReason(pair.unit.slug, pair.capability.code);
  const trajectory = notApplicableReason
    ? null
    : generateTrajectory(pair.unit.slug, pair.capability.area, pair.capability.code, rounds);
  // Texts draw from their own source so rewording them never changes a rating.
  const random = createRandomFor(`${pair.unit.slug}/${pair.capability.code}/texts`);
  const owner = pickEvidenceOwner(random, pair.capability.area);
  return rounds.map((round, i) => {
    const reportedOn = addDays(round.endsOn, -24 + (pair.unitIndex % 8));
    const reported = notApplicableReason
      ? buildNotApplicableFields(notApplicableReason)
      : buildReportedFields(random, pair, round, i, trajectory!, owner, reportedOn);
    const history: HistorySeed[] = [
      {
        version: 1,
        changedAt: formatTimestamp(reportedOn, 8 * 60 + pair.capabilityIndex * 3),
        changedBy: `Rapportör, ${pair.unit.name}`,
        changes: diffAssessment(null, reported),
      },
    ];
    let fields = reported;
    const validatedRating = trajectory?.validatedRatings[i] ?? null;
    if (validatedRating !== null && reported.selfRating !== null) {
      fields = {
        ...reported,
        validatedRating,
        validationComment: describeValidation(reported.selfRating, validatedRating),
      };
      const validatedOn = addDays(reportedOn, 3 + (pair.unitIndex % 5));
      history.push({
        version: 2,
        changedAt: formatTimestamp(validatedOn, 13 * 60 + pair.capabilityIndex * 3),
        changedBy: 'ITD, validering',
        changes: diffAssessment(reported, fields),
      });
    }
    const last = history[history.length - 1]!;
    return {
      unitSlug: pair.unit.slug,
      capabilityCode: pair.capability.code,
      roundCode: round.code,
      fields,
      version: last.version,
      updatedAt: last.changedAt,
      updatedBy: last.changedBy,
      history,
    };
  });
}

/** What the unit's reporter fills in: the self-rating, target, evidence and, now and then, a comment. */
function buildReportedFields(
  random: Random,
  pair: Pair,
  round: Round,
  roundIndex: number,
  trajectory: RatingTrajectory,
  owner: string,
  reportedOn: string,
): FlatAssessment {
  const selfRating = trajectory.selfRatings[roundIndex]!;
  const previous = trajectory.selfRatings[roundIndex - 1];
  const step = previous === undefined ? null : selfRating - previous;
  // Better-established practice more often has a document to link to.
  const hasLink = random.chance(0.15 + 0.08 * (selfRating - 1));
  return flattenAssessment({
    selfRating,
    validatedRating: null,
    targetLevel: trajectory.targetLevels[roundIndex]!,
    targetYear: trajectory.targetYears[roundIndex]!,
    notApplicable: false,
    evidence: {
      text: pickEvidenceText(random, selfRating),
      link: hasLink
        ? `https://intranat.example.se/${pair.unit.slug}/${pair.capability.code}/${round.code.toLowerCase()}`
        : null,
      owner,
      date: addDays(round.startsOn, random.int(0, countDays(round.startsOn, reportedOn))),
    },
    confidence: hasLink
      ? random.pick(['medium', 'high', 'high'] as const)
      : random.pick(['low', 'low', 'medium', 'medium', 'high'] as const),
    comment: pickReporterComment(random, pair.capability.area, step),
    validationComment: null,
  });
}

function buildNotApplicableFields(reason: string): FlatAssessment {
  return flattenAssessment({
    selfRating: null,
    validatedRating: null,
    targetLevel: null,
    targetYear: null,
    notApplicable: true,
    evidence: { text: null, link: null, owner: null, date: null },
    confidence: null,
    comment: reason,
    validationComment: null,
  });
}

/** A fixed UTC timestamp on a date, minutes after midnight: the seed never reads the clock. */
function formatTimestamp(isoDate: string, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoDate}T${hh}:${mm}:00.000Z`;
}

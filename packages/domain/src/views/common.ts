import { z } from 'zod';
import { areaSchema, capabilitySchema } from '../models/framework';
import { organisationSchema, unitSchema } from '../models/organisation';
import { roundSchema } from '../models/round';
import type { AssessmentFact } from '../maturity/rollup';
import type { Area, Capability } from '../models/framework';
import type { Organisation, Unit } from '../models/organisation';
import type { Round } from '../models/round';

export const spreadSchema = z.object({
  n: z.number().int(),
  min: z.number(),
  median: z.number(),
  max: z.number(),
  counts: z.array(z.number().int()),
});

export const capabilitySpreadSchema = z.object({
  spread: spreadSchema.nullable(),
  notApplicable: z.number().int(),
  medianTarget: z.number().nullable(),
  belowTarget: z.number().int(),
  medianGap: z.number().nullable(),
});

/** What every maturity view carries so the dashboard can draw its filters. */
export const viewContextSchema = z.object({
  organisation: organisationSchema,
  rounds: z.array(roundSchema),
  round: z.string(),
  previousRound: z.string().nullable(),
  areas: z.array(areaSchema),
  capabilities: z.array(capabilitySchema),
  units: z.array(unitSchema),
});
export type ViewContext = z.infer<typeof viewContextSchema>;

/** Everything a maturity view is computed from: loaded by the db layer, never changed here. */
export interface MaturityData {
  organisation: Organisation;
  /** Oldest first. */
  rounds: Round[];
  areas: Area[];
  capabilities: Capability[];
  units: Unit[];
  facts: AssessmentFact[];
}

/** The chosen round (the latest when none is asked for) and the one before it. */
export function resolveRound(
  rounds: readonly Round[],
  roundCode: string | undefined,
): { round: Round; previous: Round | null } | null {
  const idx =
    roundCode === undefined ? rounds.length - 1 : rounds.findIndex((r) => r.code === roundCode);
  const round = rounds[idx];
  if (round === undefined) return null;
  return { round, previous: rounds[idx - 1] ?? null };
}

export function buildContext(
  data: MaturityData,
  round: Round,
  previous: Round | null,
): ViewContext {
  return {
    organisation: data.organisation,
    rounds: data.rounds,
    round: round.code,
    previousRound: previous?.code ?? null,
    areas: data.areas,
    capabilities: data.capabilities,
    units: data.units,
  };
}

export function areaIndex(capabilities: readonly Capability[]): Map<string, string> {
  return new Map(capabilities.map((c) => [c.code, c.areaCode]));
}

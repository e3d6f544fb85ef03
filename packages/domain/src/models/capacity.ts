import { z } from 'zod';
import { levelSchema } from './framework';
import { slugSchema } from './organisation';
import { roundCodeSchema } from './round';

/** The competence areas capacity is reported in (DOMAIN.md), in the order forms show them. */
export const COMPETENCE_AREAS = [
  'systemforvaltning',
  'informationshantering',
  'arkitektur',
  'sakerhet',
  'ai-och-data',
  'test',
  'projekt-och-portfoljledning',
  'it-juridik',
] as const;
export const competenceAreaSchema = z.enum(COMPETENCE_AREAS);
export type CompetenceArea = z.infer<typeof competenceAreaSchema>;

/** Full-time equivalents, to two decimals: 0.25 is a quarter of a post. */
export const fteSchema = z
  .number()
  .min(0)
  .max(100_000)
  .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'fteDecimals');

const yearSchema = z.number().int().min(2020).max(2100);

function uniqueBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  ctx: z.RefinementCtx,
  path: string,
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [path, i], message: 'duplicate' });
    seen.add(key);
  });
}

/** A unit's capacity in a round: its people per competence, planning capacity, demand on ITD, base requirements. */
export const capacityReportSchema = z
  .strictObject({
    /** FTE the unit can put into planning and carrying out development (planeringskapacitet). */
    planningFte: fteSchema,
    competences: z
      .array(
        z.strictObject({
          area: competenceAreaSchema,
          fte: fteSchema,
          /** The unit's own view of its level in the area, 1–5. */
          level: levelSchema.nullable(),
        }),
      )
      .max(COMPETENCE_AREAS.length),
    /** Support the unit needs from ITD, per competence area and year, in FTE. */
    demand: z
      .array(z.strictObject({ area: competenceAreaSchema, year: yearSchema, fte: fteSchema }))
      .max(COMPETENCE_AREAS.length * 20),
    /** The level each capability must reach for the unit's operations (baskrav). */
    baseRequirements: z
      .array(z.strictObject({ capabilityCode: slugSchema, requiredLevel: levelSchema }))
      .max(2000),
  })
  .superRefine((r, ctx) => {
    uniqueBy(r.competences, (c) => c.area, ctx, 'competences');
    uniqueBy(r.demand, (d) => `${d.area}/${d.year}`, ctx, 'demand');
    uniqueBy(r.baseRequirements, (b) => b.capabilityCode, ctx, 'baseRequirements');
  });
export type CapacityReport = z.infer<typeof capacityReportSchema>;

export const saveCapacityInputSchema = z.strictObject({
  round: roundCodeSchema,
  /** The version the form read; 0 when the unit had no capacity report in the round yet. */
  version: z.number().int().min(0),
  report: capacityReportSchema,
});

export const capacityFormSchema = z.object({
  roundCode: z.string(),
  unit: z.object({ slug: z.string(), name: z.string() }),
  version: z.number().int(),
  editable: z.boolean(),
  report: capacityReportSchema.nullable(),
  /** The previous round's report, to start from when this round has none yet. */
  previous: z.object({ roundCode: z.string(), report: capacityReportSchema }).nullable(),
  capabilities: z.array(z.object({ code: z.string(), name: z.string(), areaName: z.string() })),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  updatedBy: z.string().nullable(),
});
export type CapacityForm = z.infer<typeof capacityFormSchema>;

import { z } from 'zod';
import { planYearSchema } from '../models/investment';
import { coverageResultSchema, coverageSummarySchema } from './coverage';
import { planFactsSchema } from './plan-facts';

/** The chapters of the plan, in order, after the city's lokalförsörjningsplan (DOMAIN.md). */
export const PLAN_CHAPTER_KEYS = [
  'comparison',
  'status',
  'capacity',
  'investments',
  'ai',
  'benefits',
  'factors',
  'conclusions',
] as const;
export const planChapterKeySchema = z.enum(PLAN_CHAPTER_KEYS);
export type PlanChapterKey = z.infer<typeof planChapterKeySchema>;

/** How a figure or a table column is written: the unit decides the number format and the suffix. */
export const PLAN_UNITS = [
  'text',
  'label',
  'count',
  'tkr',
  'mnkr',
  'fte',
  'level',
  'percent',
  'score',
  'year',
  'change',
] as const;
export const planUnitSchema = z.enum(PLAN_UNITS);
export type PlanUnit = z.infer<typeof planUnitSchema>;

/** Whether a column holds numbers: right-aligned in tables and drawn as a series in charts. */
export const isNumericUnit = (unit: PlanUnit) => unit !== 'text' && unit !== 'label';

const textKey = z.string().min(1).max(120);

/** How many names a sentence lists before it says "and N more": the full list is in the chapter's tables. */
export const NAMES_SHOWN = 3;

/**
 * Names in a sentence, bounded by construction: the first few and how many more, so a city with many long
 * names still gets a readable (and valid) plan. Rendered as a list in the reader's language.
 */
export const planNamesSchema = z.strictObject({
  names: z.array(z.string()).max(NAMES_SHOWN),
  more: z.number().int().min(0),
});
export type PlanNames = z.infer<typeof planNamesSchema>;

/** The names to show in a sentence: the first `NAMES_SHOWN`, and a count of the rest. */
export function listNames(names: readonly string[]): PlanNames {
  return { names: names.slice(0, NAMES_SHOWN), more: Math.max(0, names.length - NAMES_SHOWN) };
}

/** A value in a sentence. Text is bounded by the input it comes from, never cut here. */
const valueSchema = z.union([z.string(), z.number(), planNamesSchema]);
export type PlanValue = z.infer<typeof valueSchema>;

/**
 * One generated sentence: a key into the plan texts (`texts/`) and the values it is written from. The text
 * is rendered when read, in the reader's language, so a frozen edition stores numbers, not prose.
 */
export const planStatementSchema = z.strictObject({
  key: textKey,
  values: z.record(z.string(), valueSchema),
});
export type PlanStatement = z.infer<typeof planStatementSchema>;

/** A key figure shown large at the top of a chapter. */
export const planFigureSchema = z.strictObject({
  key: textKey,
  value: z.number().nullable(),
  unit: planUnitSchema,
});
export type PlanFigure = z.infer<typeof planFigureSchema>;

export const planColumnSchema = z.strictObject({ key: textKey, unit: planUnitSchema });
export type PlanColumn = z.infer<typeof planColumnSchema>;

/** A cell: data as text (names), a number in its column's unit, a label key (unit `label`) or empty. */
export const planCellSchema = z.union([z.string(), z.number(), z.null()]);
export type PlanCell = z.infer<typeof planCellSchema>;

/**
 * A table of the chapter. With `chart` set, the dashboard also draws it: the first column is the x axis and
 * every numeric column is a series; the table itself stays beside the chart (and is what the Word file holds).
 */
export const planTableSchema = z.strictObject({
  key: textKey,
  columns: z.array(planColumnSchema).min(1),
  rows: z.array(z.array(planCellSchema)),
  chart: z.enum(['line', 'bar']).nullable(),
});
export type PlanTable = z.infer<typeof planTableSchema>;

export const planChapterSchema = z.strictObject({
  key: planChapterKeySchema,
  /** The generated text, in reading order: concrete figures, movement, named gaps. */
  statements: z.array(planStatementSchema),
  figures: z.array(planFigureSchema),
  tables: z.array(planTableSchema),
});
export type PlanChapter = z.infer<typeof planChapterSchema>;

/**
 * What a later edition compares itself with: kept in every edition, so "since the previous edition" reads
 * two frozen snapshots and never today's data.
 */
export const planComparablesSchema = z.strictObject({
  roundCode: z.string().nullable(),
  areas: z.array(
    z.strictObject({ code: z.string(), name: z.string(), median: z.number().nullable() }),
  ),
  needs: z.array(z.strictObject({ code: z.string(), title: z.string(), status: z.string() })),
  benefits: z.array(
    z.strictObject({
      code: z.string(),
      title: z.string(),
      /** Realisation 0–1, null when never measured. */
      realisation: z.number().nullable(),
    }),
  ),
  factors: z.array(z.strictObject({ code: z.string(), title: z.string(), score: z.number() })),
});
export type PlanComparables = z.infer<typeof planComparablesSchema>;

/** An edition's content: computed from the data while a draft, stored and never recomputed once published. */
export const planContentSchema = z.strictObject({
  year: z.number().int(),
  organisationName: z.string(),
  /** ISO 8601 date-time the content was computed. */
  generatedAt: z.string(),
  /** The edition's basis: the latest closed round the figures read. */
  roundCode: z.string().nullable(),
  /**
   * The day the basis round closed: dated registers are read up to it. Absent from editions published
   * before the plan named its basis.
   */
  basisClosedOn: z.string().nullable().default(null),
  /** The published edition compared with in chapter 1, if any. */
  previousYear: z.number().int().nullable(),
  facts: planFactsSchema,
  coverage: z.array(coverageResultSchema),
  coverageSummary: coverageSummarySchema,
  chapters: z.array(planChapterSchema).length(PLAN_CHAPTER_KEYS.length),
  comparables: planComparablesSchema,
});
export type PlanContent = z.infer<typeof planContentSchema>;

export const PLAN_EDITION_STATUSES = ['draft', 'published'] as const;
export const planEditionStatusSchema = z.enum(PLAN_EDITION_STATUSES);
export type PlanEditionStatus = z.infer<typeof planEditionStatusSchema>;

export const NARRATIVE_MAX = 20_000;
export const planNarrativesSchema = z.partialRecord(
  planChapterKeySchema,
  z.string().max(NARRATIVE_MAX),
);
export type PlanNarratives = z.infer<typeof planNarrativesSchema>;

export const planEditionSummarySchema = z.strictObject({
  year: planYearSchema,
  status: planEditionStatusSchema,
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  /** A published edition's basis round, frozen with its content; null while a draft (it reads the latest). */
  basisRound: z.string().nullable(),
});
export type PlanEditionSummary = z.infer<typeof planEditionSummarySchema>;

/** One edition as read: its state, ITD's narrative per chapter and the content (live while a draft). */
export const planEditionSchema = planEditionSummarySchema.extend({
  narratives: planNarrativesSchema,
  content: planContentSchema,
});
export type PlanEdition = z.infer<typeof planEditionSchema>;

export const createPlanEditionInputSchema = z.strictObject({ year: planYearSchema });
export const savePlanNarrativeInputSchema = z.strictObject({
  year: planYearSchema,
  chapter: planChapterKeySchema,
  text: z.string().max(NARRATIVE_MAX),
  version: z.number().int().min(1),
});
export const publishPlanEditionInputSchema = z.strictObject({
  year: planYearSchema,
  version: z.number().int().min(1),
});

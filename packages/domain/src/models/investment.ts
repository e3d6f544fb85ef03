import { z } from 'zod';
import { competenceAreaSchema, fteSchema } from './capacity';
import { slugSchema } from './organisation';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from './limits';

/** A need moves from a unit's proposal through ITD's decision to done. */
export const NEED_STATUSES = [
  'proposed',
  'accepted',
  'declined',
  'planned',
  'ongoing',
  'done',
] as const;
export const needStatusSchema = z.enum(NEED_STATUSES);
export type NeedStatus = z.infer<typeof needStatusSchema>;

/** What may hold a need back (DOMAIN.md: legal, procurement, competence, budget). */
export const CONSTRAINT_KINDS = ['legal', 'procurement', 'competence', 'budget'] as const;
export const constraintKindSchema = z.enum(CONSTRAINT_KINDS);
export type ConstraintKind = z.infer<typeof constraintKindSchema>;

/** Money is whole thousands of kronor (tkr). */
export const tkrSchema = z.number().int().min(0).max(100_000_000);
export const planYearSchema = z.number().int().min(2020).max(2100);
export const MAX_NEED_YEARS = 10;

const textSchema = z.string().trim().max(TEXT_MAX_LENGTH);

export const needShape = {
  title: z.string().trim().min(1).max(TITLE_MAX_LENGTH),
  description: textSchema,
  ownerUnits: z.array(slugSchema).min(1).max(50),
  /** Capabilities the need lifts, and by how many levels once it is completed. */
  capabilities: z
    .array(z.strictObject({ capabilityCode: slugSchema, lift: z.number().int().min(1).max(4) }))
    .max(50),
  plannedStart: planYearSchema,
  durationYears: z.number().int().min(1).max(MAX_NEED_YEARS),
  /** One-off cost in each year of the work; entry 0 is the start year. */
  oneOffTkr: z.array(tkrSchema).min(1).max(MAX_NEED_YEARS),
  /** Yearly operating consequence (driftkonsekvens) from the year after completion. */
  operatingTkr: tkrSchema,
  /** Expected yearly benefit from the year after completion; the last entry goes on for later years. */
  benefitTkr: z.array(tkrSchema).max(MAX_NEED_YEARS),
  /** FTE the work needs per competence area in each year of the work. */
  fte: z
    .array(
      z.strictObject({
        area: competenceAreaSchema,
        yearIndex: z
          .number()
          .int()
          .min(0)
          .max(MAX_NEED_YEARS - 1),
        fte: fteSchema,
      }),
    )
    .max(200),
  dependsOn: z.array(slugSchema).max(50),
  constraints: z
    .array(z.strictObject({ kind: constraintKindSchema, note: textSchema }))
    .max(CONSTRAINT_KINDS.length),
  /** 1 low … 5 high. */
  risk: z.number().int().min(1).max(5),
  /** 1 first … 5 last. */
  priority: z.number().int().min(1).max(5),
  status: needStatusSchema,
};

type NeedFieldsShape = z.infer<z.ZodObject<typeof needShape>>;

function checkNeed(n: NeedFieldsShape & { code?: string }, ctx: z.RefinementCtx) {
  if (n.oneOffTkr.length > n.durationYears) {
    ctx.addIssue({ code: 'custom', path: ['oneOffTkr'], message: 'beyondDuration' });
  }
  n.fte.forEach((f, i) => {
    if (f.yearIndex >= n.durationYears) {
      ctx.addIssue({ code: 'custom', path: ['fte', i, 'yearIndex'], message: 'beyondDuration' });
    }
  });
  if (n.code !== undefined && n.dependsOn.includes(n.code)) {
    ctx.addIssue({ code: 'custom', path: ['dependsOn'], message: 'dependsOnItself' });
  }
  reportDuplicates(
    n.capabilities.map((c) => c.capabilityCode),
    'capabilities',
    ctx,
  );
  reportDuplicates(
    n.fte.map((f) => `${f.area}/${f.yearIndex}`),
    'fte',
    ctx,
  );
  reportDuplicates(
    n.constraints.map((c) => c.kind),
    'constraints',
    ctx,
  );
  reportDuplicates(n.dependsOn, 'dependsOn', ctx);
  reportDuplicates(n.ownerUnits, 'ownerUnits', ctx);
}

/** What is entered for a need; its code is made from the title when it is created. */
export const needFieldsSchema = z.strictObject(needShape).superRefine(checkNeed);
export type NeedFields = z.infer<typeof needFieldsSchema>;

/**
 * An investment need. Its costs, staff and benefits are given relative to its start, so a scenario can
 * move the start without rewriting them: year 0 is the start year, the work is done at the end of year
 * `durationYears - 1` (the completion year), and operating costs and benefits run from the year after.
 */
export const investmentNeedSchema = z
  .strictObject({ code: slugSchema, ...needShape })
  .superRefine(checkNeed);
export type InvestmentNeed = z.infer<typeof investmentNeedSchema>;

function reportDuplicates(keys: readonly string[], path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [path, i], message: 'duplicate' });
    seen.add(key);
  });
}

/** A named selection of needs, each with its start year, and the needs it leaves out with the reason. */
export const scenarioSchema = z
  .strictObject({
    code: slugSchema,
    name: z.string().trim().min(1).max(200),
    description: textSchema,
    needs: z.array(z.strictObject({ needCode: slugSchema, startYear: planYearSchema })).max(1000),
    leftOut: z
      .array(z.strictObject({ needCode: slugSchema, reason: z.string().trim().min(1).max(1000) }))
      .max(1000),
  })
  .superRefine((s, ctx) => {
    reportDuplicates(
      s.needs.map((n) => n.needCode),
      'needs',
      ctx,
    );
    const chosen = new Set(s.needs.map((n) => n.needCode));
    s.leftOut.forEach((l, i) => {
      if (chosen.has(l.needCode)) {
        ctx.addIssue({ code: 'custom', path: ['leftOut', i, 'needCode'], message: 'alsoChosen' });
      }
    });
  });
export type Scenario = z.infer<typeof scenarioSchema>;

export const planningHorizonSchema = z
  .strictObject({ from: planYearSchema, to: planYearSchema })
  .refine((h) => h.from <= h.to && h.to - h.from < 30, { message: 'horizon', path: ['to'] });
export type PlanningHorizon = z.infer<typeof planningHorizonSchema>;

/** The horizon the pages start from: the organisation's current year and the four after it. */
export function defaultHorizon(today: string): PlanningHorizon {
  const from = Number(today.slice(0, 4));
  return { from, to: from + 4 };
}

/** Money available per year for investments and their operating consequences. */
export const budgetFrameSchema = z
  .array(z.strictObject({ year: planYearSchema, tkr: tkrSchema }))
  .max(100);
export type BudgetFrame = z.infer<typeof budgetFrameSchema>;

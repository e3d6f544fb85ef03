import { z } from 'zod';
import { frameworkDocumentSchema } from './framework-document';

/** The organisation's framework as it stands, in the same shape as an imported document. */
export interface CurrentFramework {
  /** Active capabilities under their areas; every capability retired so far under `retired`. */
  document: z.infer<typeof frameworkDocumentSchema>;
  /** Old codes of renamed capabilities → the code each has now. */
  aliases: Readonly<Record<string, string>>;
}

/** A problem in a document, where it is (`areas[2].capabilities[0].levels[3]`), with its values. */
export const planIssueSchema = z.object({
  path: z.string(),
  /** A stable code the dashboard turns into Swedish or English text. */
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type PlanIssue = z.infer<typeof planIssueSchema>;

export const capabilityTextFieldSchema = z.enum([
  'name',
  'nameEn',
  'description',
  'descriptionEn',
  'area',
  'levels',
]);
export type CapabilityTextField = z.infer<typeof capabilityTextFieldSchema>;

export const frameworkImportPlanSchema = z.object({
  /** `unchanged`: the same version with the same content, e.g. an export imported back. */
  kind: z.enum(['newFramework', 'newVersion', 'unchanged']),
  slug: z.string(),
  name: z.string(),
  version: z.number().int(),
  previousVersion: z.number().int().nullable(),
  added: z.array(z.object({ code: z.string(), name: z.string(), areaCode: z.string() })),
  renamed: z.array(
    z.object({ from: z.string(), to: z.string(), nameBefore: z.string(), nameAfter: z.string() }),
  ),
  /** Capabilities folded into `into`: retired, their assessments pointing on to it. */
  merged: z.array(z.object({ into: z.string(), name: z.string(), codes: z.array(z.string()) })),
  retired: z.array(
    z.object({ code: z.string(), name: z.string(), successor: z.string().nullable() }),
  ),
  changedText: z.array(
    z.object({ code: z.string(), name: z.string(), fields: z.array(capabilityTextFieldSchema) }),
  ),
  areas: z.object({
    added: z.array(z.string()),
    changed: z.array(z.string()),
    retired: z.array(z.string()),
  }),
  /** Framework-level text that changed: its name or the scale's step names. */
  frameworkChanged: z.array(z.enum(['name', 'nameEn', 'scale'])),
  errors: z.array(planIssueSchema),
});
export type FrameworkImportPlan = z.infer<typeof frameworkImportPlanSchema>;

/** A file's preview: the plan, or (when the file cannot be read as a framework) only its problems. */
export const frameworkPreviewSchema = z.object({
  plan: frameworkImportPlanSchema.nullable(),
  errors: z.array(planIssueSchema),
});
export type FrameworkPreview = z.infer<typeof frameworkPreviewSchema>;

/** A framework file as the dashboard sends it: the text, read in the browser, and its format. */
export const frameworkFileSchema = z.strictObject({
  // 2 MB of text: far beyond any real framework, small enough to parse in one request.
  text: z.string().min(1).max(2_000_000),
  format: z.enum(['json', 'yaml']),
});
export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

export const frameworkImportInputSchema = frameworkFileSchema.extend({
  /** The version the page showed (0 when there was no framework): a newer one is a conflict. */
  expectedVersion: z.number().int().min(0),
});
export type FrameworkImportInput = z.infer<typeof frameworkImportInputSchema>;

export const frameworkVersionEntrySchema = z.object({
  version: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
  changes: z.record(z.string(), z.unknown()),
});

/** The framework page: the current framework as a document, its history and any open round. */
export const currentFrameworkViewSchema = z.object({
  document: frameworkDocumentSchema,
  aliases: z.record(z.string(), z.string()),
  history: z.array(frameworkVersionEntrySchema),
  openRound: z.string().nullable(),
});
export type CurrentFrameworkView = z.infer<typeof currentFrameworkViewSchema>;

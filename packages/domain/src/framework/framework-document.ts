import { z } from 'zod';
import { levelSchema, SCALE_MAX } from '../models/framework';
import { slugSchema } from '../models/organisation';

/** The format tag every document carries, so a later format can be told apart and converted. */
export const FRAMEWORK_FORMAT = 'lagesbild-framework/1';

// Generous for real frameworks (OWASP SAMM has 15 practices, DiMiOS-like models about 40), small
// enough that one import stays one quick transaction.
export const FRAMEWORK_LIMITS = {
  name: 200,
  description: 2000,
  descriptor: 1000,
  reason: 500,
  areas: 50,
  capabilitiesPerArea: 100,
  capabilities: 500,
} as const;

const textOf = (max: number) => z.string().trim().min(1).max(max);
const nameSchema = textOf(FRAMEWORK_LIMITS.name);

export const frameworkScaleStepSchema = z.strictObject({
  level: levelSchema,
  name: nameSchema,
  nameEn: nameSchema.optional(),
});
export type FrameworkScaleStep = z.infer<typeof frameworkScaleStepSchema>;

export const frameworkLevelSchema = z.strictObject({
  level: levelSchema,
  descriptor: textOf(FRAMEWORK_LIMITS.descriptor),
  descriptorEn: textOf(FRAMEWORK_LIMITS.descriptor).optional(),
});
export type FrameworkLevel = z.infer<typeof frameworkLevelSchema>;

export const frameworkCapabilitySchema = z.strictObject({
  code: slugSchema,
  name: nameSchema,
  nameEn: nameSchema.optional(),
  description: textOf(FRAMEWORK_LIMITS.description).optional(),
  descriptionEn: textOf(FRAMEWORK_LIMITS.description).optional(),
  /** Codes of the previous version this capability continues: one is a rename, more is a merge. */
  replaces: z.array(slugSchema).min(1).max(20).optional(),
  levels: z.array(frameworkLevelSchema).min(1).max(SCALE_MAX),
});
export type FrameworkCapability = z.infer<typeof frameworkCapabilitySchema>;

export const frameworkAreaSchema = z.strictObject({
  code: slugSchema,
  name: nameSchema,
  nameEn: nameSchema.optional(),
  capabilities: z.array(frameworkCapabilitySchema).min(1).max(FRAMEWORK_LIMITS.capabilitiesPerArea),
});
export type FrameworkArea = z.infer<typeof frameworkAreaSchema>;

export const frameworkRetiredSchema = z.strictObject({
  code: slugSchema,
  /** Where its assessments' story continues: a capability, or another retired code, of this document. */
  successor: slugSchema.optional(),
  reason: textOf(FRAMEWORK_LIMITS.reason).optional(),
});
export type FrameworkRetired = z.infer<typeof frameworkRetiredSchema>;

export const frameworkDocumentSchema = z
  .strictObject({
    format: z.literal(FRAMEWORK_FORMAT),
    slug: slugSchema,
    name: nameSchema,
    nameEn: nameSchema.optional(),
    version: z.number().int().min(1).max(100_000),
    scale: z.array(frameworkScaleStepSchema).min(2).max(SCALE_MAX),
    areas: z.array(frameworkAreaSchema).min(1).max(FRAMEWORK_LIMITS.areas),
    retired: z.array(frameworkRetiredSchema).max(FRAMEWORK_LIMITS.capabilities).optional(),
  })
  .superRefine(checkDocument);
export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;

type Path = (string | number)[];

/** The rules one field cannot check alone: unique codes, a full scale, a descriptor per level. */
function checkDocument(doc: z.infer<typeof frameworkDocumentSchema>, ctx: z.RefinementCtx) {
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  doc.scale.forEach((step, i) => {
    if (step.level !== i + 1) issue(['scale', i, 'level'], 'scaleNotContiguous');
  });
  const levels = doc.scale.map((_, i) => i + 1);

  const areaCodes = new Set<string>();
  const capabilityCodes = new Set<string>();
  const replacedCodes = new Set<string>();
  let capabilityCount = 0;
  doc.areas.forEach((area, a) => {
    if (areaCodes.has(area.code)) issue(['areas', a, 'code'], 'duplicateCode');
    areaCodes.add(area.code);
    area.capabilities.forEach((cap, c) => {
      const at: Path = ['areas', a, 'capabilities', c];
      capabilityCount += 1;
      if (capabilityCodes.has(cap.code)) issue([...at, 'code'], 'duplicateCode');
      capabilityCodes.add(cap.code);
      cap.levels.forEach((l, i) => {
        if (l.level !== i + 1) issue([...at, 'levels', i, 'level'], 'levelsNotContiguous');
      });
      if (cap.levels.length < levels.length) {
        issue([...at, 'levels', cap.levels.length], 'descriptorMissing');
      } else if (cap.levels.length > levels.length) {
        issue([...at, 'levels', levels.length], 'levelNotInScale');
      }
      cap.replaces?.forEach((old, r) => {
        if (replacedCodes.has(old)) issue([...at, 'replaces', r], 'duplicateCode');
        replacedCodes.add(old);
      });
    });
  });
  if (capabilityCount > FRAMEWORK_LIMITS.capabilities) issue(['areas'], 'tooManyCapabilities');

  // A code that still names a capability cannot also be what another one replaces.
  doc.areas.forEach((area, a) =>
    area.capabilities.forEach((cap, c) =>
      cap.replaces?.forEach((old, r) => {
        if (old === cap.code) issue(['areas', a, 'capabilities', c, 'replaces', r], 'replacesSelf');
        else if (capabilityCodes.has(old)) {
          issue(['areas', a, 'capabilities', c, 'replaces', r], 'replacesKept');
        }
      }),
    ),
  );

  const retiredCodes = new Set(doc.retired?.map((r) => r.code));
  const listed = new Set<string>();
  doc.retired?.forEach((r, i) => {
    if (listed.has(r.code)) issue(['retired', i, 'code'], 'duplicateCode');
    listed.add(r.code);
    if (capabilityCodes.has(r.code)) issue(['retired', i, 'code'], 'retiredAndKept');
    if (replacedCodes.has(r.code)) issue(['retired', i, 'code'], 'retiredAndReplaced');
    // A successor retired later is still where the story went next; the export follows the chain.
    const successorKnown =
      r.successor === undefined ||
      capabilityCodes.has(r.successor) ||
      (retiredCodes.has(r.successor) && r.successor !== r.code);
    if (!successorKnown) {
      issue(['retired', i, 'successor'], 'unknownSuccessor');
    }
  });
}

/** A problem in a document, where it is: `areas[2].capabilities[0].levels[3]`. */
export interface DocumentIssue {
  path: string;
  code: string;
}

/** `['areas', 2, 'name']` → `areas[2].name`: the path as a person editing the file reads it. */
export function formatDocumentPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** Checks a parsed document: the document, or every problem in it with its path. */
export function validateFrameworkDocument(
  data: unknown,
): { document: FrameworkDocument; issues: [] } | { document: null; issues: DocumentIssue[] } {
  const result = frameworkDocumentSchema.safeParse(data);
  if (result.success) return { document: result.data, issues: [] };
  return {
    document: null,
    issues: result.error.issues.map((i) => ({
      path: formatDocumentPath(i.path),
      code: i.code === 'custom' ? i.message : i.code,
    })),
  };
}

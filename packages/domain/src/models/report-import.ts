import { z } from 'zod';
import { capacityReportSchema } from './capacity';
import { slugSchema } from './organisation';
import { selfReportFieldsSchema } from './reporting';
import { roundCodeSchema } from './round';

/**
 * Why a cell, a sheet or the whole uploaded file cannot be imported; the dashboard words each.
 * The file-wide ones (empty to suspiciousCompression) come from looking inside the zip before any
 * sheet is read, and carry no sheet, row or column.
 */
export const IMPORT_ERROR_CODES = [
  'emptyFile',
  'notAWorkbook',
  'oldExcelFormat',
  'encrypted',
  'brokenArchive',
  'tooManyParts',
  'tooLargeUnpacked',
  'suspiciousCompression',
  'formula',
  'errorValue',
  'missingSheet',
  'missingHeader',
  'wrongRound',
  'wrongUnit',
  'unknownCapability',
  'duplicateRow',
  'unknownArea',
  'notANumber',
  'invalidChoice',
  'invalidDate',
  'invalidYear',
  'invalidVersion',
  'linkInvalid',
  'tooLong',
  'ratingRequired',
  'notApplicableWithRating',
  'fteRequired',
  'fteNegative',
  'fteDecimals',
  'fteTooLarge',
  'invalid',
] as const;
export const importErrorCodeSchema = z.enum(IMPORT_ERROR_CODES);
export type ImportErrorCode = z.infer<typeof importErrorCodeSchema>;

/** Where an error is, as Excel shows it: row 1-based, column a letter; both null for a missing sheet. */
export const importErrorSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  columnName: z.string().nullable(),
  code: importErrorCodeSchema,
});
export type ImportError = z.infer<typeof importErrorSchema>;

/** What an answer field holds in a preview: a level, "notApplicable", text, a year, or nothing. */
const previewValueSchema = z.union([z.string(), z.number(), z.null()]);

/** The fields of an answer a preview lists, in the order the sheet has them. */
export const IMPORT_ANSWER_FIELDS = [
  'rating',
  'targetLevel',
  'targetYear',
  'evidenceText',
  'evidenceLink',
  'evidenceOwner',
  'evidenceDate',
  'confidence',
  'comment',
] as const;
export const importAnswerFieldSchema = z.enum(IMPORT_ANSWER_FIELDS);
export type ImportAnswerField = z.infer<typeof importAnswerFieldSchema>;

/** Someone saved after the file was downloaded: importing overwrites their work. */
const staleSchema = z.object({
  fileVersion: z.number().int(),
  savedVersion: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const importApplyItemSchema = z.strictObject({
  capabilityCode: slugSchema,
  /** The version saved when the preview was made, not the file's: a save since then is a conflict. */
  version: z.number().int().positive(),
  fields: selfReportFieldsSchema,
});

export const importApplyInputSchema = z.strictObject({
  round: roundCodeSchema,
  items: z.array(importApplyItemSchema).max(2000),
  capacity: z
    .strictObject({ version: z.number().int().min(0), report: capacityReportSchema })
    .nullable(),
  fileName: z.string().trim().min(1).max(255),
});
export type ImportApplyInput = z.infer<typeof importApplyInputSchema>;

export const importPreviewSchema = z.object({
  round: z.string(),
  answers: z.array(
    z.object({
      capabilityCode: z.string(),
      capabilityName: z.string(),
      stale: staleSchema.nullable(),
      changes: z.array(
        z.object({
          field: importAnswerFieldSchema,
          before: previewValueSchema,
          after: previewValueSchema,
        }),
      ),
    }),
  ),
  capacity: z.object({
    stale: staleSchema.nullable(),
    /**
     * `planningFte`, `competence.<area>.fte`, `competence.<area>.level`, `demand.<area>.<year>` or
     * `requirement.<capability>`, as the capacity form names its inputs.
     */
    changes: z.array(
      z.object({
        field: z.string(),
        capabilityName: z.string().nullable(),
        before: z.number().nullable(),
        after: z.number().nullable(),
      }),
    ),
  }),
  counts: z.object({ changed: z.number().int(), unchanged: z.number().int() }),
  /** The answers (and capacity) in the file that someone saved after it was downloaded. */
  staleRows: z.array(z.object({ capabilityCode: z.string(), capabilityName: z.string() })),
  apply: importApplyInputSchema.omit({ fileName: true }),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** What an upload answers: the preview, or every error found in the file. */
export const importUploadResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), preview: importPreviewSchema }),
  z.object({ ok: z.literal(false), errors: z.array(importErrorSchema) }),
]);
export type ImportUploadResult = z.infer<typeof importUploadResultSchema>;

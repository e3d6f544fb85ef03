import { z } from 'zod';

export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug');

export const unitKindSchema = z.enum(['itd', 'department']);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const unitSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  kind: unitKindSchema,
  board: z.string(),
});
export type Unit = z.infer<typeof unitSchema>;

export const organisationSchema = z.object({
  slug: slugSchema,
  name: z.string(),
  isDemo: z.boolean(),
  /** Set when the organisation is read as of a fixed day (the demo city): see calendar.ts. */
  asOfDate: z.iso.date().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

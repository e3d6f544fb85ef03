import { z } from 'zod';

/** A round code such as 2026-K3 (quarter) or 2026-T1 (tertial). */
export const roundCodeSchema = z.string().regex(/^\d{4}-[A-Z]\d$/, 'round');

export const roundStatusSchema = z.enum(['open', 'closed']);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

export const isoDateSchema = z.iso.date();

export const roundSchema = z.object({
  code: roundCodeSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  status: roundStatusSchema,
});
export type Round = z.infer<typeof roundSchema>;

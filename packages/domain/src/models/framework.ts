import { z } from 'zod';
import { slugSchema } from './organisation';

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const levelSchema = z.number().int().min(SCALE_MIN).max(SCALE_MAX);
export type Level = z.infer<typeof levelSchema>;

export const scaleStepSchema = z.object({ level: levelSchema, name: z.string() });
export type ScaleStep = z.infer<typeof scaleStepSchema>;

export const areaSchema = z.object({ code: slugSchema, name: z.string() });
export type Area = z.infer<typeof areaSchema>;

export const capabilitySchema = z.object({
  code: slugSchema,
  name: z.string(),
  description: z.string(),
  areaCode: slugSchema,
});
export type Capability = z.infer<typeof capabilitySchema>;

export const levelDescriptorSchema = z.object({
  level: levelSchema,
  name: z.string(),
  descriptor: z.string(),
});
export type LevelDescriptor = z.infer<typeof levelDescriptorSchema>;

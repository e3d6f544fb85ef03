import { z } from 'zod';
import { slugSchema } from './organisation';

/** The version of a record that a save read: 0 for one not saved yet (a default still in force). */
export const readVersionSchema = z.number().int().min(0);

/**
 * A register's save: `code: null` with version 0 creates a record (its code made from its title), a
 * code with the version read changes that record, and a version that has moved on is a conflict.
 */
export function saveRecordInputSchema<F extends z.ZodType>(fields: F) {
  return z.strictObject({ code: slugSchema.nullable(), version: readVersionSchema, fields });
}

import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';

/*
 * A backup is gzip'd JSON lines:
 *   header                       {"format":"lagesbild-backup","formatVersion":1,"migrations":11,"tables":[...]}
 *   per table, in load order     {"table":"units","rows":42}  then exactly 42 lines, one row each
 *   trailer                      {"end":true,"counts":{"units":42,...}}
 * Counts before and after the rows make a file cut short fail loudly instead of restoring part of it.
 */
export const BACKUP_FORMAT = 'lagesbild-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  migrations: z.number().int().min(0),
  tables: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const tableMarkerSchema = z.object({ table: z.string(), rows: z.number().int().min(0) });
export const trailerSchema = z.object({
  end: z.literal(true),
  counts: z.record(z.string(), z.number().int()),
});

/** Why a backup file cannot be restored, in words for the operator. */
export class BackupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

/** Writes lines through gzip with back-pressure, so a large table never sits in memory whole. */
export function openLineWriter(output: Writable) {
  const gzip = createGzip();
  const done = pipeline(gzip, output);
  return {
    async writeLine(line: string) {
      if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
    },
    async finish() {
      gzip.end();
      await done;
    },
    abort(error: Error) {
      done.catch(() => {});
      gzip.destroy(error);
    },
  };
}

/** The file's lines, unzipped as they are read; a damaged or cut gzip stream throws. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  input.once('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const parts = (rest + decoder.write(chunk)).split('\n');
      rest = parts.pop()!;
      yield* parts;
    }
  } catch (error) {
    throw new BackupRefusedError(
      `The backup file is damaged or incomplete (${(error as Error).message}); nothing was restored.`,
    );
  }
  rest += decoder.end();
  if (rest) yield rest;
}

/** One line as JSON of the expected shape, or a refusal naming what was wrong. */
export function parseLine<T>(line: string | undefined, schema: z.ZodType<T>, what: string): T {
  if (line === undefined) {
    throw new BackupRefusedError(`The backup file ends before its ${what}; nothing was restored.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupRefusedError(
      `The backup file's ${what} is not valid JSON; nothing was restored.`,
    );
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new BackupRefusedError(`The backup file's ${what} is malformed; nothing was restored.`);
  }
  return parsed.data;
}

import pino, { type DestinationStream, type Logger } from 'pino';

/** SQLSTATE: five digits and capitals (PostgreSQL's and PGlite's errors carry it as `code`). */
const SQLSTATE = /^[0-9A-Z]{5}$/;
/** What a database error may say and never quotes a value: where it happened and why, by name. */
const DATABASE_FIELDS = ['severity', 'schema', 'table', 'column', 'constraint', 'routine'] as const;

/**
 * An error as the log keeps it: its kind, its stack and the query text, but never the values a query was
 * sent with, nor a database message or detail that quotes them (`invalid input syntax for type integer:
 * "…"`, `Key (slug)=(…) already exists`). The query text is ours; the values are the users'.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 5) return error;
  const fields = error as Error & Record<string, unknown>;
  const code = typeof fields.code === 'string' ? fields.code : undefined;
  const fromDatabase = code !== undefined && SQLSTATE.test(code);
  const message =
    typeof fields.query === 'string'
      ? // drizzle's own message goes on with "params: <values>".
        `Failed query: ${fields.query}`
      : fromDatabase
        ? `database error ${code}`
        : error.message;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  const out: Record<string, unknown> = {
    type: error.name,
    message,
    stack: [`${error.name}: ${message}`, ...frames].join('\n'),
  };
  if (code !== undefined) out.code = code;
  if (fromDatabase) {
    for (const field of DATABASE_FIELDS)
      if (fields[field] !== undefined) out[field] = fields[field];
  }
  if (error.cause !== undefined) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

/** The server's log: JSON lines, errors without users' text. */
export function createLog(level: string, destination?: DestinationStream): Logger {
  const options = { level, serializers: { err: serializeError } };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * PostgreSQL's insufficient_resources class (53: disk full, out of memory, a configured limit), but
 * not too_many_connections (53300), which is the server being out of reach; and a write in a
 * read-only transaction (25006: a database or standby switched to read-only).
 */
const STORAGE_CODES = new Set(['53000', '53100', '53200', '53400', '25006']);
/** What the file system says when the embedded database writes its files (Node's errors and PGlite's). */
const FILE_SYSTEM_CODES = new Set(['ENOSPC', 'EROFS', 'EDQUOT']);
const FILE_SYSTEM_MESSAGES = /no space left on device|read-only file system|disk quota exceeded/i;

/**
 * The database cannot keep a change for now: its disk is full, it is read-only, or it lacks the
 * resources. Nothing the user typed is at fault and asking again at once will not help; the operator
 * must act. Found through the driver's and Drizzle's wrapping.
 */
export function isStorageFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (STORAGE_CODES.has(code) || FILE_SYSTEM_CODES.has(code))) {
      return true;
    }
    if (FILE_SYSTEM_MESSAGES.test(e.message)) return true;
  }
  return false;
}

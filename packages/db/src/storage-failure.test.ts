import { describe, expect, it } from 'vitest';
import { isStorageFailure } from './storage-failure';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
/** How Drizzle hands the driver's error on: its own, with the driver's as the cause. */
const wrapped = (cause: Error) => new Error('Failed query: insert into …', { cause });

describe('isStorageFailure', () => {
  it.each([
    ['PostgreSQL: disk full', withCode('could not extend file', '53100')],
    ['PostgreSQL: out of memory', withCode('out of memory', '53200')],
    ['PostgreSQL: read-only transaction', withCode('cannot execute INSERT', '25006')],
    ['behind Drizzle', wrapped(withCode('could not extend file', '53100'))],
    ['the file system: ENOSPC', withCode('ENOSPC: no space left on device, write', 'ENOSPC')],
    ['the file system: EROFS', withCode('EROFS: read-only file system, open', 'EROFS')],
    ['a message only (PGlite)', new Error('could not write to file: No space left on device')],
  ])('%s is one', (_, error) => {
    expect(isStorageFailure(error)).toBe(true);
  });

  it.each([
    ['too many connections (the server is out of reach)', withCode('too many clients', '53300')],
    ['a unique violation', withCode('duplicate key', '23505')],
    ['a connection refused', withCode('connect ECONNREFUSED', 'ECONNREFUSED')],
    ['not an error', 'ENOSPC'],
  ])('%s is not', (_, error) => {
    expect(isStorageFailure(error)).toBe(false);
  });
});

import { createHash, randomBytes } from 'node:crypto';

/** A fresh, unguessable session id for the cookie (256 bits). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a session id: its hash, so a leaked table signs nobody in. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

import { index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { users } from './identity';
import { refersTo } from './shared-columns';

/**
 * A local account's TOTP authenticator (RFC 6238). The shared secret is stored as it must be used (the
 * server computes the codes from it), but it leaves the server only once, at enrolment, before it is
 * confirmed: no read after that selects it for a client. A database dump or backup holds it, like the
 * password hashes, so backups are written 0600.
 */
export const secondFactors = pgTable('second_factors', {
  userId: integer()
    .primaryKey()
    .references(() => users.id),
  /** Base32, 160 random bits. */
  secret: text().notNull(),
  /** Null while enrolment awaits its first code: until then it plays no part in signing in. */
  confirmedAt: timestamp({ withTimezone: true, mode: 'string' }),
  /** The last time step (30 s) whose code was accepted: a code is used once, and no earlier one after it. */
  lastUsedStep: integer(),
  createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
});

/** One-time recovery codes for a lost authenticator: only a SHA-256 of each (120 random bits) is kept. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: refersTo(() => users.id),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true, mode: 'string' }),
  },
  (t) => [unique().on(t.userId, t.codeHash)],
);

/**
 * A sign-in whose password was right and whose second step is still to come. Keyed by a hash of the
 * random token the client holds; it is worth nothing without a code and ends after five minutes.
 */
export const pendingSignIns = pgTable(
  'pending_sign_ins',
  {
    idHash: text().primaryKey(),
    userId: refersTo(() => users.id),
    expiresAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index().on(t.userId)],
);

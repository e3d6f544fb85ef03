import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A sign-in begun at the identity provider and not yet finished. Keyed by a hash of the random id in the
 * browser's short-lived cookie, so the callback only completes in the browser that started it; each row
 * is used once and is worthless after ten minutes.
 */
export const oidcLogins = pgTable(
  'oidc_logins',
  {
    bindingHash: text().primaryKey(),
    codeVerifier: text().notNull(),
    state: text().notNull(),
    nonce: text().notNull(),
    /** Where the browser goes after signing in: a same-site path. */
    returnPath: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index().on(t.createdAt)],
);

import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { organisations, units } from './organisation';
import { refersTo } from './shared-columns';

/**
 * A person who signs in. Only what is needed: name, e-mail, role, unit and the identity provider's
 * stable subject. Never tokens, never personal identity numbers.
 */
export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    organisationId: refersTo(() => organisations.id),
    email: text().notNull(),
    name: text().notNull(),
    role: text({ enum: ['itd', 'reporter', 'viewer'] }).notNull(),
    /** The one unit a reporter writes for; null for other roles. */
    unitId: integer().references(() => units.id),
    /** scrypt hash of a local account's password; null for users who sign in through OpenID Connect. */
    passwordHash: text(),
    /** Set when ITD resets the password: the person must choose a new one before anything else. */
    mustChangePassword: boolean().notNull().default(false),
    passwordChangedAt: timestamp({ withTimezone: true, mode: 'string' }),
    oidcIssuer: text(),
    oidcSubject: text(),
    disabledAt: timestamp({ withTimezone: true, mode: 'string' }),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [
    unique().on(t.organisationId, t.email),
    unique().on(t.oidcIssuer, t.oidcSubject),
    check('users_role_check', sql`${t.role} in ('itd', 'reporter', 'viewer')`),
    check('users_reporter_unit_check', sql`(${t.role} = 'reporter') = (${t.unitId} is not null)`),
  ],
);

/** A server-side session. Only a hash of the cookie's value is stored, so a database dump signs nobody in. */
export const sessions = pgTable(
  'sessions',
  {
    idHash: text().primaryKey(),
    userId: refersTo(() => users.id),
    createdAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
    /** The absolute end, however active the session is. */
    expiresAt: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index().on(t.userId)],
);

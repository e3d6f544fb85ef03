import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { InvalidError, newUserInputSchema, NotFoundError } from '@lagesbild/domain';
import { hashPassword } from '@lagesbild/db/passwords';
import { createManagedUser, ensureOrganisation } from '@lagesbild/db/repositories';
import { startDatabase } from './database';
import type { Env } from './env';

const USAGE = `pnpm create-user --email <e-mail> --name <name> --role itd|reporter|viewer
  [--unit <unit slug, for a reporter>] [--organisation-name <name, if the organisation is new>]
  [--oidc]  the person signs in through OpenID Connect: no password
Prints a generated password for a local account once; it is stored only as a hash.`;

export interface CreateUserResult {
  email: string;
  role: string;
  /** Generated for a local account, shown once. */
  password: string | null;
}

/**
 * `pnpm create-user`: the first ITD account of a new city (no demo data), or any account when
 * nobody can sign in to the dashboard yet. Audited like a change made in the dashboard.
 */
export async function createUserFromArgs(
  args: string[],
  env: Env,
): Promise<CreateUserResult | null> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'organisation-name': { type: 'string' },
      oidc: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return null;
  }
  const password = values.oidc ? undefined : randomBytes(15).toString('base64url');
  const input = newUserInputSchema.safeParse({
    email: values.email,
    name: values.name,
    role: values.role,
    unitSlug: values.unit ?? null,
    password,
  });
  if (!input.success) {
    const lines = input.error.issues.map((i) => `  ${i.path.join('.') || '-'}: ${i.message}`);
    throw new Error(`${lines.join('\n')}\n\n${USAGE}`);
  }

  const database = await startDatabase(env, { log: () => {} });
  try {
    if (values['organisation-name']) {
      await ensureOrganisation(database.db, env.ORGANISATION, values['organisation-name']);
    }
    const { password: _p, ...user } = input.data;
    const created = await createManagedUser(
      database.db,
      {
        organisationSlug: env.ORGANISATION,
        userId: null,
        label: 'create-user (command line)',
        correlationId: null,
        at: new Date(),
      },
      { ...user, passwordHash: password ? await hashPassword(password) : null },
    );
    return { email: created.email, role: created.role, password: password ?? null };
  } catch (error) {
    if (error instanceof NotFoundError && error.details?.what === 'organisation') {
      throw new Error(
        `organisation ${env.ORGANISATION} does not exist: give --organisation-name to create it`,
        { cause: error },
      );
    }
    if (error instanceof InvalidError) {
      throw new Error(`${error.field}: ${error.code}`, { cause: error });
    }
    throw error;
  } finally {
    await database.close();
  }
}

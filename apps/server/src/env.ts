import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roleSchema } from '@lagesbild/domain';
import { z } from 'zod';
import { oidcEnvShape, refineOidcEnv } from './oidc/env';

// Both src/ (dev) and dist/ (built) sit two levels below the repository root.
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

function defaultWebDist(): string {
  try {
    return join(
      dirname(createRequire(import.meta.url).resolve('@lagesbild/web/package.json')),
      'dist',
    );
  } catch {
    return resolve(repositoryRoot, 'apps/web/dist');
  }
}

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    /** A PostgreSQL server; without it the embedded database keeps its data in DATA_DIR. */
    DATABASE_URL: z.url().optional(),
    /** Relative paths are read from the repository root, so `pnpm start` and `pnpm dev` share one folder. */
    DATA_DIR: z.string().default('data/pglite'),
    /**
     * The owner of the schema, when DATABASE_URL's user should hold only the application's rights:
     * migrations and the demo seed run through it, then it grants DATABASE_URL's role what it needs.
     */
    DATABASE_MIGRATION_URL: z.url().optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    ORGANISATION: z.string().default('malmo'),
    /** Seed the demo city on first start when the database is empty. */
    SEED_DEMO: booleanFlag.default(true),
    WEB_DIST: z.string().default(defaultWebDist),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(12),
    /** Behind https: the session cookie gets Secure and the __Host- prefix. */
    SECURE_COOKIES: booleanFlag.default(false),
    /** Sign-in attempts per address and minute on one server, before 429. */
    SIGN_IN_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
    /**
     * Cost units per session (per address when signed out) and minute on one server, before 429. An
     * ordinary call costs 1, a plan edition or a document 30 (call-budget.ts).
     */
    CALL_BUDGET_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(600),
    /**
     * Roles whose local accounts must enrol a second factor (TOTP) before anything else, comma-separated,
     * e.g. `itd`; none by default. Accounts signed in through OIDC have theirs at the identity provider.
     */
    REQUIRE_SECOND_FACTOR_FOR: z
      .string()
      .default('')
      .transform((text) =>
        text
          .split(',')
          .map((role) => role.trim())
          .filter(Boolean),
      )
      .pipe(z.array(roleSchema)),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    ...oidcEnvShape,
  })
  .transform(refineOidcEnv);

export type Env = z.infer<typeof envSchema>;

/** The only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

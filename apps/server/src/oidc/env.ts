import { z } from 'zod';

const roles = ['itd', 'reporter', 'viewer'] as const;
export type OidcRole = (typeof roles)[number];

/** `idp-value:itd,other-value:viewer`; the last colon splits, so a value may hold colons itself. */
const roleMapSchema = z.string().transform((text, ctx) => {
  const map: Record<string, OidcRole> = {};
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf(':');
    const value = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || !value || !(roles as readonly string[]).includes(role)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${pair}" is not value:role with role one of ${roles.join(', ')}`,
      });
      return z.NEVER;
    }
    map[value] = role as OidcRole;
  }
  return map;
});

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const emptyAsUnset = (v: unknown) => (v === '' ? undefined : v);

/** Sign-in through the municipality's identity provider; all optional until OIDC_ISSUER is set. */
export const oidcEnvShape = {
  OIDC_ISSUER: z.preprocess(emptyAsUnset, z.url().optional()),
  OIDC_CLIENT_ID: z.preprocess(emptyAsUnset, z.string().optional()),
  OIDC_CLIENT_SECRET: z.preprocess(emptyAsUnset, z.string().optional()),
  /** This app's callback as registered at the provider: https://host/auth/oidc/callback. */
  OIDC_REDIRECT_URL: z.preprocess(emptyAsUnset, z.url().optional()),
  /** The claim holding the role: a string, or an array such as groups. */
  OIDC_ROLE_CLAIM: z.string().min(1).default('lagesbild_role'),
  /** Without it the claim's values are the role codes themselves. */
  OIDC_ROLE_MAP: z.preprocess(emptyAsUnset, roleMapSchema.optional()),
  /** The claim holding a reporter's unit, as the unit's slug. */
  OIDC_UNIT_CLAIM: z.string().min(1).default('lagesbild_unit'),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  /** E-mail and password sign-in; off by default once OIDC_ISSUER is set. */
  LOCAL_ACCOUNTS: z.preprocess(emptyAsUnset, flag.optional()),
};

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUrl: URL;
  roleClaim: string;
  roleMap: Record<string, OidcRole> | null;
  unitClaim: string;
  scopes: string;
}

interface OidcEnvInput {
  OIDC_ISSUER?: string | undefined;
  OIDC_CLIENT_ID?: string | undefined;
  OIDC_CLIENT_SECRET?: string | undefined;
  OIDC_REDIRECT_URL?: string | undefined;
  OIDC_ROLE_CLAIM: string;
  OIDC_ROLE_MAP?: Record<string, OidcRole> | undefined;
  OIDC_UNIT_CLAIM: string;
  OIDC_SCOPES: string;
  LOCAL_ACCOUNTS?: boolean | undefined;
}

/**
 * Completes the OIDC settings: an issuer needs a client and a callback, and local accounts follow the
 * issuer unless set explicitly (a municipality with an identity provider should not keep passwords).
 */
export function refineOidcEnv<T extends OidcEnvInput>(env: T, ctx: z.RefinementCtx) {
  let oidc: OidcSettings | null = null;
  if (env.OIDC_ISSUER) {
    const missing = (['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const).filter(
      (key) => !env[key],
    );
    for (const key of missing) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'required when OIDC_ISSUER is set' });
    }
    if (missing.length > 0) return z.NEVER;
    oidc = {
      issuer: new URL(env.OIDC_ISSUER),
      clientId: env.OIDC_CLIENT_ID!,
      clientSecret: env.OIDC_CLIENT_SECRET!,
      redirectUrl: new URL(env.OIDC_REDIRECT_URL!),
      roleClaim: env.OIDC_ROLE_CLAIM,
      roleMap: env.OIDC_ROLE_MAP ?? null,
      unitClaim: env.OIDC_UNIT_CLAIM,
      scopes: env.OIDC_SCOPES,
    };
  }
  return { ...env, LOCAL_ACCOUNTS: env.LOCAL_ACCOUNTS ?? !oidc, oidc };
}

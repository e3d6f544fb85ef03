import type { OidcRole, OidcSettings } from './env';

/** When several values map to roles (a user in more than one group), the widest role wins. */
const PRECEDENCE: readonly OidcRole[] = ['itd', 'reporter', 'viewer'];

export type ClaimSettings = Pick<OidcSettings, 'roleClaim' | 'roleMap' | 'unitClaim'>;

export interface MappedClaims {
  subject: string;
  name: string;
  email: string;
  role: OidcRole;
  unitSlug: string | null;
}

/** Why an ID token's claims give no user here; the sign-in page shows `behorighet` for all of them. */
export type ClaimRefusal = 'no role' | 'no email' | 'no unit';

function readStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** The role the claim gives, through OIDC_ROLE_MAP when set; null when no value maps to a role. */
export function mapRole(value: unknown, roleMap: ClaimSettings['roleMap']): OidcRole | null {
  const roles = readStrings(value).map((v) => {
    // hasOwn: a claim value such as `constructor` must not find the object's prototype.
    if (roleMap) return Object.hasOwn(roleMap, v) ? roleMap[v] : undefined;
    return (PRECEDENCE as readonly string[]).includes(v) ? (v as OidcRole) : undefined;
  });
  return PRECEDENCE.find((role) => roles.includes(role)) ?? null;
}

/** Only what Lägesbild keeps of a person: subject, name, e-mail, role and unit. */
export function mapClaims(
  claims: Record<string, unknown>,
  settings: ClaimSettings,
): MappedClaims | { refused: ClaimRefusal } {
  const role = mapRole(claims[settings.roleClaim], settings.roleMap);
  if (!role) return { refused: 'no role' };
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (!email) return { refused: 'no email' };
  const unitSlug = readStrings(claims[settings.unitClaim])[0] ?? null;
  if (role === 'reporter' && !unitSlug) return { refused: 'no unit' };
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email;
  return { subject: String(claims.sub), name, email, role, unitSlug };
}

import { describe, expect, it } from 'vitest';
import { readEnv } from '../env';

const oidc = {
  OIDC_ISSUER: 'https://idp.example.se/realms/kommun',
  OIDC_CLIENT_ID: 'lagesbild',
  OIDC_CLIENT_SECRET: 'hemligt',
  OIDC_REDIRECT_URL: 'https://lagesbild.example.se/auth/oidc/callback',
};

describe('OpenID Connect settings', () => {
  it('without an issuer: local accounts only', () => {
    expect(readEnv({})).toMatchObject({ LOCAL_ACCOUNTS: true, oidc: null });
  });

  it('with an issuer: local accounts off unless kept on explicitly', () => {
    const env = readEnv(oidc);
    expect(env.LOCAL_ACCOUNTS).toBe(false);
    expect(env.oidc).toMatchObject({
      clientId: 'lagesbild',
      roleClaim: 'lagesbild_role',
      unitClaim: 'lagesbild_unit',
      scopes: 'openid email profile',
      roleMap: null,
    });
    expect(readEnv({ ...oidc, LOCAL_ACCOUNTS: 'true' }).LOCAL_ACCOUNTS).toBe(true);
    expect(readEnv({ LOCAL_ACCOUNTS: 'false' }).LOCAL_ACCOUNTS).toBe(false);
  });

  it('an issuer without client or callback is a clear error', () => {
    expect(() => readEnv({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(
      /OIDC_CLIENT_ID: required when OIDC_ISSUER is set[\s\S]*OIDC_REDIRECT_URL/,
    );
  });

  it('reads a role map, and refuses one naming an unknown role', () => {
    expect(
      readEnv({ ...oidc, OIDC_ROLE_MAP: 'lagesbild-itd:itd, urn:grupp:alla:viewer' }).oidc?.roleMap,
    ).toEqual({ 'lagesbild-itd': 'itd', 'urn:grupp:alla': 'viewer' });
    expect(() => readEnv({ ...oidc, OIDC_ROLE_MAP: 'grupp:admin' })).toThrow(/OIDC_ROLE_MAP/);
  });
});

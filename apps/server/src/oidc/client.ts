import * as client from 'openid-client';
import type { OidcSettings } from './env';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http to the provider only on this machine (the browser tests' provider), never elsewhere. */
export function isInsecureAllowed(issuer: URL): boolean {
  return issuer.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname);
}

/**
 * The provider's configuration, discovered at first use rather than at start, so a provider that is
 * down does not stop the dashboard from starting; a failed discovery is tried again next time.
 */
export function createOidcClient(settings: OidcSettings) {
  let pending: Promise<client.Configuration> | null = null;
  return {
    settings,
    readConfiguration(): Promise<client.Configuration> {
      pending ??= client
        .discovery(
          settings.issuer,
          settings.clientId,
          undefined,
          client.ClientSecretBasic(settings.clientSecret),
          isInsecureAllowed(settings.issuer) ? { execute: [client.allowInsecureRequests] } : {},
        )
        .catch((error: unknown) => {
          pending = null;
          throw error;
        });
      return pending;
    },
  };
}

export type OidcClient = ReturnType<typeof createOidcClient>;

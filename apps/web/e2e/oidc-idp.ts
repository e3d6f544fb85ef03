import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider, { type FindAccount } from 'oidc-provider';

export const CLIENT = { id: 'lagesbild-e2e', secret: 'e2e-hemlighet-som-bara-testet-kanner' };
const KEY_ID = 'e2e-signing-key';

/** The identity provider's people: the login typed into its dev form picks one. */
export const IDP_ACCOUNTS: Record<string, Record<string, unknown>> = {
  'idp-itd': {
    name: 'Ines IdP (ITD)',
    email: 'ines.itd@idp.example.se',
    lagesbild_role: 'itd',
  },
  'idp-viewer': {
    name: 'Vera IdP (läsare)',
    email: 'vera.viewer@idp.example.se',
    // An array, as a groups claim would be.
    lagesbild_role: ['okand-grupp', 'viewer'],
  },
  'idp-reporter': {
    name: 'Rune IdP (rapportör)',
    email: 'rune.reporter@idp.example.se',
    lagesbild_role: 'reporter',
    lagesbild_unit: 'miljoforvaltningen',
  },
  'idp-no-role': { name: 'Nils IdP (ingen roll)', email: 'nils@idp.example.se' },
  'idp-unmapped': {
    name: 'Alva IdP (okänd roll)',
    email: 'alva@idp.example.se',
    lagesbild_role: 'admin',
  },
};

/** What the proxy changes in the ID token on its way to Lägesbild; `resign` changes nothing. */
export type Tamper = 'none' | 'resign' | 'nonce' | 'iss' | 'aud';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** A free port on this machine for a server whose own address must be known before it starts. */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await close(server);
  return port;
}

/**
 * A real OpenID Connect provider (oidc-provider, with its dev login and consent pages) behind a small
 * proxy. The proxy is the issuer's address: it passes everything through, except that in a tamper
 * mode it rewrites the ID token in the token response and signs it again with the provider's own key,
 * so only the changed claim can be what Lägesbild refuses.
 */
export async function startIdentityProvider(redirectUri: string) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: KEY_ID, alg: 'RS256', use: 'sig' };

  let tamper: Tamper = 'none';
  let providerPort = 0;
  const proxy = createServer((req, res) => {
    const upstream = forward(
      {
        host: '127.0.0.1',
        port: providerPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        const isToken = req.method === 'POST' && req.url?.startsWith('/token');
        if (!isToken || tamper === 'none' || answer.statusCode !== 200) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        void readBody(answer).then(async (raw) => {
          const body = JSON.parse(raw.toString()) as { id_token: string };
          const claims = decodeJwt(body.id_token);
          const changes = {
            resign: {},
            nonce: { nonce: 'nonce-von-jemand-anders' },
            iss: { iss: 'http://127.0.0.1:1/falsk-utfardare' },
            aud: { aud: 'en-annan-klient' },
          }[tamper as Exclude<Tamper, 'none'>];
          body.id_token = await new SignJWT({ ...claims, ...changes })
            .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
            .sign(privateKey);
          const text = JSON.stringify(body);
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(text)) };
          res.writeHead(200, headers);
          res.end(text);
        });
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const issuer = `http://127.0.0.1:${await listen(proxy)}`;

  const findAccount: FindAccount = async (_ctx, sub) => {
    const account = IDP_ACCOUNTS[sub];
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ sub, ...account }) };
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    jwks: { keys: [jwk] },
    findAccount,
    claims: {
      openid: ['sub'],
      email: ['email'],
      profile: ['name', 'lagesbild_role', 'lagesbild_unit'],
    },
    // The claims in the ID token itself, as Lägesbild reads them, not only at userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['e2e-cookie-key'] },
  });
  const providerServer = createServer(provider.callback());
  providerPort = await listen(providerServer);

  return {
    issuer,
    setTamper(mode: Tamper) {
      tamper = mode;
    },
    async stop() {
      await close(proxy);
      await close(providerServer);
    },
  };
}

export type IdentityProvider = Awaited<ReturnType<typeof startIdentityProvider>>;

// A real OpenID Provider (panva's oidc-provider, certified) for the browser test of the web
// app's sign-in with PKCE, in a process of its own (oidc-provider is an ES module; jest's
// module system loads CommonJS). It listens on a free loopback port and prints
// {"issuer": ...}; then it waits for one JSON line on stdin, {"clientId", "redirectUri",
// "audience", "accounts"}, since the ledger that trusts it (and so the redirect URI's port) can start
// only once the issuer is known. One client: the web app, public (no secret, token
// endpoint auth none), PKCE required, code flow only. Access tokens are JWTs for the
// ledger's audience (resource indicators), signed with an RSA key the provider publishes
// at its jwks_uri, carrying the ledger's claims (name, role, org) of the account whose
// login was typed at the provider's own dev interaction pages (any password).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import Provider, { errors } from 'oidc-provider';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;
process.stdout.write(`${JSON.stringify({ issuer })}\n`);

const lines = createInterface({ input: process.stdin });
const { clientId, redirectUri, audience, accounts } = JSON.parse(await new Promise((resolve) => lines.once('line', resolve)));

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [{ ...signingKey, kid: 'test-provider-key', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== audience) throw new errors.InvalidTarget();
        return { scope: 'ledger', audience, accessTokenFormat: 'jwt', accessTokenTTL: 600, jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  // The web app calls the token endpoint from its own origin: allowed for the origin of its registered redirect URI only.
  clientBasedCORS: (_ctx, origin, client) => client.redirectUris.some((uri) => new URL(uri).origin === origin),
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, name: accounts[sub]?.name ?? sub }) }),
  // The ledger's claims, in the access token it verifies (libs/auth/src/tokens.ts reads sub, name, role, org).
  extraTokenClaims: (_ctx, token) => {
    if (token.kind !== 'AccessToken') return undefined;
    const account = accounts[token.accountId];
    return account ? { name: account.name, role: account.role, org: account.org ?? null } : undefined;
  },
});
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider: ${error.stack}\n`));
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));

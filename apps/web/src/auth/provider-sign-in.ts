import * as oauth from 'oauth4webapi';

/** The identity provider the ledger trusts, and the web app's public client there (GET /auth/sign-in). */
export interface ProviderOptions {
  issuer: string;
  clientId: string;
}

/** Where the provider sends the person back: a page of this app that finishes the exchange (auth/signed-in-page.tsx). */
export function redirectUri(): string {
  return `${window.location.origin}/app/signed-in`;
}

/** What this tab must remember between leaving for the provider and coming back: kept in session storage, used once. */
interface Pending {
  issuer: string;
  clientId: string;
  codeVerifier: string;
  state: string;
  nonce: string;
}

const PENDING_KEY = 'compact-ledger.provider-sign-in';

/**
 * Plain http is accepted only for a provider on this machine (a loopback host), as in
 * development and the browser tests; anywhere else oauth4webapi insists on https.
 */
function requestOptions(issuer: URL) {
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  return { [oauth.allowInsecureRequests]: loopback && issuer.protocol === 'http:' };
}

async function discover(issuer: URL): Promise<oauth.AuthorizationServer> {
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...requestOptions(issuer) });
  return oauth.processDiscoveryResponse(issuer, response);
}

/** The description the provider gave, or, for a protocol check that failed here, what it means for the person. */
function plainly(failure: unknown): string {
  if (failure instanceof oauth.AuthorizationResponseError || failure instanceof oauth.ResponseBodyError) {
    const said = failure.error_description ? `: ${failure.error_description}` : '';
    if (failure.error === 'access_denied') return `You did not sign in at the identity provider (access denied${said}). Try again when you are ready.`;
    return `The identity provider refused the sign-in (${failure.error}${said}).`;
  }
  if (failure instanceof oauth.OperationProcessingError && /"state"/.test(failure.message))
    return 'The answer from the identity provider does not belong to the sign-in this tab started (its state does not match), so it was not used. Sign in again.';
  return `The sign-in with the identity provider did not complete: ${(failure as Error).message}`;
}

/**
 * Starts the authorisation code flow with PKCE (S256), state and nonce: learns the
 * provider's endpoints from its discovery document, remembers the verifier, state
 * and nonce in this tab, and sends the browser to the provider's sign-in.
 */
export async function startProviderSignIn(options: ProviderOptions): Promise<void> {
  const issuer = new URL(options.issuer);
  const server = await discover(issuer);
  if (!server.authorization_endpoint) throw new Error('The identity provider publishes no authorisation endpoint.');
  const pending: Pending = {
    issuer: options.issuer,
    clientId: options.clientId,
    codeVerifier: oauth.generateRandomCodeVerifier(),
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
  };
  const url = new URL(server.authorization_endpoint);
  url.searchParams.set('client_id', options.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', 'openid');
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(pending.codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', pending.state);
  url.searchParams.set('nonce', pending.nonce);
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  window.location.assign(url.href);
}

const finishing = new Map<string, Promise<string>>();

/**
 * Finishes the sign-in on the page the provider sent the person back to: checks the
 * answer (its state, the issuer, or the provider's error), exchanges the code with
 * the PKCE verifier, checks the ID token's nonce, and resolves to the access token,
 * the bearer token the ledger verifies. Rejects with a sentence for the sign-in page.
 * Each answer is exchanged once, however often the page asks (a code works once).
 */
export function finishProviderSignIn(callback: URL): Promise<string> {
  let exchange = finishing.get(callback.search);
  if (!exchange) {
    exchange = exchangeCode(callback).catch((failure: unknown) => {
      throw new Error(plainly(failure));
    });
    finishing.set(callback.search, exchange);
  }
  return exchange;
}

async function exchangeCode(callback: URL): Promise<string> {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!stored) throw new Error('this tab did not start a sign-in, or it was already finished');
  const pending = JSON.parse(stored) as Pending;
  const issuer = new URL(pending.issuer);
  const server = await discover(issuer);
  const client: oauth.Client = { client_id: pending.clientId };
  const parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    parameters,
    redirectUri(),
    pending.codeVerifier,
    requestOptions(issuer),
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  return result.access_token;
}

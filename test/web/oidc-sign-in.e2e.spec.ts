import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LedgerTestApp } from '../support/ledger-test-app';
import { type OidcProviderProcess, startOidcProvider } from '../support/oidc-provider-process';
import { launchChromium, newContext, WEB_BUILD } from './web-ledger';

const CLIENT_ID = 'compact-ledger-web';
const AUDIENCE = 'urn:compact-ledger:web-sign-in-test';

/**
 * The web app's sign-in at an identity provider (LEDGER_AUTH_MODE=oidc), in Chromium:
 * a real OpenID Provider (panva's oidc-provider, in its own process, with its own
 * development login and consent pages) with the web app as a public client using PKCE,
 * issuing JWT access tokens for the ledger's audience that carry the ledger's claims,
 * and the real API verifying them against the provider's JWKS.
 */
describe('Signing in to the web interface at an identity provider, in Chromium', () => {
  let provider: OidcProviderProcess;
  let ledger: LedgerTestApp;
  let baseUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    provider = await startOidcProvider();
    ledger = await LedgerTestApp.start({
      LEDGER_WEB_DIR: WEB_BUILD,
      LEDGER_AUTH_MODE: 'oidc',
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_JWKS_URL: provider.jwksUrl,
      OIDC_WEB_CLIENT_ID: CLIENT_ID,
    });
    baseUrl = `http://127.0.0.1:${(ledger.app.getHttpServer().address() as { port: number }).port}`;
    await provider.configure({
      clientId: CLIENT_ID,
      redirectUri: `${baseUrl}/app/signed-in`,
      audience: AUDIENCE,
      accounts: { 'rita-regulator': { name: 'Rita Regulator', role: 'regulator' } },
    });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
    await provider?.stop();
  });

  beforeEach(async () => {
    context = await newContext(browser);
    context.setDefaultTimeout(10_000);
    // The provider's development pages import a web font: nothing leaves this machine.
    await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });
  afterEach(async () => {
    await context.close();
    expect(policyViolations).toEqual([]);
  });

  it('GET /auth/sign-in names the provider, the audience and the web client; the pages may call the issuer and nothing else', async () => {
    const options = await request(ledger.app.getHttpServer()).get('/auth/sign-in').expect(200);
    expect(options.body).toEqual({ mode: 'oidc', issuer: provider.issuer, clientId: CLIENT_ID, audience: AUDIENCE });
    const app = await request(ledger.app.getHttpServer()).get('/app/sign-in').expect(200);
    expect(app.headers['content-security-policy']).toContain(`connect-src 'self' ${provider.issuer};`);
  });

  async function goToProvider() {
    await page.goto(`${baseUrl}/app/sign-in`);
    await page.getByRole('button', { name: `Sign in with ${new URL(provider.issuer).host}` }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').waitFor();
  }

  it("signs in at the provider's own pages with PKCE, and the ledger accepts the access token it issued for a regulator's pages", async () => {
    await goToProvider();
    await page.locator('input[name="login"]').fill('rita-regulator');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    const compacts = page.waitForResponse((response) => new URL(response.url()).pathname === '/compacts' && response.request().method() === 'GET');
    await page.waitForURL((url) => url.pathname !== '/app/signed-in' && url.origin === baseUrl);
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    expect(page.url()).toBe(`${baseUrl}/app/compacts`);
    await page.getByRole('heading', { level: 1, name: 'Compacts' }).waitFor();
    // The compacts list is a regulator's read: the API took the provider's token as the bearer token, with its role.
    const answer = await compacts;
    expect(answer.status()).toBe(200);
    expect(answer.request().headers().authorization).toMatch(/^Bearer eyJ/);
    expect(await page.getByText('Signed in as').textContent()).toContain('Rita Regulator');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('the request the web app sent the provider carries PKCE (S256), a state and a nonce; the pasted token stays on offer', async () => {
    const requests: string[] = [];
    page.on('request', (sent) => requests.push(sent.url()));
    await page.goto(`${baseUrl}/app/sign-in`);
    await page.getByLabel('Token').waitFor();
    await goToProvider();
    const authorization = new URL(requests.find((url) => url.startsWith(`${provider.issuer}/auth?`))!);
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      redirect_uri: `${baseUrl}/app/signed-in`,
      response_type: 'code',
      code_challenge_method: 'S256',
    });
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorization.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(authorization.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('a person who cancels at the provider comes back to the sign-in page, which says so and keeps no session', async () => {
    await goToProvider();
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.waitForURL(`${baseUrl}/app/sign-in`);
    expect(await page.getByRole('alert').textContent()).toContain('You did not sign in at the identity provider (access denied');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  it('an answer whose state is not the one this tab sent is not used: the sign-in page says so', async () => {
    await goToProvider();
    await page.goto(`${baseUrl}/app/signed-in?code=forged-code&state=not-the-state-sent&iss=${encodeURIComponent(provider.issuer)}`);
    await page.waitForURL(`${baseUrl}/app/sign-in`);
    expect(await page.getByRole('alert').textContent()).toContain('its state does not match');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });
});

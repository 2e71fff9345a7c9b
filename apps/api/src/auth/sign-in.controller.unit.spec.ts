import { loadLedgerConfig } from '../config/ledger-config';
import { SignInController } from './sign-in.controller';

describe('GET /auth/sign-in (how to sign in)', () => {
  const oidc = { LEDGER_AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://login.example', OIDC_AUDIENCE: 'ledger', OIDC_JWKS_URL: 'https://login.example/jwks' };

  it('in embedded mode says embedded, and nothing of a provider', () => {
    expect(new SignInController(loadLedgerConfig({})).options()).toEqual({ mode: 'embedded' });
  });

  it("with OIDC names the issuer, the audience and the web app's client id", () => {
    expect(new SignInController(loadLedgerConfig({ ...oidc, OIDC_WEB_CLIENT_ID: 'ledger-web' })).options()).toEqual({
      mode: 'oidc',
      issuer: 'https://login.example',
      clientId: 'ledger-web',
      audience: 'ledger',
    });
  });

  it('with OIDC and no web client id, says so with null (only a pasted token signs in)', () => {
    expect(new SignInController(loadLedgerConfig(oidc)).options()).toMatchObject({ mode: 'oidc', clientId: null });
  });
});

import { ConfigurationError, loadLedgerConfig } from './ledger-config';

describe('configuration from the environment', () => {
  it('defaults serve a newcomer', () => {
    expect(loadLedgerConfig({})).toMatchObject({ LEDGER_STORE: 'sqlite', LEDGER_DATA_DIR: './data', PORT: 3000, LEDGER_BODY_LIMIT: '100kb' });
  });

  it.each([
    ['LEDGER_DATA_DIR', ' data', /LEDGER_DATA_DIR must be a path that neither starts nor ends with a space \(got " data"\)/],
    ['LEDGER_DATA_DIR', 'data ', /LEDGER_DATA_DIR must be a path/],
    ['LEDGER_BODY_LIMIT', '0b', /LEDGER_BODY_LIMIT must be a size such as 100kb/],
    ['LEDGER_UPLOAD_LIMIT', '0kb', /LEDGER_UPLOAD_LIMIT must be a size such as 512kb/],
    ['LEDGER_CORS_ORIGINS', 'https://app.example/', /LEDGER_CORS_ORIGINS must be empty, \* or comma-separated http\(s\) origins with no path/],
    ['PORT', '70000', /PORT must not be greater than 65535/],
  ])('a bad %s (%j) is one line naming it', (name, value, message) => {
    expect(() => loadLedgerConfig({ [name]: value })).toThrow(ConfigurationError);
    expect(() => loadLedgerConfig({ [name]: value })).toThrow(message);
  });

  const oidc = { LEDGER_AUTH_MODE: 'oidc', OIDC_ISSUER: 'https://login.example', OIDC_AUDIENCE: 'ledger', OIDC_JWKS_URL: 'https://login.example/jwks' };

  it('with OIDC, issuer, audience and JWKS URL as given', () => {
    expect(loadLedgerConfig(oidc)).toMatchObject(oidc);
  });

  it.each([
    ['OIDC_ISSUER', 'login.example', /OIDC_ISSUER must be the issuer URL/],
    ['OIDC_JWKS_URL', 'login.example/jwks', /OIDC_JWKS_URL must be the JWKS URL/],
    ['OIDC_AUDIENCE', '   ', /OIDC_AUDIENCE must name the audience/],
  ])('with OIDC, %s of %j is refused naming it', (name, value, message) => {
    expect(() => loadLedgerConfig({ ...oidc, [name]: value })).toThrow(message);
  });

  it('takes a data directory and origins written as they should be', () => {
    expect(loadLedgerConfig({ LEDGER_DATA_DIR: '/var/lib/compact ledger', LEDGER_CORS_ORIGINS: 'https://app.example,http://localhost:5173' })).toMatchObject({
      LEDGER_DATA_DIR: '/var/lib/compact ledger',
      LEDGER_CORS_ORIGINS: 'https://app.example,http://localhost:5173',
    });
  });
});

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
    ['OIDC_WEB_CLIENT_ID', 'web app', /OIDC_WEB_CLIENT_ID must be the client id/],
  ])('with OIDC, %s of %j is refused naming it', (name, value, message) => {
    expect(() => loadLedgerConfig({ ...oidc, [name]: value })).toThrow(message);
  });

  it("with OIDC, the web app's client id when given, none when not", () => {
    expect(loadLedgerConfig({ ...oidc, OIDC_WEB_CLIENT_ID: 'compact-ledger-web' }).OIDC_WEB_CLIENT_ID).toBe('compact-ledger-web');
    expect(loadLedgerConfig(oidc).OIDC_WEB_CLIENT_ID).toBeUndefined();
  });

  it('with OIDC, an issuer and JWKS URL on a loopback host may be plain http (a provider on the same machine)', () => {
    const local = { ...oidc, OIDC_ISSUER: 'http://127.0.0.1:4010', OIDC_JWKS_URL: 'http://localhost:4010/jwks' };
    expect(loadLedgerConfig(local)).toMatchObject(local);
  });

  it('takes a data directory and origins written as they should be', () => {
    expect(loadLedgerConfig({ LEDGER_DATA_DIR: '/var/lib/compact ledger', LEDGER_CORS_ORIGINS: 'https://app.example,http://localhost:5173' })).toMatchObject({
      LEDGER_DATA_DIR: '/var/lib/compact ledger',
      LEDGER_CORS_ORIGINS: 'https://app.example,http://localhost:5173',
    });
  });
});

describe('the witnesses in the configuration', () => {
  // Verifier keys of the seeds 0x01... and 0x02... (made for these tests).
  const trust = 'nhs-trust.example/witness+44a892dc+BIqI4910CfGV/VLbLTy6XXLKZwm/HZQSG/N0iAG0D29c';
  const council = 'council.example/witness+0edeeb82+BIE5dw6ofRdfVqNUZsNMfszLjYqRtO43ol32D1uPybOU';

  it('takes comma-separated "<verifier key> <url>" entries', () => {
    const config = loadLedgerConfig({
      LEDGER_WITNESSES: `${trust} http://trust.example:7380, ${council} https://council.example/witness`,
      LEDGER_WITNESS_TIMEOUT_MS: '2000',
    });
    expect(config).toMatchObject({ LEDGER_WITNESS_TIMEOUT_MS: 2000 });
    expect(loadLedgerConfig({}).LEDGER_WITNESSES).toBe('');
  });

  it.each([
    ['an entry with no URL', { LEDGER_WITNESSES: trust }, /LEDGER_WITNESSES entry 1 \(.*\) is not "<verifier key> <url>"/],
    [
      "a log's key (type 0x01) for a witness's",
      { LEDGER_WITNESSES: 'ledger.example+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW http://w' },
      /entry 1 .*not a witness's cosignature key \(type 0x04\)/,
    ],
    ['a mistyped key id', { LEDGER_WITNESSES: `${trust.replace('44a892dc', '44a892dd')} http://w` }, /entry 1 .*does not match its key/],
    ['a URL that is not http', { LEDGER_WITNESSES: `${trust} ftp://trust.example` }, /entry 1 .*the URL must be the witness's http\(s\) submission prefix/],
    ['a witness named twice', { LEDGER_WITNESSES: `${trust} http://a, ${trust} http://b` }, /entry 2 .*the witness nhs-trust.example\/witness is named twice/],
    ['a timeout below 100 ms', { LEDGER_WITNESS_TIMEOUT_MS: '10' }, /LEDGER_WITNESS_TIMEOUT_MS must not be less than 100/],
  ])('refuses %s in one line naming it', (_what, env, message) => {
    expect(() => loadLedgerConfig(env)).toThrow(ConfigurationError);
    expect(() => loadLedgerConfig(env)).toThrow(message);
  });
});

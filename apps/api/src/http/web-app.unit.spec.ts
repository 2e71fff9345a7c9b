import { WEB_CONTENT_SECURITY_POLICY, webContentSecurityPolicy } from './web-app';

describe("The web pages' content security policy", () => {
  it('in embedded mode lets the pages call this origin only', () => {
    expect(WEB_CONTENT_SECURITY_POLICY).toMatch(/(^|; )connect-src 'self'(;|$)/);
    expect(WEB_CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it("with an identity provider adds its issuer's origin to connect-src only, without its path", () => {
    const policy = webContentSecurityPolicy('https://login.example.org/realms/nhs/');
    expect(policy).toMatch(/(^|; )connect-src 'self' https:\/\/login\.example\.org(;|$)/);
    expect(policy.replace(/connect-src [^;]*/, '')).not.toMatch(/login\.example\.org/);
    expect(policy).not.toMatch(/\/realms/);
  });
});

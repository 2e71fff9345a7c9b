import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it("returns helmet's headers for the options, named in lower case", () => {
    const headers = securityHeaders({ contentSecurityPolicy: false });
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('leaves out what the options turn off', () => {
    expect(securityHeaders({ contentSecurityPolicy: false })).not.toHaveProperty('content-security-policy');
    expect(securityHeaders({ contentSecurityPolicy: false, frameguard: false })).not.toHaveProperty('x-frame-options');
    expect(securityHeaders({})).toHaveProperty('content-security-policy');
  });

  it('is computed once and cannot be changed afterwards', () => {
    const headers = securityHeaders({ contentSecurityPolicy: false }) as Record<string, string>;
    expect(() => {
      headers['x-frame-options'] = 'ALLOWALL';
    }).toThrow(TypeError);
  });
});

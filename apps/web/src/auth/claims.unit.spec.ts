import { readClaims } from './claims';

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = (payload: object) => `${base64url('{"alg":"EdDSA"}')}.${base64url(JSON.stringify(payload))}.c2ln`;

describe('readClaims', () => {
  it('reads who the token says its bearer is', () => {
    expect(readClaims(token({ sub: 'kcc-1', name: 'Kim', role: 'partner', org: 'kent-county-council', exp: 2_000_000_000 }))).toEqual({
      subject: 'kcc-1',
      name: 'Kim',
      role: 'partner',
      organisation: 'kent-county-council',
      expiresAt: 2_000_000_000_000,
    });
    expect(readClaims(token({ sub: 'r', role: 'regulator' }))).toMatchObject({ name: 'r', organisation: null, expiresAt: null });
  });

  it('says plainly what is wrong with text that is not a ledger token', () => {
    expect(() => readClaims('hello')).toThrow('This is not a token');
    expect(() => readClaims(token({ sub: 'x', role: 'owner' }))).toThrow('names no ledger role');
    expect(() => readClaims(token({ role: 'regulator' }))).toThrow('names no subject');
  });
});

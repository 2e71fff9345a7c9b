import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { loadOrCreateSigningKey, type SigningKey, TOKEN_ALGORITHM } from './signing-key';
import { embeddedTokenVerifier, issueToken, LEDGER_AUDIENCE, UnauthenticatedError } from './tokens';

describe('the embedded token verifier, remembering tokens that verified', () => {
  let dataDir: string;
  let key: SigningKey;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-tokens-'));
    key = await loadOrCreateSigningKey(dataDir);
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('accepts the same token again, with the same actor', async () => {
    const verifier = embeddedTokenVerifier(key);
    const token = await issueToken(key, { sub: 'u-1', name: 'Ann Lee', role: 'partner', org: 'kent-county-council' });
    const actor = { subject: 'u-1', name: 'Ann Lee', role: 'partner', organisation: 'kent-county-council' };
    expect(await verifier.verify(token)).toEqual(actor);
    expect(await verifier.verify(token)).toEqual(actor);
  });

  it('refuses a token whose subject is blank, and names a blank-named actor by the subject', async () => {
    const verifier = embeddedTokenVerifier(key);
    await expect(verifier.verify(await issueToken(key, { sub: '   ', name: 'Ann Lee', role: 'secretariat' }))).rejects.toThrow('the token has no subject');
    expect(await verifier.verify(await issueToken(key, { sub: 'u-3', name: '   ', role: 'secretariat' }))).toMatchObject({ subject: 'u-3', name: 'u-3' });
  });

  it('refuses a remembered token once it has expired', async () => {
    const verifier = embeddedTokenVerifier(key);
    const token = await issueToken(key, { sub: 'u-2', name: 'Bo', role: 'secretariat' }, 1);
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'u-2' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(verifier.verify(token)).rejects.toThrow(UnauthenticatedError);
  });

  it('refuses an edited copy of a token it has already accepted', async () => {
    const verifier = embeddedTokenVerifier(key);
    const token = await issueToken(key, { sub: 'u-3', name: 'Cy', role: 'partner', org: 'a' });
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.');
    const edited = JSON.parse(Buffer.from(payload, 'base64url').toString());
    edited.role = 'secretariat';
    const forged = [header, Buffer.from(JSON.stringify(edited)).toString('base64url'), signature].join('.');
    await expect(verifier.verify(forged)).rejects.toThrow(/signature/);
  });

  it('refuses a token that is not yet valid, every time it is sent', async () => {
    const verifier = embeddedTokenVerifier(key);
    const early = await new SignJWT({ name: 'Di', role: 'regulator', org: null })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: key.kid })
      .setSubject('u-4')
      .setIssuer(key.issuer)
      .setAudience(LEDGER_AUDIENCE)
      .setNotBefore('1h')
      .setExpirationTime('2h')
      .sign(key.privateKey);
    await expect(verifier.verify(early)).rejects.toThrow(/nbf/);
    await expect(verifier.verify(early)).rejects.toThrow(/nbf/);
  });
});

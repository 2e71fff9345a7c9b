import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';

export const TOKEN_ALGORITHM = 'EdDSA';

/** The embedded mode's token-signing key: made on first start, kept in the data directory. */
export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicKey: KeyLike;
  publicJwk: JWK;
  /** Tokens this ledger issues name it as issuer, so a token from another ledger's key never passes. */
  issuer: string;
}

export const signingKeyFile = (dataDir: string) => join(dataDir, 'keys', 'token-signing-key.json');

export async function loadOrCreateSigningKey(dataDir: string): Promise<SigningKey> {
  const file = signingKeyFile(dataDir);
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(privateKey);
    mkdirSync(join(dataDir, 'keys'), { recursive: true });
    writeFileSync(file, JSON.stringify({ ...jwk, alg: TOKEN_ALGORITHM }, null, 2), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  return readSigningKey(file);
}

export async function readSigningKey(file: string): Promise<SigningKey> {
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  const { d: _private, ...publicPart } = jwk;
  const kid = await calculateJwkThumbprint(publicPart);
  const publicJwk: JWK = { ...publicPart, kid, alg: TOKEN_ALGORITHM, use: 'sig' };
  return {
    kid,
    privateKey: (await importJWK(jwk, TOKEN_ALGORITHM)) as KeyLike,
    publicKey: (await importJWK(publicJwk, TOKEN_ALGORITHM)) as KeyLike,
    publicJwk,
    issuer: `urn:compact-ledger:${kid}`,
  };
}

import { readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import { createFileDurably, ensureDirectoryDurably, FileExistsError, findUnfinishedFiles } from '@compact-ledger/event-store';

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

/** The key file is there but not a whole key: it is never used as one, and nothing is made in its place. */
export class SigningKeyNotWholeError extends Error {
  override readonly name = 'SigningKeyNotWholeError';
}

export const signingKeyFile = (dataDir: string) => join(dataDir, 'keys', 'token-signing-key.json');

/**
 * Reads the key, or makes it on first start: written to a temporary file, fsynced,
 * linked into place (so that two processes starting at once keep one key) and its
 * directory fsynced, before any token is signed with it. A temporary file a crash
 * left while the key was being made was never used, and is removed with a warning.
 */
export async function loadOrCreateSigningKey(dataDir: string, log: { warn(line: string): void } = { warn: () => undefined }): Promise<SigningKey> {
  const file = signingKeyFile(dataDir);
  for (const unfinished of await findUnfinishedFiles(dirname(file))) {
    await rm(unfinished, { force: true });
    log.warn(`removed ${unfinished}, left by a crash before the token-signing key was made; it was never used`);
  }
  if (!(await readKeyText(file))) {
    const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
    const jwk = await exportJWK(privateKey);
    await ensureDirectoryDurably(dirname(file));
    try {
      await createFileDurably(file, JSON.stringify({ ...jwk, alg: TOKEN_ALGORITHM }, null, 2), { mode: 0o600 });
    } catch (error) {
      // Another process made it first: use that one.
      if (!(error instanceof FileExistsError)) throw error;
    }
  }
  return readSigningKey(file);
}

async function readKeyText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function readSigningKey(file: string): Promise<SigningKey> {
  const jwk = parseKey(file, (await readKeyText(file)) ?? '');
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

const BASE64URL_32_BYTES = /^[A-Za-z0-9_-]{43}$/;

/** The key's JSON, checked to be a whole Ed25519 private key before jose is given it. */
function parseKey(file: string, text: string): JWK {
  const notWhole = (why: string) =>
    new SigningKeyNotWholeError(
      `the token-signing key ${file} ${why}: it was not written whole (a crash or power cut while it was made?); restore ${basename(file)} from a backup, or remove it to make a new key (tokens signed with the old one then no longer pass)`,
    );
  if (text.length === 0) throw notWhole('is empty (0 bytes)');
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw notWhole(`is not whole JSON (${Buffer.byteLength(text)} bytes)`);
  }
  const whole = jwk !== null && typeof jwk === 'object' && jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && BASE64URL_32_BYTES.test(String(jwk.x)) && BASE64URL_32_BYTES.test(String(jwk.d));
  if (!whole) throw notWhole('is not an Ed25519 private key (JWK with kty OKP, crv Ed25519, x and d)');
  return jwk;
}

import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ED25519_SIGNATURE_TYPE, ed25519PrivateKeyFromSeed, ed25519Signer, formatVerifierKey, isValidKeyName, type NoteSigner, splitPlus } from './signed-note';

/**
 * The log key: Ed25519, signing checkpoints and evidence-pack manifests. Separate
 * from the token-signing key, so rotating one leaves the other alone.
 *
 * Kept as one line in the private-key form of Go's golang.org/x/mod/sumdb/note
 * (which the C2SP tools read): PRIVATE+KEY+<name>+<key id hex>+base64(0x01 || seed),
 * and a final newline. The name and key ID in it are checked against the seed, so
 * a damaged file cannot pass for another key.
 */
export interface LogKey {
  /** The key name: the log's origin (checkpoint first line). */
  name: string;
  keyId: number;
  publicKey: Buffer;
  /** The verifier key in signed-note form: what a regulator passes to verify.mjs. */
  verifierKey: string;
  signer: NoteSigner;
}

export class LogKeyError extends Error {
  override readonly name = 'LogKeyError';
}

export const logKeyFile = (dataDir: string) => join(dataDir, 'keys', 'log-signing-key');

const hex8 = (id: number) => id.toString(16).padStart(8, '0');

export function formatLogPrivateKey(name: string, seed: Uint8Array): string {
  const signer = ed25519Signer(name, ed25519PrivateKeyFromSeed(seed));
  return `PRIVATE+KEY+${name}+${hex8(signer.keyId)}+${Buffer.concat([Buffer.of(ED25519_SIGNATURE_TYPE), seed]).toString('base64')}\n`;
}

/** The key from its private-key text (as kept in the file, or supplied by configuration). `source` names it in errors. */
export function parseLogPrivateKey(text: string, source = 'the log key'): LogKey {
  const line = text.endsWith('\n') ? text.slice(0, -1) : text;
  const parts = splitPlus(line, 5);
  const fail = (what: string) => new LogKeyError(`${source} is not a whole log key (${what}): restore it from a backup, or move it away to make a new key`);
  if (!parts || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') throw fail('expected PRIVATE+KEY+<name>+<key id>+<key>');
  const [, , name, idHex, keyB64] = parts;
  if (!isValidKeyName(name)) throw fail('bad key name');
  const key = Buffer.from(keyB64, 'base64');
  if (key.toString('base64') !== keyB64 || key.length !== 33 || key[0] !== ED25519_SIGNATURE_TYPE)
    throw fail('the key is not base64 of 0x01 and a 32-byte seed');
  const signer = ed25519Signer(name, ed25519PrivateKeyFromSeed(key.subarray(1)));
  if (hex8(signer.keyId) !== idHex) throw fail(`its key id ${idHex} is not that of its key`);
  return { name, keyId: signer.keyId, publicKey: signer.publicKey, verifierKey: formatVerifierKey(name, signer.publicKey), signer };
}

/** A new key, not stored: for tests and for keys supplied by configuration. */
export function generateLogKey(name: string): LogKey {
  return parseLogPrivateKey(formatLogPrivateKey(name, randomBytes(32)));
}

/**
 * Loads the log key from `file`, making it on first use. It is written to a
 * temporary file beside it, fsynced, put in place and the directory fsynced, so a
 * crash leaves either no key or the whole key. (Put in place by link, not rename:
 * like a rename it is atomic, and unlike one it never replaces a key that another
 * process made meanwhile.) A key file found empty or cut
 * short is reported (one line naming the file), never read as a key.
 */
export function loadOrCreateLogKey(file: string, name: string): LogKey {
  if (!isValidKeyName(name)) throw new LogKeyError(`the log's name ${JSON.stringify(name)} must be non-empty, without spaces or +`);
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) {
    writeDurably(file, formatLogPrivateKey(name, randomBytes(32)));
  } else if (stats.size === 0) {
    throw new LogKeyError(`the log key file ${file} is empty (a write cut short?): restore it from a backup, or move it away to make a new key`);
  }
  const text = readFileSync(file, 'utf8');
  if (!text.endsWith('\n')) {
    throw new LogKeyError(`the log key file ${file} is cut short (no final newline): restore it from a backup, or move it away to make a new key`);
  }
  const key = parseLogPrivateKey(text, `the log key file ${file}`);
  if (key.name !== name) {
    throw new LogKeyError(`the log key file ${file} is for the log named ${key.name}, but this ledger is configured as ${name}`);
  }
  return key;
}

function writeDurably(file: string, content: string): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(temporary, { force: true });
  }
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createFileDurably, ensureDirectoryDurably, FileExistsError } from '@compact-ledger/event-store';
import { ed25519PrivateKeyFromSeed, isValidKeyName, splitPlus } from '@compact-ledger/transparency';
import { COSIGNATURE_V1_TYPE, cosignatureKeyId, type CosignatureSigner, cosignatureSigner } from './cosignature';

/**
 * A witness's key, kept as one line in the private-key form that
 * github.com/transparency-dev/formats (note.NewSignerForCosignatureV1) reads:
 * PRIVATE+KEY+<name>+<key ID hex>+base64(0x04 || 32-byte seed), and a final newline.
 * The name and key ID are checked against the seed when read, so a damaged file
 * cannot pass for another key.
 */
export class WitnessKeyError extends Error {
  override readonly name = 'WitnessKeyError';
}

const hex8 = (id: number) => id.toString(16).padStart(8, '0');

export function formatWitnessPrivateKey(name: string, seed: Uint8Array): string {
  const signer = cosignatureSigner(name, ed25519PrivateKeyFromSeed(seed));
  return `PRIVATE+KEY+${name}+${hex8(signer.keyId)}+${Buffer.concat([Buffer.of(COSIGNATURE_V1_TYPE), seed]).toString('base64')}\n`;
}

/** The signer from its private-key text; `source` names it in errors. */
export function parseWitnessPrivateKey(text: string, source = 'the witness key', clock?: () => Date): CosignatureSigner {
  const line = text.endsWith('\n') ? text.slice(0, -1) : text;
  const parts = splitPlus(line, 5);
  const fail = (what: string) =>
    new WitnessKeyError(`${source} is not a whole witness key (${what}): restore it from a backup, or move it away to make a new key`);
  if (!parts || parts[0] !== 'PRIVATE' || parts[1] !== 'KEY') throw fail('expected PRIVATE+KEY+<name>+<key id>+<key>');
  const [, , name, idHex, keyB64] = parts;
  if (!isValidKeyName(name)) throw fail('bad key name');
  const key = Buffer.from(keyB64, 'base64');
  if (key.toString('base64') !== keyB64 || key.length !== 33 || key[0] !== COSIGNATURE_V1_TYPE) throw fail('the key is not base64 of 0x04 and a 32-byte seed');
  const signer = cosignatureSigner(name, ed25519PrivateKeyFromSeed(key.subarray(1)), clock);
  if (hex8(cosignatureKeyId(name, signer.publicKey)) !== idHex) throw fail(`its key id ${idHex} is not that of its key`);
  return signer;
}

/** A new key, not stored (tests). */
export function generateWitnessKey(name: string, clock?: () => Date): CosignatureSigner {
  return parseWitnessPrivateKey(formatWitnessPrivateKey(name, randomBytes(32)), 'a new witness key', clock);
}

/**
 * Loads the witness key from `file`, making it on first use (written durably, with the
 * event store's durable-files helper: a crash leaves no key or the whole key). A file found empty or cut short is named in one
 * line, never read as a key; a key made for another name is refused.
 */
export async function loadOrCreateWitnessKey(file: string, name: string, clock?: () => Date): Promise<CosignatureSigner> {
  if (!isValidKeyName(name)) throw new WitnessKeyError(`the witness name ${JSON.stringify(name)} must be non-empty, without spaces or +`);
  const stats = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!stats) {
    await ensureDirectoryDurably(dirname(file));
    // Two starts at once: one makes the key, the other reads what it made.
    await createFileDurably(file, formatWitnessPrivateKey(name, randomBytes(32)), { mode: 0o600 }).catch((error: unknown) => {
      if (!(error instanceof FileExistsError)) throw error;
    });
  } else if (stats.size === 0)
    throw new WitnessKeyError(`the witness key file ${file} is empty (a write cut short?): restore it from a backup, or move it away to make a new key`);
  const text = await readFile(file, 'utf8');
  if (!text.endsWith('\n'))
    throw new WitnessKeyError(`the witness key file ${file} is cut short (no final newline): restore it from a backup, or move it away to make a new key`);
  const signer = parseWitnessPrivateKey(text, `the witness key file ${file}`, clock);
  if (signer.name !== name) throw new WitnessKeyError(`the witness key file ${file} is the key of ${signer.name}, not of ${name}`);
  return signer;
}

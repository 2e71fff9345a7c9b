import { createHash, type KeyObject, sign, verify } from 'node:crypto';
import {
  ed25519PublicKey,
  isValidKeyName,
  NoteError,
  type NoteSigner,
  type NoteVerifier,
  parseNote,
  rawPublicKey,
  splitPlus,
} from '@compact-ledger/transparency';

/**
 * C2SP tlog-cosignature (c2sp.org/tlog-cosignature@v1.0.1, the Ed25519 type): a
 * witness's statement that, as of a time, the largest consistent tree it has seen
 * for the checkpoint's origin has the checkpoint's root. A cosignature is a signed-note
 * signature line whose bytes are the key ID (4 bytes), then the 72-byte
 * timestamped_signature: a big-endian u64 POSIX timestamp and the Ed25519 signature of
 *
 *     cosignature/v1\n
 *     time <timestamp>\n
 *     <the checkpoint's whole note text, extension lines included>
 *
 * The key ID is SHA-256(name || "\n" || 0x04 || public key)[:4]; a verifier key is
 * written <name>+<key ID hex>+base64(0x04 || public key).
 */
export const COSIGNATURE_V1_TYPE = 0x04;
const HEADER = 'cosignature/v1\n';
const TIMESTAMP_BYTES = 8;
const SIGNATURE_BYTES = 64;
/** The spec's upper bound on a timestamp: 2^63 - 1. */
const MAX_TIMESTAMP = (1n << 63n) - 1n;

const hex8 = (id: number) => id.toString(16).padStart(8, '0');

export function cosignatureKeyId(name: string, publicKey: Uint8Array): number {
  return createHash('sha256').update(name).update(Buffer.of(0x0a, COSIGNATURE_V1_TYPE)).update(publicKey).digest().readUInt32BE(0);
}

export function formatCosignatureVerifierKey(name: string, publicKey: Uint8Array): string {
  return `${name}+${hex8(cosignatureKeyId(name, publicKey))}+${Buffer.concat([Buffer.of(COSIGNATURE_V1_TYPE), publicKey]).toString('base64')}`;
}

/** The message a cosignature signs: the header line, the timestamp line, and the checkpoint's note text. */
export function cosignedMessage(checkpointText: string, timestamp: bigint | number): Buffer {
  const time = BigInt(timestamp);
  if (time < 0n || time > MAX_TIMESTAMP) throw new NoteError(`a cosignature's timestamp is from 0 to 2^63-1, not ${time}`);
  if (checkpointText.split('\n').length < 4 || !checkpointText.endsWith('\n')) {
    throw new NoteError('a cosigned checkpoint has at least three lines, each ending in a newline');
  }
  return Buffer.from(`${HEADER}time ${time}\n${checkpointText}`, 'utf8');
}

/** A cosignature's signature bytes (after the key ID): its timestamp and Ed25519 signature, or null when they are not 72 bytes. */
export function splitTimestampedSignature(bytes: Uint8Array): { timestamp: bigint; signature: Buffer } | null {
  if (bytes.length !== TIMESTAMP_BYTES + SIGNATURE_BYTES) return null;
  const buffer = Buffer.from(bytes);
  return { timestamp: buffer.readBigUInt64BE(0), signature: buffer.subarray(TIMESTAMP_BYTES) };
}

export interface CosignatureVerifier extends NoteVerifier {
  /** The 32-byte Ed25519 public key. */
  readonly publicKey: Buffer;
  /** The verifier key as given. */
  readonly text: string;
}

/** A witness's verifier key (signature type 0x04); throws NoteError naming what is wrong with it. */
export function parseCosignatureVerifierKey(vkey: string): CosignatureVerifier {
  const trimmed = vkey.trim();
  const parts = splitPlus(trimmed, 3);
  if (!parts) throw new NoteError(`${JSON.stringify(trimmed.slice(0, 80))} is not a verifier key (<name>+<key id>+<key>)`);
  const [name, idHex, keyB64] = parts;
  if (!isValidKeyName(name)) throw new NoteError(`the key name ${JSON.stringify(name)} is empty or holds a space or +`);
  if (!/^[0-9a-f]{8}$/.test(idHex)) throw new NoteError(`the key id ${JSON.stringify(idHex)} of ${name} is not 8 lowercase hex digits`);
  const key = Buffer.from(keyB64, 'base64');
  if (key.toString('base64') !== keyB64) throw new NoteError(`the key of ${name} is not standard base64`);
  if (key.length !== 33 || key[0] !== COSIGNATURE_V1_TYPE) {
    throw new NoteError(
      key.length === 33 && key[0] === 0x01
        ? `${name}'s key is a log's signing key (type 0x01), not a witness's cosignature key (type 0x04)`
        : `${name}'s key is not an Ed25519 cosignature key (0x04 and 32 bytes)`,
    );
  }
  const publicKey = key.subarray(1);
  const keyId = cosignatureKeyId(name, publicKey);
  if (hex8(keyId) !== idHex) throw new NoteError(`the key id ${idHex} of ${name} does not match its key (expected ${hex8(keyId)})`);
  const keyObject = ed25519PublicKey(publicKey);
  return {
    name,
    keyId,
    publicKey,
    text: trimmed,
    verify(text, bytes) {
      const parts = splitTimestampedSignature(bytes);
      if (!parts || parts.timestamp > MAX_TIMESTAMP) return false;
      let message: Buffer;
      try {
        message = cosignedMessage(text.toString('utf8'), parts.timestamp);
      } catch {
        return false;
      }
      return verify(null, message, keyObject, parts.signature);
    },
  };
}

export interface CosignatureSigner extends NoteSigner {
  readonly publicKey: Buffer;
  readonly verifierKey: string;
}

/** Signs cosignatures with an Ed25519 key, stamped with the clock's time in whole seconds. */
export function cosignatureSigner(name: string, privateKey: KeyObject, clock: () => Date = () => new Date()): CosignatureSigner {
  if (!isValidKeyName(name)) throw new NoteError(`the witness name ${JSON.stringify(name)} is empty or holds a space or +`);
  const publicKey = rawPublicKey(privateKey);
  return {
    name,
    keyId: cosignatureKeyId(name, publicKey),
    publicKey,
    verifierKey: formatCosignatureVerifierKey(name, publicKey),
    sign(text) {
      const timestamp = BigInt(Math.floor(clock().getTime() / 1000));
      const stamped = Buffer.alloc(TIMESTAMP_BYTES + SIGNATURE_BYTES);
      stamped.writeBigUInt64BE(timestamp, 0);
      sign(null, cosignedMessage(text.toString('utf8'), timestamp), privateKey).copy(stamped, TIMESTAMP_BYTES);
      return stamped;
    },
  };
}

/** The signature line a signer makes over a note text: "— <name> base64(key ID || signature)\n". */
export function signatureLine(text: string, signer: NoteSigner): string {
  const id = Buffer.alloc(4);
  id.writeUInt32BE(signer.keyId);
  return `\u2014 ${signer.name} ${Buffer.concat([id, signer.sign(Buffer.from(text, 'utf8'))]).toString('base64')}\n`;
}

/** A cosignature found on a checkpoint by one of the witnesses asked about. */
export interface FoundCosignature {
  name: string;
  keyId: number;
  /** Seconds since the epoch, as the witness stamped it (null when the line is not 72 bytes after its key ID). */
  timestamp: number | null;
  valid: boolean;
  /** The signature line, with its final newline. */
  line: string;
}

/**
 * The cosignatures on a signed checkpoint by the witnesses given (same name and key
 * ID), each checked; lines by any other key are left out.
 */
export function cosignaturesOn(note: string, witnesses: readonly CosignatureVerifier[]): FoundCosignature[] {
  const { text, signatures } = parseNote(note);
  const bytes = Buffer.from(text, 'utf8');
  const found: FoundCosignature[] = [];
  for (const signature of signatures) {
    const witness = witnesses.find((w) => w.name === signature.name && w.keyId === signature.keyId);
    if (!witness) continue;
    const raw = Buffer.from(signature.base64, 'base64').subarray(4);
    const parts = splitTimestampedSignature(raw);
    found.push({
      name: signature.name,
      keyId: signature.keyId,
      timestamp: parts && parts.timestamp <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(parts.timestamp) : null,
      valid: witness.verify(bytes, raw),
      line: `\u2014 ${signature.name} ${signature.base64}\n`,
    });
  }
  return found;
}

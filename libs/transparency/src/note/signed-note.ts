import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';

/**
 * C2SP signed-note (c2sp.org/signed-note) with Ed25519 keys: a text ending in a
 * newline, a blank line, then signature lines "— <key name> base64(key ID || signature)".
 * The key ID is the first four bytes of SHA-256(name || 0x0A || 0x01 || public key);
 * a verifier key is written "<name>+<key ID hex>+base64(0x01 || public key)".
 */

export const ED25519_SIGNATURE_TYPE = 0x01;
const EM_DASH_PREFIX = '\u2014 ';
/** Notes past this size are refused before any parsing (the spec asks verifiers for a limit). */
const MAX_NOTE_BYTES = 1 << 20;
const MAX_SIGNATURES = 100;

export class NoteError extends Error {
  override readonly name = 'NoteError';
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  sign(text: Buffer): Buffer;
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  verify(text: Buffer, signature: Buffer): boolean;
}

export interface NoteSignature {
  name: string;
  keyId: number;
  /** The signature line's base64, as it stands. */
  base64: string;
}

export interface OpenedNote {
  text: string;
  /** Signatures by the verifiers given, each checked. */
  verified: NoteSignature[];
  /** Signatures by keys not given: ignored, as the spec says. */
  unverified: NoteSignature[];
}

export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !/[\u0000-\u001f]/.test(name);
}

export function keyIdOf(name: string, publicKey: Uint8Array): number {
  const digest = createHash('sha256').update(name).update(Buffer.of(0x0a, ED25519_SIGNATURE_TYPE)).update(publicKey).digest();
  return digest.readUInt32BE(0);
}

const hex8 = (id: number) => id.toString(16).padStart(8, '0');

export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  return `${name}+${hex8(keyIdOf(name, publicKey))}+${Buffer.concat([Buffer.of(ED25519_SIGNATURE_TYPE), publicKey]).toString('base64')}`;
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function ed25519PublicKey(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export function ed25519PrivateKeyFromSeed(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function rawPublicKey(key: KeyObject): Buffer {
  return createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(ED25519_SPKI_PREFIX.length);
}

/** Splits at the first count-1 plus signs (base64 holds + too, so the last part is the rest). */
export function splitPlus(text: string, count: number): string[] | null {
  const parts: string[] = [];
  let rest = text;
  for (let i = 0; i < count - 1; i++) {
    const at = rest.indexOf('+');
    if (at < 0) return null;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

/** A verifier from its key text; throws NoteError naming what is wrong with it. */
export function parseVerifierKey(vkey: string): NoteVerifier & { publicKey: Buffer; text: string } {
  const parts = splitPlus(vkey.trim(), 3);
  if (!parts) throw new NoteError('a verifier key is <name>+<key id>+<key>');
  const [name, idHex, keyB64] = parts;
  if (!isValidKeyName(name)) throw new NoteError(`the key name ${JSON.stringify(name)} is empty or holds a space`);
  if (!/^[0-9a-f]{8}$/.test(idHex)) throw new NoteError(`the key id ${JSON.stringify(idHex)} is not 8 lowercase hex digits`);
  const key = Buffer.from(keyB64, 'base64');
  if (key.toString('base64') !== keyB64) throw new NoteError('the key is not standard base64');
  if (key.length !== 33 || key[0] !== ED25519_SIGNATURE_TYPE) throw new NoteError('the key is not an Ed25519 key (0x01 and 32 bytes)');
  const publicKey = key.subarray(1);
  const keyId = keyIdOf(name, publicKey);
  if (hex8(keyId) !== idHex) throw new NoteError(`the key id ${idHex} does not match the key (expected ${hex8(keyId)})`);
  const keyObject = ed25519PublicKey(publicKey);
  return {
    name,
    keyId,
    publicKey,
    text: vkey.trim(),
    verify: (text, signature) => signature.length === 64 && verify(null, text, keyObject, signature),
  };
}

export function ed25519Signer(name: string, privateKey: KeyObject): NoteSigner & { publicKey: Buffer } {
  if (!isValidKeyName(name)) throw new NoteError(`the key name ${JSON.stringify(name)} is empty or holds a space or +`);
  const publicKey = rawPublicKey(privateKey);
  return { name, keyId: keyIdOf(name, publicKey), publicKey, sign: (text) => sign(null, text, privateKey) };
}

function assertNoteText(text: string): void {
  if (!text.endsWith('\n')) throw new NoteError('a note text ends with a newline');
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw new NoteError('a note text holds no control characters but newlines');
}

/** Signs a note text; the result is the note with one signature line per signer. */
export function signNote(text: string, ...signers: NoteSigner[]): string {
  assertNoteText(text);
  if (signers.length === 0) throw new NoteError('a note needs at least one signature');
  const bytes = Buffer.from(text, 'utf8');
  const lines = signers.map((signer) => {
    const id = Buffer.alloc(4);
    id.writeUInt32BE(signer.keyId);
    return `${EM_DASH_PREFIX}${signer.name} ${Buffer.concat([id, signer.sign(bytes)]).toString('base64')}\n`;
  });
  return `${text}\n${lines.join('')}`;
}

/** Splits a signed note into its text and signature lines, refusing any malformed one. */
export function parseNote(note: string): { text: string; signatures: NoteSignature[] } {
  if (Buffer.byteLength(note) > MAX_NOTE_BYTES) throw new NoteError('the note is too large');
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note)) throw new NoteError('the note holds control characters');
  if (!note.endsWith('\n')) throw new NoteError('the note does not end with a newline');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new NoteError('the note has no blank line before its signatures');
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new NoteError('the note has too many signatures');
  const signatures = lines.map((line) => {
    if (!line.startsWith(EM_DASH_PREFIX)) throw new NoteError(`not a signature line: ${JSON.stringify(line.slice(0, 80))}`);
    const rest = line.slice(EM_DASH_PREFIX.length);
    const space = rest.lastIndexOf(' ');
    const name = rest.slice(0, space);
    const base64 = rest.slice(space + 1);
    const bytes = Buffer.from(base64, 'base64');
    if (space <= 0 || !isValidKeyName(name) || bytes.toString('base64') !== base64 || bytes.length < 5) {
      throw new NoteError(`malformed signature line: ${JSON.stringify(line.slice(0, 80))}`);
    }
    return { name, keyId: bytes.readUInt32BE(0), base64 };
  });
  return { text, signatures };
}

/**
 * Opens a note with the verifiers one trusts: every signature by a known key (same
 * name and key ID) must verify, and at least one must; others are ignored.
 */
export function openNote(note: string, verifiers: readonly NoteVerifier[]): OpenedNote {
  const { text, signatures } = parseNote(note);
  const bytes = Buffer.from(text, 'utf8');
  const verified: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  for (const signature of signatures) {
    const verifier = verifiers.find((v) => v.name === signature.name && v.keyId === signature.keyId);
    if (!verifier) {
      unverified.push(signature);
      continue;
    }
    if (!verifier.verify(bytes, Buffer.from(signature.base64, 'base64').subarray(4))) {
      throw new NoteError(`the signature by ${signature.name}+${hex8(signature.keyId)} does not verify: the note was altered or signed by another key`);
    }
    verified.push(signature);
  }
  if (verified.length === 0) {
    const by = signatures.map((s) => `${s.name}+${hex8(s.keyId)}`).join(', ');
    const want = verifiers.map((v) => `${v.name}+${hex8(v.keyId)}`).join(', ');
    throw new NoteError(`the note is not signed by ${want}; its signatures are by ${by}`);
  }
  return { text, verified, unverified };
}

import * as crypto from 'node:crypto';

/**
 * RFC 6962 section 2.1 (RFC 9162 section 2.1.1) hashing with SHA-256: a leaf is
 * SHA-256(0x00 || data), an inner node SHA-256(0x01 || left || right), and the
 * empty tree's root SHA-256 of nothing. The prefixes keep a leaf from passing for
 * a node (second-preimage resistance).
 */
export const HASH_SIZE = 32;

// crypto.hash (Node >= 20.12) with a latin1 digest is about twice as fast as a Buffer digest or createHash.
const oneShot = (crypto as unknown as { hash?: (algorithm: string, data: Uint8Array, encoding: 'latin1') => string }).hash;

export function sha256(data: Uint8Array): Buffer {
  return oneShot ? Buffer.from(oneShot('sha256', data, 'latin1'), 'latin1') : crypto.createHash('sha256').update(data).digest();
}

export const EMPTY_ROOT: Buffer = sha256(new Uint8Array(0));

export function hashLeaf(data: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(1 + data.length);
  input[0] = 0x00;
  input.set(data, 1);
  return sha256(input);
}

const nodeInput = Buffer.alloc(1 + 2 * HASH_SIZE);

export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) return sha256(Buffer.concat([Buffer.of(0x01), left, right]));
  nodeInput[0] = 0x01;
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_SIZE);
  return sha256(nodeInput);
}

/**
 * The leaf the ledger logs for an event: its 32-byte envelope hash, as raw bytes
 * (the envelope carries it as lowercase hex).
 */
export function eventLeafHash(eventHashHex: string): Buffer {
  return Buffer.from(eventLeafHashLatin1(eventHashHex), 'latin1');
}

/*
 * The same hashes as latin1 strings (one character a byte), for code that makes a
 * great many of them, as the tree does while catching up a large log: a string lives
 * in the JavaScript heap, where the garbage collector compacts it away, where a small
 * Buffer each would be memory outside it, allocated and freed a million times over.
 */
const latin1Digest = (data: Uint8Array): string =>
  oneShot ? oneShot('sha256', data, 'latin1') : crypto.createHash('sha256').update(data).digest().toString('latin1');

const leafInput = Buffer.alloc(1 + HASH_SIZE);

export function eventLeafHashLatin1(eventHashHex: string): string {
  if (!/^[0-9a-f]{64}$/.test(eventHashHex)) throw new TypeError(`an event hash is 64 lowercase hex digits, not ${JSON.stringify(eventHashHex)}`);
  leafInput[0] = 0x00;
  leafInput.write(eventHashHex, 1, 'hex');
  return latin1Digest(leafInput);
}

export function hashChildrenLatin1(left: string, right: string): string {
  nodeInput[0] = 0x01;
  nodeInput.write(left, 1, HASH_SIZE, 'latin1');
  nodeInput.write(right, 1 + HASH_SIZE, HASH_SIZE, 'latin1');
  return latin1Digest(nodeInput);
}

// Tree sizes go past 2^32, where JavaScript's bitwise operators stop: the arithmetic below is on plain numbers (exact to 2^53).

/** The largest power of two smaller than n (n >= 2): the RFC's split point k. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The largest power of two at most n (n >= 1). */
export function largestPowerOfTwoAtMost(n: number): number {
  let k = 1;
  while (k * 2 <= n) k *= 2;
  return k;
}

/** MTH(D[0:n]) straight from the RFC's recursive definition: for tests and small trees. */
export function rootOfLeafHashes(leafHashes: readonly Uint8Array[]): Buffer {
  if (leafHashes.length === 0) return EMPTY_ROOT;
  const hashRange = (from: number, to: number): Buffer => {
    if (to - from === 1) return Buffer.from(leafHashes[from]);
    const k = splitPoint(to - from);
    return hashChildren(hashRange(from, from + k), hashRange(from + k, to));
  };
  return hashRange(0, leafHashes.length);
}

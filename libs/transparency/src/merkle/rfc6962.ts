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
  if (!/^[0-9a-f]{64}$/.test(eventHashHex)) throw new TypeError(`an event hash is 64 lowercase hex digits, not ${JSON.stringify(eventHashHex)}`);
  const input = Buffer.allocUnsafe(1 + HASH_SIZE);
  input[0] = 0x00;
  input.write(eventHashHex, 1, 'hex');
  return sha256(input);
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

import { EMPTY_ROOT, HASH_SIZE, hashChildren, largestPowerOfTwoAtMost, splitPoint } from './rfc6962';

/**
 * A complete subtree of the log's tree: the node at `level` covering leaves
 * [index * 2^level, (index + 1) * 2^level). Its hash is fixed once the log has
 * grown past its last leaf, so it can be stored once and read for ever.
 */
export interface NodeId {
  level: number;
  index: number;
}

/** Where proofs read the hashes of complete subtrees from (stored tiles, or leaves in memory). */
export interface NodeReader {
  /** The hashes of the given complete subtrees, in the order asked. */
  readNodes(ids: readonly NodeId[]): Buffer[];
}

export class ProofError extends Error {
  override readonly name = 'ProofError';
}

/**
 * The complete subtrees whose hashes make MTH(D[from:to]) for a range that is a
 * subtree of the RFC's tree (from is a multiple of a power of two >= to - from):
 * the binary decomposition of its length, largest first.
 */
export function rangeNodes(from: number, to: number): NodeId[] {
  const ids: NodeId[] = [];
  let at = from;
  while (at < to) {
    const width = largestPowerOfTwoAtMost(to - at);
    ids.push({ level: Math.log2(width), index: at / width });
    at += width;
  }
  return ids;
}

/** Folds a range's decomposition into its hash, from the right (the RFC splits at the largest power of two). */
function foldRange(hashes: Buffer[]): Buffer {
  let hash = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i--) hash = hashChildren(hashes[i], hash);
  return hash;
}

/** Reads every range's decomposition in one batch (a tile store groups them by tile) and folds each. */
function hashRanges(ranges: Array<[number, number]>, reader: NodeReader): Buffer[] {
  const perRange = ranges.map(([from, to]) => rangeNodes(from, to));
  const hashes = reader.readNodes(perRange.flat());
  let at = 0;
  return perRange.map((ids) => {
    const slice = hashes.slice(at, at + ids.length);
    at += ids.length;
    return foldRange(slice);
  });
}

function assertSize(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new ProofError(`${name} must be a non-negative integer, not ${value}`);
}

/** MTH(D[0:size]). */
export function treeRoot(size: number, reader: NodeReader): Buffer {
  assertSize('tree size', size);
  if (size === 0) return EMPTY_ROOT;
  return hashRanges([[0, size]], reader)[0];
}

/** RFC 9162 section 2.1.3.1: the inclusion proof (audit path) for leaf `index` in the tree of `size` leaves, leaf's sibling first. */
export function inclusionProof(index: number, size: number, reader: NodeReader): Buffer[] {
  assertSize('index', index);
  assertSize('tree size', size);
  if (index >= size) throw new ProofError(`leaf index ${index} is not in a tree of ${size} leaves`);
  const ranges: Array<[number, number]> = [];
  let from = 0;
  let to = size;
  while (to - from > 1) {
    const k = splitPoint(to - from);
    if (index < from + k) {
      ranges.push([from + k, to]);
      to = from + k;
    } else {
      ranges.push([from, from + k]);
      from += k;
    }
  }
  return hashRanges(ranges.reverse(), reader);
}

/** RFC 9162 section 2.1.4.1: the consistency proof from the tree of `size1` leaves to the tree of `size2`. */
export function consistencyProof(size1: number, size2: number, reader: NodeReader): Buffer[] {
  assertSize('first size', size1);
  assertSize('second size', size2);
  if (size1 > size2) throw new ProofError(`the first tree (${size1}) is larger than the second (${size2})`);
  if (size1 === 0 || size1 === size2) return [];
  const ranges: Array<[number, number]> = [];
  let from = 0;
  let to = size2;
  let m = size1;
  let knownRoot = true;
  for (;;) {
    if (m === to - from) {
      if (!knownRoot) ranges.push([from, to]);
      break;
    }
    const k = splitPoint(to - from);
    if (m <= k) {
      ranges.push([from + k, to]);
      to = from + k;
    } else {
      ranges.push([from, from + k]);
      from += k;
      m -= k;
      knownRoot = false;
    }
  }
  return hashRanges(ranges.reverse(), reader);
}

const isOdd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

function assertHash(what: string, hash: Uint8Array): void {
  if (hash.length !== HASH_SIZE) throw new ProofError(`${what} is ${hash.length} bytes, not ${HASH_SIZE}`);
}

/** The root an inclusion proof leads to (RFC 9162 section 2.1.3.2), or a ProofError. */
export function rootFromInclusionProof(index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[]): Buffer {
  assertSize('index', index);
  assertSize('tree size', size);
  if (index >= size) throw new ProofError(`leaf index ${index} is not in a tree of ${size} leaves`);
  assertHash('the leaf hash', leafHash);
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leafHash);
  proof.forEach((p, i) => {
    assertHash(`proof hash ${i + 1}`, p);
    if (sn === 0) throw new ProofError(`the proof has ${proof.length} hashes, more than a tree of ${size} leaves needs`);
    if (isOdd(fn) || fn === sn) {
      r = hashChildren(p, r);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  });
  if (sn !== 0) throw new ProofError(`the proof has ${proof.length} hashes, fewer than leaf ${index} of a tree of ${size} leaves needs`);
  return r;
}

export function verifyInclusion(index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): void {
  const computed = rootFromInclusionProof(index, size, leafHash, proof);
  if (!computed.equals(root)) {
    throw new ProofError(`the inclusion proof for leaf ${index} leads to root ${computed.toString('base64')}, not ${Buffer.from(root).toString('base64')}`);
  }
}

/**
 * Checks a consistency proof (RFC 9162 section 2.1.4.2): the tree of size2 with
 * root2 contains the tree of size1 with root1 unchanged as its first leaves.
 */
export function verifyConsistency(size1: number, size2: number, proof: readonly Uint8Array[], root1: Uint8Array, root2: Uint8Array): void {
  assertSize('first size', size1);
  assertSize('second size', size2);
  if (size2 < size1) throw new ProofError(`the first tree (${size1}) is larger than the second (${size2})`);
  if (size1 === 0) throw new ProofError('a consistency proof from the empty tree proves nothing');
  if (size1 === size2) {
    if (proof.length > 0) throw new ProofError('trees of the same size need an empty proof');
    if (!Buffer.from(root1).equals(root2)) throw new ProofError(`two trees of ${size1} leaves with different roots: the log was rewritten`);
    return;
  }
  if (proof.length === 0) throw new ProofError('the proof is empty');
  proof.forEach((p, i) => assertHash(`proof hash ${i + 1}`, p));
  const path = [...proof];
  // A first tree of a power-of-two size is a node of the second: its root starts the path.
  if (largestPowerOfTwoAtMost(size1) === size1) path.unshift(root1);
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) throw new ProofError(`the proof has more hashes than trees of ${size1} and ${size2} leaves need`);
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) throw new ProofError(`the proof has fewer hashes than trees of ${size1} and ${size2} leaves need`);
  if (!fr.equals(root1)) {
    throw new ProofError(
      `the proof does not lead to the first tree's root: the first ${size1} leaves are not those of the tree of ${size2} (the log was rewritten)`,
    );
  }
  if (!sr.equals(root2)) throw new ProofError(`the proof does not lead to the second tree's root ${Buffer.from(root2).toString('base64')}`);
}

/** Leaf hashes held in memory, as a NodeReader: for small trees and tests. Each level is hashed once, when first asked for. */
export class MemoryNodeReader implements NodeReader {
  private readonly levels: Buffer[][];

  constructor(leaves: readonly Uint8Array[]) {
    this.levels = [leaves.map((leaf) => Buffer.from(leaf))];
  }

  readNodes(ids: readonly NodeId[]): Buffer[] {
    return ids.map(({ level, index }) => {
      const hash = this.level(level)[index];
      if (!hash) throw new ProofError(`node ${level}/${index} is not complete in a tree of ${this.levels[0].length} leaves`);
      return hash;
    });
  }

  private level(level: number): Buffer[] {
    while (this.levels.length <= level) {
      const below = this.levels[this.levels.length - 1];
      const row: Buffer[] = [];
      for (let i = 0; i + 1 < below.length; i += 2) row.push(hashChildren(below[i], below[i + 1]));
      this.levels.push(row);
    }
    return this.levels[level];
  }
}

import fc from 'fast-check';
import probes from './testdata/transparency-dev-merkle-probes.json';
import argon from './testdata/argon2020-ct-log.json';
import { consistencyProof, inclusionProof, MemoryNodeReader, ProofError, rootFromInclusionProof, treeRoot, verifyConsistency, verifyInclusion } from './proofs';
import { EMPTY_ROOT, eventLeafHash, eventLeafHashLatin1, hashChildren, hashChildrenLatin1, hashLeaf, rootOfLeafHashes, sha256, splitPoint } from './rfc6962';

const hex = (h: string) => Buffer.from(h, 'hex');
const b64 = (h: string) => Buffer.from(h, 'base64');

/**
 * The reference tree of RFC 6962's examples as Certificate Transparency's test suites
 * build it: eight leaves with these inputs, and the roots of its first 1 to 8 leaves.
 * From transparency-dev/merkle testonly/constants.go (LeafInputs, RootHashes), commit
 * 417fb0c314750d94e53942e9f92e79b6d35915db, and the same tables in
 * certificate-transparency-go's merkletree tests.
 */
const LEAF_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(hex);
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map(hex);
const LEAVES = LEAF_INPUTS.map(hashLeaf);

/**
 * Inclusion and consistency proofs in that tree, from transparency-dev/merkle
 * proof/verify_test.go at commit 022f84c (inclusionProofs, consistencyProofs; its leaf
 * numbers there count from 1, here from 0).
 */
const INCLUSION: Array<[index: number, size: number, proof: string[]]> = [
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    1,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];
const CONSISTENCY: Array<[size1: number, size2: number, proof: string[]]> = [
  [1, 1, []],
  [
    1,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    6,
    8,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
  [
    6,
    7,
    [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
];

// RFC 6962 section 2.1's definitions, written out literally (as transparency-dev/merkle's
// testonly/reference_test.go does): the implementation under test is checked against them.
function refPath(index: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = splitPoint(leaves.length);
  return index < k
    ? [...refPath(index, leaves.slice(0, k)), rootOfLeafHashes(leaves.slice(k))]
    : [...refPath(index - k, leaves.slice(k)), rootOfLeafHashes(leaves.slice(0, k))];
}
function refSubproof(m: number, leaves: Buffer[], knownRoot: boolean): Buffer[] {
  const n = leaves.length;
  if (m === n) return knownRoot ? [] : [rootOfLeafHashes(leaves)];
  const k = splitPoint(n);
  return m <= k
    ? [...refSubproof(m, leaves.slice(0, k), knownRoot), rootOfLeafHashes(leaves.slice(k))]
    : [...refSubproof(m - k, leaves.slice(k), false), rootOfLeafHashes(leaves.slice(0, k))];
}

describe('RFC 6962 hashing', () => {
  it('hashes as the Go implementation does (transparency-dev/merkle rfc6962_test.go)', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashLeaf(Buffer.alloc(0)).toString('hex')).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(hashLeaf(Buffer.from('L123456')).toString('hex')).toBe('395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56');
    expect(hashChildren(Buffer.from('N123'), Buffer.from('N456')).toString('hex')).toBe('aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb');
  });

  it('hashes an event leaf and an inner node to the same bytes whether as a Buffer or as a latin1 string', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), (a, b) => {
        const eventHash = Buffer.from(a).toString('hex');
        expect(Buffer.from(eventLeafHashLatin1(eventHash), 'latin1')).toEqual(eventLeafHash(eventHash));
        expect(eventLeafHash(eventHash)).toEqual(hashLeaf(a));
        const [left, right] = [Buffer.from(a), Buffer.from(b)];
        expect(Buffer.from(hashChildrenLatin1(left.toString('latin1'), right.toString('latin1')), 'latin1')).toEqual(hashChildren(left, right));
      }),
    );
  });

  it('gives the reference tree roots for every size from 0 to 8', () => {
    for (let size = 0; size <= 8; size++) {
      expect(treeRoot(size, new MemoryNodeReader(LEAVES.slice(0, size))).toString('hex')).toBe(ROOTS[size].toString('hex'));
    }
  });

  it.each(INCLUSION)('makes and checks the published inclusion proof of leaf %i in the tree of %i', (index, size, published) => {
    const reader = new MemoryNodeReader(LEAVES.slice(0, size));
    const proof = inclusionProof(index, size, reader);
    expect(proof.map((h) => h.toString('hex'))).toEqual(published);
    expect(() => verifyInclusion(index, size, LEAVES[index], published.map(hex), ROOTS[size])).not.toThrow();
  });

  it.each(CONSISTENCY)('makes and checks the published consistency proof from %i to %i', (size1, size2, published) => {
    const proof = consistencyProof(size1, size2, new MemoryNodeReader(LEAVES.slice(0, size2)));
    expect(proof.map((h) => h.toString('hex'))).toEqual(published);
    expect(() => verifyConsistency(size1, size2, published.map(hex), ROOTS[size1], ROOTS[size2])).not.toThrow();
  });
});

describe('the golden probes of transparency-dev/merkle testdata/', () => {
  it.each(probes.inclusion.map((p) => [p.path, p] as const))('inclusion %s', (_path, probe) => {
    const check = () => verifyInclusion(probe.leafIdx, probe.treeSize, b64(probe.leafHash ?? ''), (probe.proof ?? []).map(b64), b64(probe.root ?? ''));
    if (probe.wantErr) expect(check).toThrow(ProofError);
    else expect(check).not.toThrow();
  });

  it.each(probes.consistency.map((p) => [p.path, p] as const))('consistency %s', (_path, probe) => {
    const check = () => verifyConsistency(probe.size1, probe.size2, (probe.proof ?? []).map(b64), b64(probe.root1), b64(probe.root2));
    if (probe.wantErr) expect(check).toThrow(ProofError);
    else expect(check).not.toThrow();
  });
});

describe("a real Certificate Transparency log's proofs (Argon 2020, via golang.org/x/mod sumdb/tlog ct_test.go)", () => {
  const root = b64(argon.sth.sha256_root_hash);
  it('checks the inclusion of entry 10000 in a tree of 961,984,013 entries', () => {
    const leaf = hashLeaf(b64(argon.leafInput));
    expect(() => verifyInclusion(argon.proof.leaf_index, argon.sth.tree_size, leaf, argon.proof.audit_path.map(b64), root)).not.toThrow();
    expect(() => verifyInclusion(argon.proof.leaf_index + 1, argon.sth.tree_size, leaf, argon.proof.audit_path.map(b64), root)).toThrow(ProofError);
  });

  it('checks the consistency of the tree of 3,654,490 entries with it', () => {
    const old = b64(argon.consistencyFrom.sha256_root_hash);
    expect(() => verifyConsistency(argon.consistencyFrom.tree_size, argon.sth.tree_size, argon.consistency.map(b64), old, root)).not.toThrow();
    const otherOld = sha256(Buffer.from('another tree'));
    expect(() => verifyConsistency(argon.consistencyFrom.tree_size, argon.sth.tree_size, argon.consistency.map(b64), otherOld, root)).toThrow(/rewritten/);
  });
});

describe('proofs against the RFC definitions (property-based)', () => {
  const leavesOf = (count: number, seed: number) => Array.from({ length: count }, (_, i) => hashLeaf(Buffer.from(`event ${seed}:${i}`)));

  it('every inclusion proof is the RFC PATH and verifies against the root', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (size, pick, seed) => {
        const leaves = leavesOf(size, seed);
        const index = pick % size;
        const reader = new MemoryNodeReader(leaves);
        const proof = inclusionProof(index, size, reader);
        expect(proof).toEqual(refPath(index, leaves));
        expect(rootFromInclusionProof(index, size, leaves[index], proof)).toEqual(rootOfLeafHashes(leaves));
      }),
    );
  });

  it('checkpoints taken at many sizes of a growing log all prove consistent with each other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 2, maxLength: 8 }), fc.nat(), (sizes, seed) => {
        const leaves = leavesOf(Math.max(...sizes), seed);
        const reader = new MemoryNodeReader(leaves);
        const checkpoints = [...sizes].sort((a, b) => a - b).map((size) => ({ size, root: treeRoot(size, reader) }));
        for (const older of checkpoints) {
          for (const newer of checkpoints.filter((c) => c.size >= older.size)) {
            const proof = consistencyProof(older.size, newer.size, reader);
            expect(proof).toEqual(refSubproof(older.size, leaves.slice(0, newer.size), true));
            expect(() => verifyConsistency(older.size, newer.size, proof, older.root, newer.root)).not.toThrow();
          }
        }
      }),
    );
  });

  it('a leaf rewritten below an earlier checkpoint is caught by the consistency proof', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.nat(), fc.nat(), (size1, grow, pick, seed) => {
        const size2 = size1 + grow;
        const leaves = leavesOf(size2, seed);
        const checkpoint = { size: size1, root: rootOfLeafHashes(leaves.slice(0, size1)) };
        const rewritten = [...leaves];
        rewritten[pick % size1] = hashLeaf(Buffer.from('a rewritten event'));
        const reader = new MemoryNodeReader(rewritten);
        const proof = consistencyProof(size1, size2, reader);
        expect(() => verifyConsistency(checkpoint.size, size2, proof, checkpoint.root, treeRoot(size2, reader))).toThrow(ProofError);
      }),
    );
  });

  it('refuses a proof for a leaf index outside the tree', () => {
    expect(() => inclusionProof(3, 3, new MemoryNodeReader(LEAVES.slice(0, 3)))).toThrow(ProofError);
    expect(() => verifyInclusion(0, 0, LEAVES[0], [], EMPTY_ROOT)).toThrow(ProofError);
  });
});

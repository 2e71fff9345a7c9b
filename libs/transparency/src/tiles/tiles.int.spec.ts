import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { consistencyProof, inclusionProof, MemoryNodeReader, treeRoot, verifyConsistency, verifyInclusion } from '../merkle/proofs';
import { eventLeafHash, rootOfLeafHashes } from '../merkle/rfc6962';
import { openTransparencyDatabase, SqliteTileStore } from './sqlite-tile-store';
import { TileNodeReader } from './tile-node-reader';
import { tilePath } from './tile-store.port';
import { LogRewrittenError, TreeAppender } from './tree-appender';

const eventHash = (i: number) => createHash('sha256').update(`event ${i}`).digest('hex');
const entries = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => ({ position: from + k + 1, hash: eventHash(from + k) }));

describe('the stored tree (tlog-tiles in SQLite)', () => {
  let dir: string;
  let db: Database.Database;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tiles-'));
    db = openTransparencyDatabase(join(dir, 'transparency.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const SIZE = 70_000;
  const leaves = Array.from({ length: SIZE }, (_, i) => eventLeafHash(eventHash(i)));

  it('lays the tiles out as tlog-tiles does: at 70,000 leaves, 273 full and a 112-wide level-0 tile, a full and a 17-wide level-1 tile, a 1-wide level-2 tile', () => {
    const store = new SqliteTileStore(db);
    const appender = new TreeAppender(store);
    for (let at = 0; at < SIZE; at += 7_001) appender.append(entries(at, Math.min(SIZE, at + 7_001)));
    const widths = db.prepare('SELECT level, idx, length(hashes) / 32 AS width FROM merkle_tiles ORDER BY level, idx').all() as Array<{
      level: number;
      idx: number;
      width: number;
    }>;
    const level0 = widths.filter((t) => t.level === 0);
    expect(level0).toHaveLength(274);
    expect(level0.slice(0, 273).every((t) => t.width === 256)).toBe(true);
    expect(level0[273]).toEqual({ level: 0, idx: 273, width: 112 });
    expect(widths.filter((t) => t.level === 1)).toEqual([
      { level: 1, idx: 0, width: 256 },
      { level: 1, idx: 1, width: 17 },
    ]);
    expect(widths.filter((t) => t.level === 2)).toEqual([{ level: 2, idx: 0, width: 1 }]);
    // A level-0 tile is the leaf hashes; a level-1 hash is the root of a full level-0 tile.
    expect(store.readTile(0, 5)).toEqual(Buffer.concat(leaves.slice(5 * 256, 6 * 256)));
    expect(store.readTile(1, 0)!.subarray(3 * 32, 4 * 32)).toEqual(rootOfLeafHashes(leaves.slice(3 * 256, 4 * 256)));
    expect(store.readTile(2, 0)).toEqual(rootOfLeafHashes(leaves.slice(0, 65_536)));
    expect(appender.root()).toEqual(rootOfLeafHashes(leaves));
    expect(tilePath(1, 1, 17)).toBe('tile/1/001.p/17');
    expect(tilePath(0, 1_234_067)).toBe('tile/0/x001/x234/067');
  });

  it('gives the same roots and proofs as the leaves in memory, for every earlier size too, and after reopening', () => {
    const appender = new TreeAppender(new SqliteTileStore(db));
    appender.append(entries(0, 40_000));
    const reopened = new TreeAppender(new SqliteTileStore(db));
    expect(reopened.size()).toBe(40_000);
    expect(reopened.root()).toEqual(appender.root());
    reopened.append(entries(40_000, SIZE));
    expect(reopened.root()).toEqual(rootOfLeafHashes(leaves));
    const reader = new TileNodeReader(new SqliteTileStore(db), 4);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: SIZE }), fc.integer({ min: 1, max: SIZE }), fc.nat(), (a, b, pick) => {
        const [size1, size2] = a <= b ? [a, b] : [b, a];
        const index = pick % size2;
        const prefix = new MemoryNodeReader(leaves.slice(0, size2));
        const root2 = treeRoot(size2, reader);
        expect(root2).toEqual(treeRoot(size2, prefix));
        const proof = inclusionProof(index, size2, reader);
        expect(proof).toEqual(inclusionProof(index, size2, prefix));
        verifyInclusion(index, size2, leaves[index], proof, root2);
        const consistency = consistencyProof(size1, size2, reader);
        expect(consistency).toEqual(consistencyProof(size1, size2, prefix));
        verifyConsistency(size1, size2, consistency, treeRoot(size1, reader), root2);
      }),
      { numRuns: 25 },
    );
  });

  it('reads O(log n) stored tiles and nodes per proof', () => {
    const store = new SqliteTileStore(db);
    const appender = new TreeAppender(store);
    appender.append(entries(0, SIZE));
    const reader = new TileNodeReader(store);
    for (const size of [300, 5_000, 65_537, SIZE]) {
      const index = Math.floor(size / 3);
      reader.clearCache();
      const [tiles, nodes] = [reader.tileReads, reader.nodeReads];
      inclusionProof(index, size, reader);
      const log2 = Math.ceil(Math.log2(size));
      // At most two tiles per tile level (the leaf's own, and the partial right edge), one node per tree level plus the right edge.
      expect(reader.tileReads - tiles).toBeLessThanOrEqual(2 * Math.ceil(log2 / 8) + 1);
      expect(reader.nodeReads - nodes).toBeLessThanOrEqual(2 * log2);
    }
  });

  it('checks, not repeats, leaves it already holds, and refuses a different event at a held position', () => {
    const appender = new TreeAppender(new SqliteTileStore(db));
    appender.append(entries(0, 1_000));
    const root = appender.root();
    expect(appender.append(entries(900, 1_100))).toBe(1_100);
    expect(treeRoot(1_000, appender.nodeReader())).toEqual(root);
    const rewritten = entries(950, 1_200);
    rewritten[10] = { position: rewritten[10].position, hash: eventHash(999_999) };
    expect(() => appender.append(rewritten)).toThrow(LogRewrittenError);
    expect(appender.size()).toBe(1_100);
    expect(() => appender.append(entries(1_101, 1_102))).toThrow(/expected position 1101, got 1102/);
    // A gap in the middle of a batch keeps nothing of the batch.
    const before = appender.root();
    expect(() => appender.append([...entries(1_100, 1_105), ...entries(1_106, 1_110)])).toThrow(/expected position 1106, got 1107/);
    expect(appender.size()).toBe(1_100);
    expect(appender.root()).toEqual(before);
    appender.append(entries(1_100, 1_110));
    expect(appender.root()).toEqual(rootOfLeafHashes(leaves.slice(0, 1_110)));
  });
});

import { type NodeId, ProofError, rangeNodes } from '../merkle/proofs';
import { EMPTY_ROOT, eventLeafHashLatin1, HASH_SIZE, hashChildrenLatin1 } from '../merkle/rfc6962';
import { TILE_HEIGHT, TILE_WIDTH, type Tile, type TileStore } from './tile-store.port';
import { TileNodeReader } from './tile-node-reader';

/** The event store holds other events than the log's tree at positions it already covers: history was rewritten. */
export class LogRewrittenError extends Error {
  override readonly name = 'LogRewrittenError';
}

/** A leaf to append: the event at `position` (1-based, gapless), by its envelope hash. */
export interface LeafEntry {
  position: number;
  hash: string;
}

/**
 * Keeps the stored tiles up to date as the log grows. Leaves arrive in position
 * order (after each group commit, or while catching up with the event store at
 * start); the appender holds the tree's right edge in memory (the complete
 * subtrees of the binary decomposition of its size, at most one per level), so
 * each leaf costs one leaf hash and on average one node hash, and each batch one
 * write of the tiles it touched (the partial tile of each level, and any that
 * became full). Hashes are held as latin1 strings (see eventLeafHashLatin1) and
 * become bytes once a tile is written.
 */
export class TreeAppender {
  private treeSize: number;
  /** The right edge: complete subtrees, largest first. */
  private edge: Array<{ level: number; hash: string }> = [];
  /** The partial tile of each tile level, as its hashes so far. */
  private partial: string[][] = [];

  constructor(
    private readonly store: TileStore,
    private readonly reader = new TileNodeReader(store),
  ) {
    this.treeSize = 0;
    this.load();
  }

  /** The right edge and the partial tiles, as the store holds them. */
  private load(): void {
    this.treeSize = this.store.size();
    const ids = this.treeSize === 0 ? [] : rangeNodes(0, this.treeSize);
    this.edge = this.reader.readNodes(ids).map((hash, i) => ({ level: ids[i].level, hash: hash.toString('latin1') }));
    this.partial = [];
    for (let level = 0; TILE_WIDTH ** level <= this.treeSize; level++) {
      const leavesPerHash = TILE_WIDTH ** level;
      const width = Math.floor(this.treeSize / leavesPerHash) % TILE_WIDTH;
      const index = Math.floor(this.treeSize / leavesPerHash / TILE_WIDTH);
      const stored = width > 0 ? this.store.readTile(level, index) : null;
      if (width > 0 && (!stored || stored.length < width * HASH_SIZE)) {
        throw new ProofError(`the stored tree of ${this.treeSize} leaves lacks its partial tile ${level}/${index}`);
      }
      this.partial[level] = stored ? split(stored.subarray(0, width * HASH_SIZE)) : [];
    }
  }

  size(): number {
    return this.treeSize;
  }

  /** The root of the tree as it stands. */
  root(): Buffer {
    if (this.edge.length === 0) return EMPTY_ROOT;
    let hash = this.edge[this.edge.length - 1].hash;
    for (let i = this.edge.length - 2; i >= 0; i--) hash = hashChildrenLatin1(this.edge[i].hash, hash);
    return Buffer.from(hash, 'latin1');
  }

  /** The node reader over this appender's tiles (shares its cache). */
  nodeReader(): TileNodeReader {
    return this.reader;
  }

  /**
   * Appends leaves in position order. Entries the tree already holds are checked,
   * not appended again (a catch-up may overlap what was appended before a crash);
   * one that differs means the event store was rewritten, and nothing is appended.
   */
  append(entries: readonly LeafEntry[]): number {
    const fresh = this.checkOverlap(entries);
    if (fresh.length === 0) return this.treeSize;
    // Tiles touched by the batch, by reference to their hash lists (a tile that fills is replaced by a new list).
    const touched = new Map<string, { level: number; index: number; hashes: string[] }>();
    const push = (level: number, hash: string) => {
      const tile = (this.partial[level] ??= []);
      tile.push(hash);
      const index = Math.floor((this.treeSize - 1) / TILE_WIDTH ** (level + 1));
      touched.set(`${level}/${index}`, { level, index, hashes: tile });
      if (tile.length === TILE_WIDTH) this.partial[level] = [];
    };
    try {
      for (const entry of fresh) {
        if (entry.position !== this.treeSize + 1) {
          throw new ProofError(`leaves must arrive in position order without gaps: expected position ${this.treeSize + 1}, got ${entry.position}`);
        }
        let node = { level: 0, hash: eventLeafHashLatin1(entry.hash) };
        this.treeSize++;
        push(0, node.hash);
        while (this.edge.length > 0 && this.edge[this.edge.length - 1].level === node.level) {
          const left = this.edge.pop()!;
          node = { level: node.level + 1, hash: hashChildrenLatin1(left.hash, node.hash) };
          if (node.level % TILE_HEIGHT === 0) push(node.level / TILE_HEIGHT, node.hash);
        }
        this.edge.push(node);
      }
      const tiles: Tile[] = [...touched.values()].map(({ level, index, hashes }) => ({ level, index, hashes: Buffer.from(hashes.join(''), 'latin1') }));
      this.store.writeTiles(tiles, this.treeSize);
    } catch (error) {
      // A leaf out of order, or the tiles not written (a full disk, a closed database):
      // nothing of the batch is kept, in memory as in the store.
      try {
        this.load();
      } catch {
        // The store cannot be read either: the next call fails as this one did.
      }
      throw error;
    }
    return this.treeSize;
  }

  private checkOverlap(entries: readonly LeafEntry[]): readonly LeafEntry[] {
    const overlap = entries.filter((entry) => entry.position <= this.treeSize);
    if (overlap.length === 0) return entries;
    const ids: NodeId[] = overlap.map((entry) => ({ level: 0, index: entry.position - 1 }));
    const held = this.reader.readNodes(ids);
    overlap.forEach((entry, i) => {
      if (held[i].toString('latin1') !== eventLeafHashLatin1(entry.hash)) {
        throw new LogRewrittenError(
          `position ${entry.position}: the log's tree holds another event there (the event store's event has hash ${entry.hash}); the event store was rewritten below the tree's size ${this.treeSize}`,
        );
      }
    });
    return entries.slice(overlap.length);
  }
}

function split(hashes: Buffer): string[] {
  return Array.from({ length: hashes.length / HASH_SIZE }, (_, i) => hashes.toString('latin1', i * HASH_SIZE, (i + 1) * HASH_SIZE));
}

import { type NodeId, type NodeReader, ProofError } from '../merkle/proofs';
import { HASH_SIZE, hashChildren } from '../merkle/rfc6962';
import { TILE_HEIGHT, TILE_WIDTH, type TileStore } from './tile-store.port';

/**
 * A tile with the subtree levels between its hashes computed: rows[k] holds the nodes k
 * levels above the tile's own, HASH_SIZE bytes each, in one Buffer. One Buffer a row,
 * not one a node: a cached tile is then 8 objects, not 510, and a burst of proofs over
 * scattered leaves leaves that much less garbage behind.
 */
interface ExpandedTile {
  width: number;
  rows: Buffer[];
}

/**
 * Reads complete-subtree hashes from stored tiles. A node at level L lies in the
 * tile at level floor(L/8); for L not a multiple of 8 it is rehashed from the
 * tile's hashes below it (tlog-tiles stores only every eighth level). Tiles are
 * kept, expanded, in a small LRU cache, so a run of proofs over nearby leaves (a
 * pack's per-event proofs) reads each tile once.
 */
export class TileNodeReader implements NodeReader {
  private readonly cache = new Map<string, ExpandedTile>();
  private nodes = 0;

  constructor(
    private readonly store: TileStore,
    private readonly cacheSize = 64,
  ) {}

  /** Node hashes asked for so far (each is one hash in a proof, or a part of one). */
  get nodeReads(): number {
    return this.nodes;
  }

  /** Tiles read from storage so far. */
  get tileReads(): number {
    return this.store.tileReads;
  }

  /** Forgets cached tiles: the next reads go to storage (for measuring a proof's cost cold). */
  clearCache(): void {
    this.cache.clear();
  }

  readNodes(ids: readonly NodeId[]): Buffer[] {
    return ids.map((id) => this.readNode(id));
  }

  private readNode({ level, index }: NodeId): Buffer {
    this.nodes++;
    const tileLevel = Math.floor(level / TILE_HEIGHT);
    const rowInTile = level % TILE_HEIGHT;
    const perTile = TILE_WIDTH / 2 ** rowInTile;
    const tileIndex = Math.floor(index / perTile);
    const at = index % perTile;
    const needWidth = (at + 1) * 2 ** rowInTile;
    const tile = this.tile(tileLevel, tileIndex, needWidth);
    const row = tile?.rows[rowInTile];
    const hash = row && (at + 1) * HASH_SIZE <= row.length ? row.subarray(at * HASH_SIZE, (at + 1) * HASH_SIZE) : null;
    if (!hash) throw new ProofError(`node ${level}/${index} is not in the stored tree (tile ${tileLevel}/${tileIndex} too short or missing)`);
    return hash;
  }

  private tile(level: number, index: number, needWidth: number): ExpandedTile | null {
    const key = `${level}/${index}`;
    const cached = this.cache.get(key);
    if (cached && cached.width >= needWidth) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const stored = this.store.readTile(level, index);
    if (!stored) return null;
    const expanded = expand(stored);
    this.cache.set(key, expanded);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    return expanded;
  }
}

function expand(hashes: Buffer): ExpandedTile {
  const width = hashes.length / HASH_SIZE;
  const node = (row: Buffer, i: number) => row.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE);
  const rows: Buffer[] = [hashes];
  for (let k = 1; k < TILE_HEIGHT; k++) {
    const below = rows[k - 1];
    const count = Math.floor(below.length / HASH_SIZE / 2);
    const row = Buffer.allocUnsafeSlow(count * HASH_SIZE);
    for (let i = 0; i < count; i++) hashChildren(node(below, 2 * i), node(below, 2 * i + 1)).copy(row, i * HASH_SIZE);
    rows.push(row);
  }
  return { width, rows };
}

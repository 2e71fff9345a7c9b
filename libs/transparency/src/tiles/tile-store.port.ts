/**
 * The log's stored tree, laid out as C2SP tlog-tiles lays it out: a tile at level
 * L, index N holds up to 256 consecutive hashes of complete subtrees of height 8L,
 * hash i being MTH(D[(N*256 + i) * 256^L : (N*256 + i + 1) * 256^L]). Level 0
 * holds the leaf hashes. A full tile is 8,192 bytes; the rightmost tile of a
 * level is partial and grows until full. Tiles are append-only: a partial tile of
 * width W is the first W hashes of the same tile at any later size, so every tree
 * size the log ever had can be proven from the stored tiles.
 *
 * Synchronous: the one adapter is embedded SQLite, and a proof reads a handful of
 * tiles (about two per 8 levels of the tree).
 */
export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 256;

export interface Tile {
  level: number;
  index: number;
  /** The tile's hashes, 32 bytes each, in order. */
  hashes: Buffer;
}

export interface TileStore {
  /** Number of leaves the stored tiles cover. */
  size(): number;
  /** The stored tile (full, or the growing partial one), or null when there is none. */
  readTile(level: number, index: number): Buffer | null;
  /** Writes the tiles and the new size together: after a crash the store holds all of a batch or none of it. */
  writeTiles(tiles: readonly Tile[], size: number): void;
  /** Tiles read so far (each readTile call): what a proof costs in storage reads. */
  readonly tileReads: number;
}

/** The path of a tile as tlog-tiles serves it: tile/<L>/<N>[.p/<W>], N in zero-padded 3-digit parts, all but the last prefixed x. */
export function tilePath(level: number, index: number, width = TILE_WIDTH): string {
  const parts: string[] = [];
  let n = index;
  do {
    parts.unshift(String(n % 1000).padStart(3, '0'));
    n = Math.floor(n / 1000);
  } while (n > 0);
  const path = `tile/${level}/${parts.map((p, i) => (i < parts.length - 1 ? `x${p}` : p)).join('/')}`;
  return width === TILE_WIDTH ? path : `${path}.p/${width}`;
}

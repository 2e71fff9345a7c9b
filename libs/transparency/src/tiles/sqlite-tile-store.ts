import Database from 'better-sqlite3';
import { openSqlite } from '@compact-ledger/event-store';
import type { Tile, TileStore } from './tile-store.port';

export const TILES_SCHEMA = `
CREATE TABLE IF NOT EXISTS merkle_tiles (
  level  INTEGER NOT NULL,
  idx    INTEGER NOT NULL,
  hashes BLOB    NOT NULL,
  PRIMARY KEY (level, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS merkle_tree (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  size INTEGER NOT NULL
);
INSERT OR IGNORE INTO merkle_tree (id, size) VALUES (1, 0);
`;

/**
 * Opens (creating) the transparency database: the log's tiles and its checkpoints.
 * WAL with synchronous NORMAL: the tiles are derived from the event store and are
 * caught up from it after a crash, so a tile commit need not wait for an fsync.
 * (Checkpoints are written with a full sync: see SqliteCheckpointStore.)
 */
export function openTransparencyDatabase(file: string, options: { processExclusive?: boolean } = {}): Database.Database {
  // Held by one process (the ledger's own files): no -shm, so a filesystem fault answers errors, never SIGBUS.
  const db = options.processExclusive ? openSqlite(file, { processExclusive: true }) : new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  return db;
}

/**
 * Tiles in one SQLite table, a row per tile: a full tile is an 8 KB blob written
 * once, the partial tile of each level is rewritten as it grows. About 32 bytes per
 * leaf in all (the levels above add 1/256 of that), and one row read per tile.
 */
export class SqliteTileStore implements TileStore {
  private reads = 0;
  private readonly stmt: {
    size: Database.Statement<[], { size: number }>;
    read: Database.Statement<[number, number], { hashes: Buffer }>;
    upsert: Database.Statement<[number, number, Buffer]>;
    setSize: Database.Statement<[number]>;
  };
  private readonly write: (tiles: readonly Tile[], size: number) => void;

  constructor(private readonly db: Database.Database) {
    db.exec(TILES_SCHEMA);
    this.stmt = {
      size: db.prepare('SELECT size FROM merkle_tree WHERE id = 1'),
      read: db.prepare('SELECT hashes FROM merkle_tiles WHERE level = ? AND idx = ?'),
      upsert: db.prepare('INSERT INTO merkle_tiles (level, idx, hashes) VALUES (?, ?, ?) ON CONFLICT (level, idx) DO UPDATE SET hashes = excluded.hashes'),
      setSize: db.prepare('UPDATE merkle_tree SET size = ? WHERE id = 1'),
    };
    this.write = db.transaction((tiles: readonly Tile[], size: number) => {
      for (const tile of tiles) this.stmt.upsert.run(tile.level, tile.index, tile.hashes);
      this.stmt.setSize.run(size);
    });
  }

  size(): number {
    return this.stmt.size.get()!.size;
  }

  readTile(level: number, index: number): Buffer | null {
    this.reads++;
    return this.stmt.read.get(level, index)?.hashes ?? null;
  }

  writeTiles(tiles: readonly Tile[], size: number): void {
    this.write(tiles, size);
  }

  get tileReads(): number {
    return this.reads;
  }
}

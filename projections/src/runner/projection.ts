import type Database from 'better-sqlite3';
import type { RecordedEvent } from '@compact-ledger/event-store';

/**
 * A named, versioned read model. Change its shape: bump the
 * version in the name and let it rebuild from position zero.
 */
export interface Projection {
  readonly name: string;
  /** Tables this projection owns; dropped on rebuild. */
  readonly tables: readonly string[];
  /** Creates its tables if they are missing. */
  createTables(db: Database.Database): void;
  /** Applies a batch of events inside the runner's transaction. */
  applyBatch(db: Database.Database, events: readonly RecordedEvent[]): void;
}

/**
 * A projection whose read model is one JSON document per id, built by a pure
 * evolve(document, event). Most read models here are "the state of one compact"
 * or "the audit of one dispute", which this shape fits; queries read the documents.
 */
export interface DocumentProjectionDefinition<Doc> {
  name: string;
  /** Which document an event belongs to, or null when this projection ignores it. */
  documentId(event: RecordedEvent): string | null;
  evolve(document: Doc | null, event: RecordedEvent): Doc | null;
}

export interface DocumentProjection<Doc> extends Projection {
  readonly table: string;
  get(db: Database.Database, id: string): Doc | null;
  all(db: Database.Database): Doc[];
}

export function documentProjection<Doc>(definition: DocumentProjectionDefinition<Doc>): DocumentProjection<Doc> {
  const table = definition.name;
  // Prepared once per database (a rebuild drops and recreates the table, so they are dropped with it).
  const prepared = new WeakMap<
    Database.Database,
    { select: Database.Statement<[string], { doc: string }>; upsert: Database.Statement; remove: Database.Statement }
  >();
  const statementsFor = (db: Database.Database) => {
    let stmt = prepared.get(db);
    if (!stmt) {
      stmt = {
        select: db.prepare<[string], { doc: string }>(`SELECT doc FROM ${table} WHERE id = ?`),
        upsert: db.prepare(
          `INSERT INTO ${table} (id, doc, position) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, position = excluded.position`,
        ),
        remove: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
      };
      prepared.set(db, stmt);
    }
    return stmt;
  };
  if (!/^[a-z][a-z0-9_]*_v[0-9]+$/.test(table)) throw new Error(`projection name ${table} must be snake_case ending in _v<version>`);
  return {
    name: definition.name,
    table,
    tables: [table],
    createTables(db) {
      prepared.delete(db);
      db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL, position INTEGER NOT NULL)`);
    },
    applyBatch(db, events) {
      const stmt = statementsFor(db);
      const touched = new Map<string, { doc: Doc | null; position: number }>();
      for (const event of events) {
        const id = definition.documentId(event);
        if (id === null) continue;
        const current = touched.has(id) ? touched.get(id)!.doc : parse<Doc>(stmt.select.get(id)?.doc);
        touched.set(id, { doc: definition.evolve(current, event), position: event.position });
      }
      for (const [id, { doc, position }] of touched) {
        if (doc === null) stmt.remove.run(id);
        else stmt.upsert.run(id, JSON.stringify(doc), position);
      }
    },
    get(db, id) {
      return parse<Doc>(db.prepare<[string], { doc: string }>(`SELECT doc FROM ${table} WHERE id = ?`).get(id)?.doc);
    },
    all(db) {
      return db
        .prepare<[], { doc: string }>(`SELECT doc FROM ${table} ORDER BY rowid`)
        .all()
        .map((row) => JSON.parse(row.doc) as Doc);
    },
  };
}

function parse<Doc>(text: string | undefined): Doc | null {
  return text === undefined ? null : (JSON.parse(text) as Doc);
}

/** A stored event's data as the domain event type it was recorded as. */
export function dataOf<Event extends { data: object }>(event: RecordedEvent): Event['data'] {
  return event.data as unknown as Event['data'];
}

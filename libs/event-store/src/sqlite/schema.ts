/**
 * One table, append-only. `position` is the rowid, assigned under SQLite's single
 * write lock in commit order, so a reader never sees a later position before an
 * earlier one commits and positions have no gaps. `data` and `metadata` hold the
 * RFC 8785 texts exactly as they were hashed (see hashedText).
 */
export const EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position  INTEGER PRIMARY KEY,
  stream_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  event_id  TEXT    NOT NULL,
  type      TEXT    NOT NULL,
  data      TEXT    NOT NULL,
  metadata  TEXT    NOT NULL,
  hash      TEXT    NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream_id, revision);
CREATE UNIQUE INDEX IF NOT EXISTS events_event_id ON events (event_id);
`;

/**
 * The parts of the text that was hashed, for SQLite's concat() (one string per row is
 * cheaper to hand to JavaScript than four; concat() builds it in one allocation, where
 * each `||` copies the string so far). The same layout as hashedText(); json_quote
 * escapes as JSON.stringify does for these strings, and a unit spec holds the two equal.
 */
export const HASHED_TEXT_PARTS = `'{"data":', data, ',"metadata":', metadata, ',"revision":', revision, ',"streamId":', json_quote(stream_id), ',"type":', json_quote(type), '}'`;

/** The text that was hashed, as one SQL expression. */
export const HASHED_TEXT = `concat(${HASHED_TEXT_PARTS})`;

import Database from 'better-sqlite3';
import fc from 'fast-check';
import { canonicalJson, hashedText } from '../envelope/hash-chain';
import { HASHED_TEXT } from './schema';

describe('the hashed text as SQLite joins it for verification', () => {
  it('equals hashedText() for any data and envelope, with plain stream ids and types', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE events (stream_id TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT)');
    const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?)');
    const select = db.prepare(`SELECT ${HASHED_TEXT} FROM events`).pluck();
    const plainName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@-]{0,30}$/);
    fc.assert(
      fc.property(
        plainName,
        fc.nat(),
        plainName,
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.string({ unit: 'grapheme' }),
        (streamId, revision, type, data, name) => {
          db.exec('DELETE FROM events');
          const dataJson = canonicalJson(data);
          const metadataJson = canonicalJson({ actor: { name }, prevHash: '0'.repeat(64) });
          insert.run(streamId, revision, type, dataJson, metadataJson);
          expect(select.get()).toBe(hashedText(streamId, revision, type, dataJson, metadataJson));
        },
      ),
      { numRuns: 1000 },
    );
    db.close();
  });
});

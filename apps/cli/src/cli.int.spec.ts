import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { embeddedTokenVerifier, loadOrCreateSigningKey } from '@compact-ledger/auth';
import { hashedText, sha256Hex, SqliteEventStore } from '@compact-ledger/event-store';
import { openReadModelDatabase } from '@compact-ledger/projections';

const bin = join(__dirname, '..', '..', '..', 'bin', 'compact-ledger.js');

describe('npx compact-ledger token', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'token', ...args, '--data-dir', dataDir], { encoding: 'utf8' });

  it('prints a token the ledger accepts, naming the person, role and organisation given', async () => {
    const result = run('--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'partner', '--org', 'kent-county-council');
    expect(result.status).toBe(0);
    const actor = await embeddedTokenVerifier(await loadOrCreateSigningKey(dataDir)).verify(result.stdout.trim());
    expect(actor).toEqual({ subject: 'lead-1', name: 'Ann Lead', role: 'partner', organisation: 'kent-county-council' });
  });

  it.each([
    ['a blank subject', ['--sub', '  ', '--name', 'Ann Lead', '--role', 'secretariat'], /--sub <id>' argument '  ' is invalid. must not be blank/],
    ['a blank name', ['--sub', 'lead-1', '--name', '', '--role', 'secretariat'], /--name <name>' argument '' is invalid. must not be blank/],
    ['a partner with no organisation', ['--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'partner'], /a partner acts for an organisation: give --org/],
    [
      'an organisation that is not an id',
      ['--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'partner', '--org', 'Kent CC'],
      /--org <org>' argument 'Kent CC' is invalid/,
    ],
  ])('refuses %s, printing no token', (_case, args, message) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('with a key file that is not whole, says so in one line naming it, and prints no token', () => {
    mkdirSync(join(dataDir, 'keys'));
    writeFileSync(join(dataDir, 'keys', 'token-signing-key.json'), '');
    const result = run('--sub', 'lead-1', '--name', 'Ann Lead', '--role', 'secretariat');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^compact-ledger: the token-signing key ${join(dataDir, 'keys', 'token-signing-key.json')} is empty \\(0 bytes\\)`)),
    ]);
  });
});

describe('npx compact-ledger verify', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledger-cli-verify-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const verify = () => spawnSync(process.execPath, [bin, 'verify', '--data-dir', dataDir], { encoding: 'utf8' });
  const actor = { subject: 'lead-1', name: 'Ann Lead', role: 'secretariat', organisation: null };

  async function seed(): Promise<void> {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    for (const id of ['a', 'b']) {
      await store.append(
        `compact-${id}`,
        [1, 2].map((n) => ({ type: 'Noted', data: { n }, metadata: { eventId: randomUUID(), actor } })),
        'no_stream',
      );
    }
    await store.close();
  }

  it('says the chain is intact, with how many events and streams it checked, and exits 0', async () => {
    await seed();
    const result = verify();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^intact: 4 events in 2 streams, each hash recomputed and linked to the one before, global positions 1-4 without a gap, each stream in the global order \([0-9.]+ s\)\nnot seen without a signed checkpoint: /,
    );
  });

  it('names the stream, revision and position of an event altered on disk, and exits 2', async () => {
    await seed();
    const db = new Database(join(dataDir, 'events.db'));
    db.prepare(`UPDATE events SET data = '{"n":3}' WHERE stream_id = 'compact-b' AND revision = 1`).run();
    db.close();
    const result = verify();
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^broken: stream compact-b, revision 1, position 4: changed /);
  });

  const alter = (...statements: string[]) => {
    const db = new Database(join(dataDir, 'events.db'));
    for (const sql of statements) db.prepare(sql).run();
    db.close();
  };

  it("finds two events' global positions swapped where that puts a stream out of the global order", async () => {
    await seed(); // compact-a at positions 1-2, compact-b at 3-4
    alter('UPDATE events SET position = 0 WHERE position = 1', 'UPDATE events SET position = 1 WHERE position = 4', 'UPDATE events SET position = 4 WHERE position = 0');
    const result = verify();
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^broken: stream compact-b, revision 1, position 1: reordered \(global position 1 is before its predecessor's position 3\)/);
    expect(result.stdout).toMatch(/\nalso broken: stream compact-a, revision 1, position 2: reordered /);
  });

  it('finds an event removed from the middle of the log by the gap it leaves in the global positions', async () => {
    await seed();
    alter(`DELETE FROM events WHERE stream_id = 'compact-a' AND revision = 1`);
    const result = verify();
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^broken: global position 2 is missing \(missing\)/);
  });

  it('finds the log\'s last event removed when the read models beside it have applied it', async () => {
    await seed();
    const readModels = openReadModelDatabase(join(dataDir, 'read-models.db'));
    readModels.prepare(`INSERT INTO projection_checkpoints (name, position, updated_at) VALUES ('compact_state_v1', 4, '2016-01-01T00:00:00Z')`).run();
    readModels.close();
    alter('DELETE FROM events WHERE position = 4');
    const result = verify();
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^broken: the log ends at position 3, but the read models in the data directory have applied it up to position 4: events at the end of the log are missing/);
  });

  /** Rewrites the event at `position` with new data and the hash of what it now holds, as a careful forger would. */
  const forge = (position: number, data: string) => {
    const db = new Database(join(dataDir, 'events.db'));
    const row = db.prepare('SELECT stream_id, revision, type, metadata FROM events WHERE position = ?').get(position) as {
      stream_id: string;
      revision: number;
      type: string;
      metadata: string;
    };
    const hash = sha256Hex(hashedText(row.stream_id, row.revision, row.type, data, row.metadata));
    db.prepare('UPDATE events SET data = ?, hash = ? WHERE position = ?').run(data, hash, position);
    db.close();
  };

  // What only a signed checkpoint can catch, as the README says: these pass, and say what was not seen.
  it.each([
    ["the log's last event removed, with nothing else in the data directory having seen it", () => alter('DELETE FROM events WHERE position = 4')],
    ["a stream's last event rewritten with its hash recomputed", () => forge(4, '{"n":3}')],
  ])('cannot see %s without a signed checkpoint, and says so', async (_case, tamper) => {
    await seed();
    tamper();
    const result = verify();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("not seen without a signed checkpoint: events removed from the end of the log or of a stream, a stream's last events rewritten with their hashes recomputed");
  });

  it('while an API holds the log, says so in one line at once and exits 1', async () => {
    await seed();
    const held = new SqliteEventStore({ file: join(dataDir, 'events.db'), processExclusive: true });
    try {
      const started = Date.now();
      const result = verify();
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/is held by a running compact-ledger API \(it keeps its files to itself\)/)]);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await held.close();
    }
  });

  it('with no event store in the data directory, says so and exits 1, making none', () => {
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`no event store at ${join(dataDir, 'events.db')}`);
    expect(existsSync(join(dataDir, 'events.db'))).toBe(false);
  });
});

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { embeddedTokenVerifier, loadOrCreateSigningKey } from '@compact-ledger/auth';
import { SqliteEventStore } from '@compact-ledger/event-store';

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
    expect(result.stdout).toMatch(/^intact: 4 events in 2 streams, each hash recomputed and linked to the one before \([0-9.]+ s\)\n$/);
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

  it('with no event store in the data directory, says so and exits 1, making none', () => {
    const result = verify();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`no event store at ${join(dataDir, 'events.db')}`);
    expect(existsSync(join(dataDir, 'events.db'))).toBe(false);
  });
});

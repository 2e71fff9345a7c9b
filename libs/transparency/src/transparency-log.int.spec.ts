import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type NewEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { openCheckpoint, verifyCheckpointConsistency } from './checkpoint/checkpoint';
import { InconsistentLogError } from './checkpoint/checkpoint-issuer';
import { verifyTlogProof } from './checkpoint/tlog-proof';
import { verifyConsistency } from './merkle/proofs';
import { eventLeafHash, rootOfLeafHashes } from './merkle/rfc6962';
import { generateLogKey } from './note/log-key';
import { parseVerifierKey } from './note/signed-note';
import { LogRewrittenError } from './tiles/tree-appender';
import { eventStoreHashSource, TransparencyLog } from './transparency-log';

const actor = { subject: 'secretariat-1', name: 'Test Secretariat', role: 'secretariat', organisation: null };
const event = (i: number): NewEvent => ({ type: 'NoteTaken', data: { n: i }, metadata: { eventId: randomUUID(), actor } });

describe('the transparency log over a real SQLite event store', () => {
  let dir: string;
  let store: SqliteEventStore;
  const key = generateLogKey('ledger.test/compacts');
  const verifier = parseVerifierKey(key.verifierKey);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tlog-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function appendStreams(streams: number, perStream: number, prefix = 's') {
    for (let s = 0; s < streams; s++)
      await store.append(
        `${prefix}-${s}`,
        Array.from({ length: perStream }, (_, i) => event(i)),
        'any',
      );
  }
  const open = (options: Partial<Parameters<typeof TransparencyLog.open>[0]> = {}) =>
    TransparencyLog.open({ file: join(dir, 'transparency.db'), key, source: store, ...options });

  it("catches up with the store, issues signed checkpoints, and proves each event's inclusion as a tlog-proof", async () => {
    await appendStreams(20, 7);
    const log = await open();
    expect(log.size()).toBe(140);
    const checkpoint = await log.issueCheckpoint();
    expect(openCheckpoint(checkpoint.note, verifier)).toMatchObject({ origin: 'ledger.test/compacts', size: 140 });
    for (const recorded of await store.readAll({ limit: 140 })) {
      const proof = log.tlogProof(recorded.position);
      expect(verifyTlogProof(proof, eventLeafHash(recorded.metadata.hash), verifier).index).toBe(recorded.position - 1);
    }
    const someoneElses = (await store.readAll({ after: 9, limit: 1 }))[0];
    expect(() => verifyTlogProof(log.tlogProof(3), eventLeafHash(someoneElses.metadata.hash), verifier)).toThrow();
    // Asking again without growth gives the same checkpoint, not a new one.
    expect((await log.issueCheckpoint()).note).toBe(checkpoint.note);
    log.close();
  });

  it('keeps every checkpoint issued, each provably consistent with every later one', async () => {
    const log = await open({ minCheckpointIntervalMs: 0 });
    const issued = [];
    for (let round = 0; round < 6; round++) {
      await appendStreams(3, round + 1, `r${round}`);
      await log.afterCommit();
      issued.push(log.latestCheckpoint()!);
    }
    expect(log.checkpoints.list().map((c) => c.size)).toEqual(issued.map((c) => c.size));
    for (const older of issued) {
      for (const newer of issued.filter((c) => c.size > older.size)) {
        verifyConsistency(older.size, newer.size, log.consistencyProof(older.size, newer.size), older.root, newer.root);
        expect(verifyCheckpointConsistency(older.note, newer.note, log.consistencyProof(older.size, newer.size), verifier).newer.size).toBe(newer.size);
      }
    }
    const [first, , third] = issued;
    expect(() => verifyCheckpointConsistency(first.note, third.note, log.consistencyProof(first.size + 1, third.size), verifier)).toThrow();
    log.close();
  });

  it('hands each checkpoint issued to onCheckpointIssued once stored, whether after growth or on demand; a failing one is reported, not thrown', async () => {
    const errors: unknown[] = [];
    const heard: number[] = [];
    const log = await open({
      minCheckpointIntervalMs: 0,
      onError: (error) => errors.push(error),
      onCheckpointIssued: (checkpoint) => {
        heard.push(log.checkpointAt(checkpoint.size)!.size);
        if (checkpoint.size === 7) throw new Error('a listener failed');
      },
    });
    await appendStreams(2, 2);
    await log.afterCommit();
    await appendStreams(1, 3, 'b');
    expect((await log.issueCheckpoint()).size).toBe(7);
    expect((await log.issueCheckpoint()).size).toBe(7);
    expect(heard).toEqual([4, 7]);
    expect(errors.map((e) => (e as Error).message)).toEqual(['a listener failed']);
    log.close();
  });

  it('issues at most one checkpoint a second after growth, and one for the last growth when that second is over', async () => {
    jest.useFakeTimers({ now: new Date('2026-03-01T09:00:00Z'), doNotFake: ['setImmediate', 'nextTick'] });
    try {
      const log = await open();
      await appendStreams(1, 1);
      await log.afterCommit();
      expect(log.latestCheckpoint()!.size).toBe(1);
      await appendStreams(1, 2, 'b');
      await log.afterCommit();
      await appendStreams(1, 3, 'c');
      await log.afterCommit();
      expect(log.checkpoints.list()).toHaveLength(1);
      jest.advanceTimersByTime(1000);
      expect(log.checkpoints.list().map((c) => c.size)).toEqual([1, 6]);
      expect(log.latestCheckpoint()!.issuedAt).toBe('2026-03-01T09:00:01.000Z');
      log.close();
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps up with appends committed while it catches up', async () => {
    const log = await open({ minCheckpointIntervalMs: 0 });
    const unsubscribe = store.onCommit(() => void log.afterCommit());
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.append(`w-${i}`, [event(i), event(i + 1)], 'no_stream')));
    await log.afterCommit();
    unsubscribe();
    expect(log.size()).toBe(await store.headPosition());
    expect((await log.issueCheckpoint()).size).toBe(80);
    log.close();
  });

  it('serves its tiles as tlog-tiles lays them out, full and partial', async () => {
    await appendStreams(30, 10);
    const log = await open();
    const leaves = (await store.readAll({ limit: 300 })).map((e) => eventLeafHash(e.metadata.hash));
    expect(log.tile(0, 0)).toEqual(Buffer.concat(leaves.slice(0, 256)));
    expect(log.tile(0, 1, 44)).toEqual(Buffer.concat(leaves.slice(256, 300)));
    expect(log.tile(0, 1, 45)).toBeNull();
    expect(log.tile(0, 1)).toBeNull();
    expect(log.tile(1, 0, 1)).toEqual(rootOfLeafHashes(leaves.slice(0, 256)));
    log.close();
  });

  it('reports a failure after a commit to onError, never as a rejection left unhandled', async () => {
    const errors: unknown[] = [];
    const log = await open({ onError: (error) => errors.push(error) });
    log.close();
    await appendStreams(1, 1);
    await expect(log.afterCommit()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it('works from any event store through its port (readAll)', async () => {
    await appendStreams(4, 5);
    const viaPort = await open({ source: eventStoreHashSource(store), file: join(dir, 'other.db') });
    const direct = await open();
    expect(viaPort.root()).toEqual(direct.root());
    viaPort.close();
    direct.close();
  });

  it('refuses to sign again when the event store was rewritten below a checkpoint and the tree rebuilt from it', async () => {
    await appendStreams(10, 10);
    let log = await open();
    const before = await log.issueCheckpoint();
    log.close();
    // Someone rewrites an event's hash in the store and rebuilds the tree from it.
    const events = new Database(join(dir, 'events.db'));
    events.prepare('UPDATE events SET hash = ? WHERE position = 37').run('ab'.repeat(32));
    events.close();
    const tlog = new Database(join(dir, 'transparency.db'));
    tlog.exec('DELETE FROM merkle_tiles; UPDATE merkle_tree SET size = 0;');
    tlog.close();
    log = await open();
    await appendStreams(1, 1, 'later');
    await log.sync();
    expect(() => log.consistencyProof(before.size, log.size())).not.toThrow();
    await expect(log.issueCheckpoint()).rejects.toThrow(InconsistentLogError);
    expect(log.latestCheckpoint()!.note).toBe(before.note);
    log.close();
  });

  it('refuses to open over an event store that was cut short or replaced', async () => {
    await appendStreams(5, 5);
    (await open()).close();
    await store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `events.db${suffix}`), { force: true });
    store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
    await appendStreams(2, 5, 'new');
    await expect(open()).rejects.toThrow(LogRewrittenError);
    await appendStreams(3, 5, 'more');
    await expect(open()).rejects.toThrow(/position 25: the log's tree holds another event/);
  });
});

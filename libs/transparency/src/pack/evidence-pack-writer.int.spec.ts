import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { type RecordedEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { generateLogKey } from '../note/log-key';
import { TransparencyLog } from '../transparency-log';
import { eventsOfStreams } from './events-of-streams';
import { EvidencePackError } from './event-line';
import { type EvidencePackInput, writeEvidencePack } from './evidence-pack-writer';

const sink = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

describe('the evidence pack writer refuses what would make a false pack', () => {
  let dir: string;
  let store: SqliteEventStore;
  let log: TransparencyLog;
  let events: RecordedEvent[];
  let base: Omit<EvidencePackInput, 'events'>;
  const key = generateLogKey('ledger.test/compacts');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pack-writer-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
    const actor = { subject: 's', name: 'S', role: 'secretariat', organisation: null };
    for (let i = 0; i < 6; i++) {
      for (const stream of ['compact-a', 'dispute-a-1', 'compact-b']) {
        await store.append(stream, [{ type: 'Noted', data: { i }, metadata: { eventId: randomUUID(), actor } }], 'any');
      }
    }
    log = await TransparencyLog.open({ file: join(dir, 'transparency.db'), key, source: store });
    const checkpoint = await log.issueCheckpoint();
    base = { checkpoint: checkpoint.note, prover: log, signer: key.signer };
    events = [];
    for await (const event of eventsOfStreams(store, ['compact-a', 'dispute-a-1'], checkpoint.size, { pageSize: 2 })) events.push(event);
  });
  afterAll(async () => {
    log.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('merges the streams in position order, paging each', () => {
    expect(events).toHaveLength(12);
    expect(events.map((e) => e.position)).toEqual([1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17]);
  });

  it('writes a pack of them', async () => {
    const summary = await writeEvidencePack({ ...base, events }, sink());
    expect(summary.streams.map((s) => [s.streamId, s.count, s.headRevision])).toEqual([
      ['compact-a', 6, 5],
      ['dispute-a-1', 6, 5],
    ]);
    expect(summary.proofs).toBe(12);
  });

  it('refuses events out of position order', async () => {
    const swapped = [events[1], events[0], ...events.slice(2)];
    await expect(writeEvidencePack({ ...base, events: swapped }, sink())).rejects.toThrow(/position order: position 1 after 2/);
  });

  it('refuses a stream missing a revision', async () => {
    await expect(writeEvidencePack({ ...base, events: events.filter((_, i) => i !== 2) }, sink())).rejects.toThrow(EvidencePackError);
  });

  it('refuses an event that does not hash to its recorded hash', async () => {
    const damaged = events.map((e, i) => (i === 3 ? { ...e, data: { i: 99 } } : e));
    await expect(writeEvidencePack({ ...base, events: damaged }, sink())).rejects.toThrow(
      /stream dispute-a-1, revision 1 .* does not hash to its recorded hash/,
    );
  });

  it('refuses an evidence file that no longer hashes to its recorded hash', async () => {
    const evidence = [{ sha256: 'a'.repeat(64), content: Readable.from([Buffer.from('not what was recorded')]) }];
    await expect(writeEvidencePack({ ...base, events, evidence }, sink())).rejects.toThrow(/recorded as a{64} now hashes to/);
  });

  it('fails, without hanging, when a proof cannot be made or an evidence file cannot be read', async () => {
    const prover = {
      inclusionProof: () => {
        throw new Error('the tiles are gone');
      },
    };
    await expect(writeEvidencePack({ ...base, events, prover }, sink())).rejects.toThrow('the tiles are gone');
    const broken = new Readable({
      read() {
        this.destroy(new Error('disk read failed'));
      },
    });
    await expect(writeEvidencePack({ ...base, events, evidence: [{ sha256: 'b'.repeat(64), content: broken }] }, sink())).rejects.toThrow('disk read failed');
  });

  it("refuses to sign the manifest with another log's key", async () => {
    await expect(writeEvidencePack({ ...base, events, signer: generateLogKey('other.example').signer }, sink())).rejects.toThrow(
      /checkpoint is of the log ledger\.test\/compacts/,
    );
  });

  it('refuses a whole-log pack with positions missing', async () => {
    await expect(writeEvidencePack({ ...base, events, scope: 'log' }, sink())).rejects.toThrow(/needs every position: 3 is missing/);
  });
});

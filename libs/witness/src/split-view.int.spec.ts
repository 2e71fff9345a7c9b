import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { canonicalEnvelope, canonicalJson, hashedText, sha256Hex, SqliteEventStore } from '@compact-ledger/event-store';
import { eventsOfStreams, generateLogKey, TransparencyLog, VERIFY_MJS_PATH, writeEvidencePack } from '@compact-ledger/transparency';
import { SqliteCosignatureStore } from './coordinator/cosignature-store';
import { WitnessCoordinator } from './coordinator/witness-coordinator';
import { parseWitnessList } from './coordinator/witness-list';
import { type RunningWitness, startWitness } from './testing/witness-fixture';
import { parseFollowedLogs } from './witness/followed-logs';

/**
 * A split view: the ledger's operator rewrites one event below a size its witnesses
 * cosigned, rebuilds the tree over the rewritten log and issues a checkpoint over it,
 * signed with the log's real key. The witnesses that saw the old history refuse it
 * (422); a pack anchored to it is valid by the log's key alone, and fails a 2-of-3
 * witness policy, which names why.
 */
const actor = { subject: 'secretariat-1', name: 'Partnership Secretariat', role: 'secretariat', organisation: null };
const STREAMS = ['compact-kent', 'compact-cheshire'];

async function record(store: SqliteEventStore, count: number, from = 0): Promise<void> {
  for (let i = from; i < from + count; i++) {
    await store.append(
      STREAMS[i % 2],
      [{ type: 'CompactClauseAmended', data: { clause: `4.${i}`, text: `Partners meet every ${i + 1} weeks` }, metadata: { eventId: randomUUID(), actor } }],
      'any',
    );
  }
}

/** As someone holding the store's file could: an event's data changed, its hash and every later prevHash and hash in its stream recomputed. */
function rewrite(file: string, streamId: string, revision: number): void {
  const db = new Database(file);
  const rows = db
    .prepare('SELECT position, revision, type, data, metadata FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision')
    .all(streamId, revision) as Array<{
    position: number;
    revision: number;
    type: string;
    data: string;
    metadata: string;
  }>;
  let prevHash: string | null = null;
  for (const row of rows) {
    const data = row.revision === revision ? canonicalJson({ ...JSON.parse(row.data), text: 'Partners need never meet' }) : row.data;
    const envelope = JSON.parse(row.metadata);
    if (prevHash !== null) envelope.prevHash = prevHash;
    const metadata = canonicalEnvelope(envelope);
    const hash = sha256Hex(hashedText(streamId, row.revision, row.type, data, metadata));
    db.prepare('UPDATE events SET data = ?, metadata = ?, hash = ? WHERE position = ?').run(data, metadata, hash, row.position);
    prevHash = hash;
  }
  db.close();
}

describe('a split view, caught by the witnesses and by a 2-of-3 policy', () => {
  let dir: string;
  let witnesses: RunningWitness[];
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'split-view-'))));
  afterEach(async () => {
    await Promise.all(witnesses.map((w) => w.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('the rewritten checkpoint gets no cosignature from the witnesses that cosigned the old history, and its pack fails 2 of 3, naming them', async () => {
    const key = generateLogKey('ledger.example/compacts');
    const followed = parseFollowedLogs([{ text: key.verifierKey, where: 'test' }]);
    witnesses = await Promise.all(
      ['nhs-trust.example/witness', 'council.example/witness', 'icb.example/witness'].map((name) => startWitness(followed, { name })),
    );
    const policyFile = join(dir, 'partners.policy');
    writeFileSync(
      policyFile,
      [
        `log ${key.verifierKey}`,
        `witness trust ${witnesses[0].signer.verifierKey}`,
        `witness council ${witnesses[1].signer.verifierKey}`,
        `witness icb ${witnesses[2].signer.verifierKey}`,
        'group partners 2 trust council icb',
        'quorum partners',
      ].join('\n'),
    );
    const cosignatures = new SqliteCosignatureStore(join(dir, 'witnesses.db'));
    const eventsFile = join(dir, 'events.db');
    const store = new SqliteEventStore({ file: eventsFile, synchronous: 'NORMAL' });
    const coordinatorOver = (log: TransparencyLog) =>
      new WitnessCoordinator({
        witnesses: parseWitnessList(witnesses.map((w) => `${w.signer.verifierKey} ${w.url}`).join(',')),
        store: cosignatures,
        proofs: log,
        checkpoints: log,
        timeoutMs: 2000,
      });
    const pack = async (log: TransparencyLog, note: string, size: number, name: string) => {
      const file = join(dir, name);
      const out = createWriteStream(file);
      await writeEvidencePack({ checkpoint: note, events: eventsOfStreams(store, STREAMS, size), prover: log, signer: key.signer }, out);
      return file;
    };
    const verifyPack = (file: string, ...args: string[]) => spawnSync(process.execPath, [VERIFY_MJS_PATH, ...args, file], { encoding: 'utf8' });

    try {
      // The honest history: 20 events, a checkpoint, cosigned by all three.
      await record(store, 20);
      const honestLog = await TransparencyLog.open({ file: join(dir, 'transparency.db'), key, source: store });
      const honest = await honestLog.issueCheckpoint();
      const coordinator = coordinatorOver(honestLog);
      const honestNote = await coordinator.submit(honest.note, honestLog);
      expect(coordinator.status().map((s) => s.state)).toEqual(['cosigned', 'cosigned', 'cosigned']);
      const honestPack = await pack(honestLog, honestNote, honest.size, 'honest.zip');
      const valid = verifyPack(honestPack, '--policy', policyFile);
      expect(valid.stdout).toMatch(/^VALID: /);
      expect(valid.stdout).toContain('witnessed as the policy requires (quorum partners: 2 of trust, council, icb):');
      expect(valid.stdout).toMatch(/trust \(nhs-trust\.example\/witness\) cosigned at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
      await coordinator.close();
      honestLog.close();

      // The ICB's witness is moved to a new machine and starts again with no state.
      await witnesses[2].stop();
      witnesses[2] = await startWitness(followed, { signer: witnesses[2].signer });

      // The operator rewrites revision 3 of compact-kent (position 7, below the 20 cosigned), the log grows,
      // and a tree built afresh over the rewritten store gets a checkpoint signed with the real key.
      rewrite(eventsFile, 'compact-kent', 3);
      await record(store, 6, 20);
      const forgedLog = await TransparencyLog.open({ file: join(dir, 'transparency-rewritten.db'), key, source: store });
      const forged = await forgedLog.issueCheckpoint();
      expect(forged.size).toBe(26);
      const rewired = coordinatorOver(forgedLog);
      const forgedNote = await rewired.submit(forged.note, forgedLog);
      const states = rewired.status();
      expect(states.map((s) => s.state)).toEqual(['inconsistent', 'inconsistent', 'cosigned']);
      expect(states[0].lastError).toMatch(/^ALARM: it refused the checkpoint of 26 events as inconsistent with the 20 it cosigned before \(422\)/);
      expect(witnesses[0].store.get(key.name)!.size).toBe(20);
      await rewired.close();

      const forgedPack = await pack(forgedLog, forgedNote, forged.size, 'rewritten.zip');
      // By the log's key alone the rewritten history is consistent: nothing in the pack contradicts itself.
      expect(verifyPack(forgedPack, '--key', key.verifierKey)).toMatchObject({ status: 0 });
      const refused = verifyPack(forgedPack, '--policy', policyFile);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toMatch(
        /^INVALID: the checkpoint has 1 valid cosignature, short of the policy's quorum \(partners: 2 of trust, council, icb\): trust \(nhs-trust\.example\/witness\): no cosignature; council \(council\.example\/witness\): no cosignature; icb \(icb\.example\/witness\) cosigned at \S+Z\n$/,
      );
      // The same with the witnesses' keys on the command line.
      const byFlags = verifyPack(forgedPack, '--key', key.verifierKey, ...witnesses.flatMap((w) => ['--witness', w.signer.verifierKey]), '--quorum', '2');
      expect(byFlags.status).toBe(1);
      expect(byFlags.stdout).toContain("short of the policy's quorum (witnesses: 2 of w1, w2, w3)");
      forgedLog.close();
    } finally {
      cosignatures.close();
      await store.close();
    }
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { canonicalEnvelope, canonicalJson, hashedText, type RecordedEvent, sha256Hex } from '@compact-ledger/event-store';
import {
  generateLogKey,
  inclusionProof,
  openCheckpoint,
  openTransparencyDatabase,
  parseVerifierKey,
  ProofError,
  signCheckpoint,
  SqliteTileStore,
  TreeAppender,
  VERIFY_MJS_PATH,
  verifyCheckpointConsistency,
  writeEvidencePack,
} from '@compact-ledger/transparency';
import { compactWithDisputes } from '../support/evidence-scenario';
import { LedgerTestApp } from '../support/ledger-test-app';
import { unzipTo } from '../support/zip-files';

const verify = (path: string, key: string) => spawnSync(process.execPath, [VERIFY_MJS_PATH, '--key', key, path], { encoding: 'utf8' });

async function downloadPack(ledger: LedgerTestApp, url: string, file: string): Promise<void> {
  const response = await ledger
    .as('regulator')
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  writeFileSync(file, response.body as Buffer);
}

/** An event line's record, hashed again after a change (what someone rewriting the log would do to keep its chains whole). */
function rehash(event: RecordedEvent): RecordedEvent {
  const { hash: _old, ...envelope } = event.metadata;
  const hash = sha256Hex(hashedText(event.streamId, event.revision, event.type, canonicalJson(event.data), canonicalEnvelope(envelope)));
  return { ...event, metadata: { ...event.metadata, hash } };
}

/**
 * A rewritten history: the compact's first event says another title, and every later
 * event of its stream is hashed again so its chain stays whole. Answers the rewritten
 * events by position.
 */
function rewriteCompactTitle(events: RecordedEvent[], compactStreamId: string): Map<number, RecordedEvent> {
  const rewritten = new Map<number, RecordedEvent>();
  let previous: string | null = null;
  for (const event of events.filter((e) => e.streamId === compactStreamId)) {
    let changed = event;
    if (event.revision === 0) changed = { ...event, data: { ...(event.data as object), title: 'A compact no one signed' } };
    else changed = { ...event, metadata: { ...event.metadata, prevHash: previous! } };
    changed = rehash(changed);
    previous = changed.metadata.hash;
    rewritten.set(event.position, changed);
  }
  return rewritten;
}

/** Packs exported by the API, altered as someone might, and checked by the verify.mjs inside them: each alteration found and named. */
describe('Tampering with an evidence pack exported by the API', () => {
  let ledger: LedgerTestApp;
  let other: LedgerTestApp;
  let scenario: Awaited<ReturnType<typeof compactWithDisputes>>;
  let key: string;
  const dir = mkdtempSync(join(tmpdir(), 'evidence-tamper-'));
  let pack: string;

  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    other = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    scenario = await compactWithDisputes(ledger);
    await compactWithDisputes(other);
    key = (await ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey;
    await downloadPack(ledger, `/compacts/${scenario.compactId}/evidence`, join(dir, 'pack.zip'));
    pack = await unzipTo(join(dir, 'pack.zip'), join(dir, 'pack'));
  });
  afterAll(async () => {
    await ledger.stop();
    await other.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  let copies = 0;
  /** A copy of the unpacked pack, altered by `change`, checked. */
  const tampered = (change: (folder: string) => void, verifierKey = key) => {
    const folder = join(dir, `copy-${copies++}`);
    cpSync(pack, folder, { recursive: true });
    change(folder);
    return verify(folder, verifierKey);
  };
  const lines = (folder: string) => readFileSync(join(folder, 'events.jsonl'), 'utf8').trimEnd().split('\n');
  const writeLines = (folder: string, list: string[]) => writeFileSync(join(folder, 'events.jsonl'), `${list.join('\n')}\n`);
  const compactStreamId = () => `compact-${scenario.compactId}`;

  it('the pack as exported, and unpacked, is valid', () => {
    expect(verify(join(dir, 'pack.zip'), key).status).toBe(0);
    expect(tampered(() => undefined).status).toBe(0);
  });

  it('a changed byte in an event: the event is named, and its hash', () => {
    const result = tampered((folder) => {
      const list = lines(folder);
      list[0] = list[0].replace('Nottinghamshire', 'Nottinghamshirf');
      writeLines(folder, list);
    });
    expect(result.stdout).toMatch(new RegExp(`^INVALID: stream ${compactStreamId()}, revision 0 \\(position \\d+\\): the event's content does not hash to its recorded hash`));
    expect(result.status).toBe(1);
  });

  it('a removed event: the revision missing is named', () => {
    const result = tampered((folder) => writeLines(folder, lines(folder).filter((_, i) => i !== 3)));
    expect(result.stdout).toMatch(/^INVALID: stream \S+, revision \d+ .*revision 3 of the stream is missing/);
    expect(result.status).toBe(1);
  });

  it('two events swapped: out of order', () => {
    const result = tampered((folder) => {
      const list = lines(folder);
      [list[1], list[2]] = [list[2], list[1]];
      writeLines(folder, list);
    });
    expect(result.stdout).toMatch(/^INVALID: .*(out of order|missing)/);
    expect(result.status).toBe(1);
  });

  it('an event added: the repeated revision is named', () => {
    const result = tampered((folder) => {
      const list = lines(folder);
      writeLines(folder, [...list, list[list.length - 1]]);
    });
    expect(result.stdout).toMatch(/^INVALID: .*(comes again|out of order)/);
    expect(result.status).toBe(1);
  });

  it("a stream cut short (its last events removed): the manifest's head is named", () => {
    const result = tampered((folder) => {
      const list = lines(folder);
      const ofCompact = list.map((line, i) => [line, i] as const).filter(([line]) => line.includes(`"streamId":"${compactStreamId()}"`));
      const cut = new Set(ofCompact.slice(-3).map(([, i]) => i));
      writeLines(folder, list.filter((_, i) => !cut.has(i)));
    });
    expect(result.stdout).toMatch(new RegExp(`^INVALID: stream ${compactStreamId()}: the manifest lists \\d+ events up to revision \\d+ .*: the stream was cut short`));
    expect(result.status).toBe(1);
  });

  it("a changed manifest: its signature breaks", () => {
    const result = tampered((folder) => {
      const manifest = readFileSync(join(folder, 'manifest'), 'utf8');
      writeFileSync(join(folder, 'manifest'), manifest.replace(/^(stream \S+ )(\d+)/m, (_m, head: string, count: string) => `${head}${Number(count) - 1}`));
    });
    expect(result.stdout).toMatch(/^INVALID: the manifest's signature by \S+ does not verify: the manifest was altered after it was signed/);
    expect(result.status).toBe(1);
  });

  it('the wrong key: another ledger’s', async () => {
    const otherKey = (await other.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey;
    const result = verify(join(dir, 'pack.zip'), otherKey);
    expect(result.stdout).toMatch(/^INVALID: the checkpoint is from another log: its origin is \S+, the key given is for \S+/);
    expect(result.status).toBe(1);
    // A key of the same name but not the ledger's.
    const impostor = generateLogKey(parseVerifierKey(key).name).verifierKey;
    expect(verify(join(dir, 'pack.zip'), impostor).stdout).toMatch(/^INVALID: the checkpoint is not signed by the key given/);
  });

  it('a checkpoint from another ledger put in its place', async () => {
    const foreign = (await other.http.get('/ledger/checkpoint').expect(200)).text;
    const result = tampered((folder) => writeFileSync(join(folder, 'checkpoint'), foreign));
    expect(result.stdout).toMatch(/^INVALID: the checkpoint is from another log/);
    expect(result.status).toBe(1);
  });

  it('a forged checkpoint over a rewritten log: whole and consistent in itself, it fails only on the key, which is not the ledger’s', async () => {
    const origin = parseVerifierKey(key).name;
    const packed = lines(pack).map((line) => JSON.parse(line) as RecordedEvent);
    const size = openCheckpoint(readFileSync(join(pack, 'checkpoint'), 'utf8'), parseVerifierKey(key)).size;
    const rewritten = rewriteCompactTitle(packed, compactStreamId());
    // The forger's tree over the whole log as rewritten, and a checkpoint over it under the ledger's name.
    const all = await ledger.store.readAll({ after: 0, limit: size });
    const tiles = openTransparencyDatabase(join(dir, 'forged-tiles.db'));
    const appender = new TreeAppender(new SqliteTileStore(tiles));
    appender.append(all.map((e) => ({ position: e.position, hash: (rewritten.get(e.position) ?? e).metadata.hash })));
    const forger = generateLogKey(origin);
    const forgedCheckpoint = signCheckpoint({ origin, size, root: appender.root() }, forger.signer);
    const out = join(dir, 'forged.zip');
    await writeEvidencePack(
      {
        checkpoint: forgedCheckpoint,
        events: packed.map((e) => rewritten.get(e.position) ?? e),
        prover: { inclusionProof: (index, treeSize) => inclusionProof(index, treeSize, appender.nodeReader()) },
        signer: forger.signer,
        proofs: 'heads',
      },
      createWriteStream(out),
    );
    tiles.close();
    expect(verify(out, forger.verifierKey).status).toBe(0);
    const result = verify(out, key);
    expect(result.stdout).toMatch(/^INVALID: the checkpoint is not signed by the key given/);
    expect(result.status).toBe(1);
  });
});

/** Checkpoints of one ledger as it grows prove consistent with each other; a log rewritten below an earlier checkpoint is caught. */
describe('Consistency across growth, through the API', () => {
  it('checkpoints at many sizes all prove consistent with each other (any pair, property-based)', async () => {
    const ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    try {
      const key = parseVerifierKey((await ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey);
      const notes: string[] = [];
      for (let step = 0; step < 16; step++) {
        // Growth of 1 to 3 events a step; a proof of the newest event makes the ledger issue a checkpoint covering it.
        let position = 0;
        for (let k = 0; k <= step % 3; k++) {
          position = (await ledger.as('secretariat').post('/compacts').send({ title: `Compact ${step}.${k}`, covers: 'Assumed for the test', description: null }).expect(201))
            .body.position;
        }
        const proof = (await ledger.http.get(`/ledger/events/${position}/proof`).expect(200)).text;
        notes.push(proof.slice(proof.indexOf('\n\n') + 2));
      }
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: notes.length - 1 }), fc.integer({ min: 0, max: notes.length - 1 }), async (i, j) => {
          const [older, newer] = i <= j ? [notes[i], notes[j]] : [notes[j], notes[i]];
          const [from, to] = [openCheckpoint(older, key).size, openCheckpoint(newer, key).size];
          const { body } = await ledger.http.get(`/ledger/proofs/consistency?from=${from}&to=${to}`).expect(200);
          verifyCheckpointConsistency(older, newer, body.hashes.map((h: string) => Buffer.from(h, 'base64')), key);
        }),
        { numRuns: 60 },
      );
    } finally {
      await ledger.stop();
    }
  });

  it('a log rewritten below an earlier checkpoint (events and tree made again) is caught by the consistency proof from that checkpoint', async () => {
    let ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 100_000 });
    try {
      const scenario = await compactWithDisputes(ledger);
      const key = parseVerifierKey((await ledger.http.get('/ledger/keys').expect(200)).body.transparencyLog.verifierKey);
      const earlier = (await ledger.http.get(`/ledger/events/${scenario.lastPosition}/proof`).expect(200)).text.split('\n\n').slice(1).join('\n\n');
      const events = await ledger.store.readAll({ after: 0, limit: 10_000 });
      await ledger.app.close();

      // Whoever holds the data directory rewrites the compact's history, hashes and chain included, and lets the tree be built again.
      const rewritten = rewriteCompactTitle(events, `compact-${scenario.compactId}`);
      const db = new Database(join(ledger.dataDir, 'events.db'));
      const update = db.prepare('UPDATE events SET data = ?, metadata = ?, hash = ? WHERE position = ?');
      for (const [position, event] of rewritten) {
        const { hash, ...envelope } = event.metadata;
        update.run(canonicalJson(event.data), canonicalEnvelope(envelope), hash, position);
      }
      db.close();
      rmSync(join(ledger.dataDir, 'transparency.db'), { force: true });
      rmSync(join(ledger.dataDir, 'transparency.db-wal'), { force: true });
      rmSync(join(ledger.dataDir, 'transparency.db-shm'), { force: true });

      ledger = await ledger.restart();
      const { position } = (await ledger.as('secretariat').post('/compacts').send({ title: 'After the rewrite', covers: 'Assumed for the test', description: null }).expect(201)).body;
      const later = (await ledger.http.get(`/ledger/events/${position}/proof`).expect(200)).text.split('\n\n').slice(1).join('\n\n');
      const from = openCheckpoint(earlier, key).size;
      const to = openCheckpoint(later, key).size;
      const { body } = await ledger.http.get(`/ledger/proofs/consistency?from=${from}&to=${to}`).expect(200);
      expect(() => verifyCheckpointConsistency(earlier, later, body.hashes.map((h: string) => Buffer.from(h, 'base64')), key)).toThrow(ProofError);
    } finally {
      await ledger.stop();
    }
  });
});

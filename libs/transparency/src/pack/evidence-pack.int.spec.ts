import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { canonicalEnvelope, canonicalJson, hashedText, SqliteEventStore, sha256Hex } from '@compact-ledger/event-store';
import { generateLogKey, type LogKey } from '../note/log-key';
import { buildPack, editLines, recordCompactHistory, rewriteHistory, rezip, runVerifier, unzip } from './testing/pack-fixture';

/**
 * Evidence packs written from a real SQLite event store, checked by verify.mjs run as
 * a regulator runs it (node, a child process), then altered as someone who holds the
 * pack might alter it: each alteration is found, and named.
 */
describe('evidence packs and verify.mjs', () => {
  let root: string;
  let key: LogKey;
  let packDir: string;
  let zipFile: string;
  let folder: string;
  let store: SqliteEventStore;
  const evidence = [Buffer.from('Minutes of the partnership board, 4 March: the chair ruled the concern out of scope.'), Buffer.from('%PDF-1.4 a letter')];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'evidence-pack-'));
    key = generateLogKey('ledger.test/compacts');
    packDir = join(root, 'ledger');
    mkdirSync(packDir);
    const built = await buildPack(packDir, key, { evidence });
    built.log.close();
    store = built.store;
    zipFile = built.file;
    folder = join(root, 'unpacked');
    await unzip(zipFile, folder);
  });
  afterAll(async () => {
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** A fresh copy of the unpacked pack to alter. */
  let copies = 0;
  function copy(from = folder): string {
    const target = join(root, `copy-${++copies}`);
    cpSync(from, target, { recursive: true });
    return target;
  }
  /** An unpacked pack zipped again, as someone who altered it would. */
  async function zipped(dir: string): Promise<string> {
    const names = (readdirSync(dir, { recursive: true }) as string[])
      .filter((name) => statSync(join(dir, name)).isFile())
      .map((name) => name.split(sep).join('/'));
    const file = `${dir}.zip`;
    await rezip(dir, names, file);
    return file;
  }
  const verify = (target: string, vkey = key.verifierKey) => runVerifier(['--key', vkey, target]);
  const eventsOf = (dir: string) =>
    readFileSync(join(dir, 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
  const lineIndex = (dir: string, streamId: string, revision: number) => eventsOf(dir).findIndex((e) => e.streamId === streamId && e.revision === revision);

  it('holds the files the issue lists', () => {
    expect(readdirSync(folder).sort()).toEqual(['VERIFY.txt', 'checkpoint', 'events.jsonl', 'evidence', 'manifest', 'proofs', 'report.html', 'verify.mjs']);
    expect(readFileSync(join(folder, 'verify.mjs'))).toEqual(readFileSync(join(__dirname, 'verify.mjs')));
    expect(readFileSync(join(folder, 'VERIFY.txt'), 'utf8')).toContain("node verify.mjs --key '<the verifier key>'");
    expect(readdirSync(join(folder, 'proofs'))).toHaveLength(22);
    const events = eventsOf(folder);
    expect(events.map((e) => e.position)).toEqual([...events.map((e) => e.position)].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.streamId))).toEqual(new Set(['compact-c1', 'dispute-c1-1', 'board-c1-1']));
  });

  it('writes each event as the RFC 8785 form of the whole record, its hash the SHA-256 of the record without position and hash', () => {
    for (const line of readFileSync(join(folder, 'events.jsonl'), 'utf8').trim().split('\n')) {
      const record = JSON.parse(line);
      expect(canonicalJson(record)).toBe(line);
      const { hash, ...envelope } = record.metadata;
      expect(sha256Hex(hashedText(record.streamId, record.revision, record.type, canonicalJson(record.data), canonicalJson(envelope)))).toBe(hash);
    }
  });

  it('is valid, zipped and unpacked, and by default checks the folder verify.mjs stands in', () => {
    const zipped = runVerifier(['--key', key.verifierKey, zipFile]);
    expect(zipped.status).toBe(0);
    expect(zipped.stdout).toMatch(/^VALID: .*\n  22 events in 3 streams \(compact c1\)/);
    expect(zipped.stdout).toContain('2 evidence files match their recorded hashes; report.html matches the manifest');
    // With worker threads (as on four cores or more) and without, the same answer.
    expect(runVerifier(['--key', key.verifierKey, '--threads', '2', zipFile]).stdout).toBe(zipped.stdout);
    expect(runVerifier(['--key', key.verifierKey, '--threads', '0', zipFile]).stdout).toBe(zipped.stdout);
    const standing = runVerifier(['--key', key.verifierKey], { script: join(folder, 'verify.mjs'), cwd: root });
    expect(standing.status).toBe(0);
    expect(standing.stdout).toContain(`VALID: ${folder}`);
  });

  it('finds a changed byte in an event, and names the stream and revision', () => {
    const dir = copy();
    const at = lineIndex(dir, 'compact-c1', 5);
    editLines(join(dir, 'events.jsonl'), (lines) => lines.map((line, i) => (i === at ? line.replace('every 6 weeks', 'every 7 weeks') : line)));
    const run = verify(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: stream compact-c1, revision 5 \(position \d+\): the event's content does not hash to its recorded hash/);
    expect(runVerifier(['--key', key.verifierKey, '--threads', '2', dir]).stdout).toBe(run.stdout);
  });

  it("finds a changed event whose hash was recomputed: it is not in the checkpoint's tree", () => {
    const dir = copy();
    const at = lineIndex(dir, 'dispute-c1-1', 2);
    editLines(join(dir, 'events.jsonl'), (lines) =>
      lines.map((line, i) => {
        if (i !== at) return line;
        const record = JSON.parse(line);
        record.data.note = 'a different note';
        const { hash: _old, ...envelope } = record.metadata;
        record.metadata.hash = sha256Hex(hashedText(record.streamId, record.revision, record.type, canonicalJson(record.data), canonicalEnvelope(envelope)));
        return canonicalJson(record);
      }),
    );
    const run = verify(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: stream dispute-c1-1, revision 2 \(position \d+\): the event is not in the checkpoint's tree/);
  });

  it('finds a removed event', () => {
    const dir = copy();
    const at = lineIndex(dir, 'compact-c1', 4);
    editLines(join(dir, 'events.jsonl'), (lines) => lines.filter((_, i) => i !== at));
    const run = verify(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: stream compact-c1, revision 5 \(position \d+\): revision 4 of the stream is missing/);
  });

  it('finds two events swapped, between streams and within one', () => {
    const across = copy();
    const a = lineIndex(across, 'compact-c1', 3);
    editLines(join(across, 'events.jsonl'), (lines) => lines.map((line, i) => (i === a ? lines[a + 1] : i === a + 1 ? lines[a] : line)));
    const run = verify(across);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: stream compact-c1, revision 3 \(position \d+\): position \d+ comes after position \d+: events out of order/);

    // Within a stream, with the positions renumbered to look in order.
    const within = copy();
    const first = lineIndex(within, 'board-c1-1', 1);
    const second = lineIndex(within, 'board-c1-1', 2);
    editLines(join(within, 'events.jsonl'), (lines) => {
      const [r1, r2] = [JSON.parse(lines[first]), JSON.parse(lines[second])];
      [r1.position, r2.position] = [r2.position, r1.position];
      return lines.map((line, i) => (i === first ? canonicalJson(r2) : i === second ? canonicalJson(r1) : line));
    });
    const swapped = verify(within);
    expect(swapped.status).toBe(1);
    expect(swapped.stdout).toMatch(/^INVALID: stream board-c1-1, revision 2 \(position \d+\): revision 1 of the stream is missing/);
  });

  it('finds an event added with a well-formed hash and chain', () => {
    const dir = copy();
    const events = eventsOf(dir);
    const head = events.filter((e) => e.streamId === 'board-c1-1').pop();
    const last = events[events.length - 1];
    const envelope = { ...head.metadata, eventId: '00000000-0000-4000-8000-000000000000', prevHash: head.metadata.hash };
    delete envelope.hash;
    const forged = {
      streamId: head.streamId,
      revision: head.revision + 1,
      position: last.position + 1,
      type: 'BoardMinuted',
      data: { item: 99, decision: 'approved' },
    };
    const hash = sha256Hex(hashedText(forged.streamId, forged.revision, forged.type, canonicalJson(forged.data), canonicalEnvelope(envelope)));
    editLines(join(dir, 'events.jsonl'), (lines) => [...lines, canonicalJson({ ...forged, metadata: { ...envelope, hash } })]);
    const run = verify(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^INVALID: stream board-c1-1, revision 4 \(position \d+\): (position \d+ is beyond the checkpoint|its proof proofs\/\d+\.tlog-proof is missing)/,
    );
  });

  it('finds a stream cut short, against the signed manifest', () => {
    const dir = copy();
    const cut = eventsOf(dir)
      .map((e, i) => (e.streamId === 'compact-c1' && e.revision >= 9 ? i : -1))
      .filter((i) => i >= 0);
    editLines(join(dir, 'events.jsonl'), (lines) => lines.filter((_, i) => !cut.includes(i)));
    const run = verify(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^INVALID: stream compact-c1: the manifest lists 12 events up to revision 11 .* the pack has 9 up to revision 8 .*: the stream was cut short/,
    );
  });

  it('finds a changed manifest', () => {
    const dir = copy();
    writeFileSync(join(dir, 'manifest'), readFileSync(join(dir, 'manifest'), 'utf8').replace(/stream compact-c1 12 11/, 'stream compact-c1 9 8'));
    const run = verify(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      `INVALID: the manifest's signature by ${key.name}+${key.keyId.toString(16).padStart(8, '0')} does not verify: the manifest was altered after it was signed\n`,
    );
  });

  it('finds a changed evidence file and a changed report', () => {
    const dir = copy();
    const name = readdirSync(join(dir, 'evidence', 'sha256'))[0];
    writeFileSync(join(dir, 'evidence', 'sha256', name), 'something else');
    expect(verify(dir).stdout).toMatch(new RegExp(`^INVALID: evidence/sha256/${name}: its content hashes to [0-9a-f]{64} \\(14 bytes\\), not to its name`));
    const report = copy();
    writeFileSync(join(report, 'report.html'), '<p>all is well</p>');
    expect(verify(report).stdout).toMatch(/^INVALID: report\.html hashes to [0-9a-f]{64}, not to the manifest's/);
  });

  it('refuses the wrong key', () => {
    const other = generateLogKey('ledger.test/compacts');
    const run = verify(folder, other.verifierKey);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^INVALID: the checkpoint is not signed by the key given \(ledger\.test\/compacts\+[0-9a-f]{8}\); it is signed by ledger\.test\/compacts\+[0-9a-f]{8}/,
    );
  });

  it('finds a checkpoint from another ledger, by its origin or by its key', async () => {
    const elsewhere = join(root, 'other-ledger');
    mkdirSync(elsewhere);
    const otherKey = generateLogKey('other.example/ledger');
    const other = await buildPack(elsewhere, otherKey, { compactId: 'c9' });
    other.log.close();
    await other.store.close();
    const otherFolder = join(root, 'other-unpacked');
    await unzip(other.file, otherFolder);
    const dir = copy();
    copyFileSync(join(otherFolder, 'checkpoint'), join(dir, 'checkpoint'));
    const run = verify(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('INVALID: the checkpoint is from another log: its origin is other.example/ledger, the key given is for ledger.test/compacts\n');

    // Another ledger that calls itself by the same name: its checkpoint is not signed by this ledger's key.
    const namesake = join(root, 'namesake');
    mkdirSync(namesake);
    const namesakeKey = generateLogKey('ledger.test/compacts');
    const third = await buildPack(namesake, namesakeKey);
    third.log.close();
    await third.store.close();
    const thirdFolder = join(root, 'namesake-unpacked');
    await unzip(third.file, thirdFolder);
    const dir2 = copy();
    copyFileSync(join(thirdFolder, 'checkpoint'), join(dir2, 'checkpoint'));
    expect(verify(dir2).stdout).toMatch(/^INVALID: the checkpoint is not signed by the key given/);
  });

  it('finds a forged checkpoint over a rewritten log, its pack made whole with a key of its own', async () => {
    // Someone with a copy of the ledger's data rewrites a clause of the compact (every
    // later hash and prevHash recomputed, so each chain holds), builds the Merkle tree
    // and a checkpoint over the rewritten log, and signs them, and the pack, with a key
    // of their own under the ledger's name.
    const forgery = join(root, 'forgery');
    mkdirSync(forgery);
    await store.close();
    copyFileSync(join(packDir, 'events.db'), join(forgery, 'events.db'));
    store = new SqliteEventStore({ file: join(packDir, 'events.db'), synchronous: 'NORMAL' });
    rewriteHistory(join(forgery, 'events.db'), 'compact-c1', 3, (data) => ({ ...data, text: 'Partners need never meet' }));
    const forgedStore = new SqliteEventStore({ file: join(forgery, 'events.db'), synchronous: 'NORMAL' });
    expect((await forgedStore.verifyAll()).ok).toBe(true);
    const forger = generateLogKey('ledger.test/compacts');
    const forged = await buildPack(forgery, forger, { store: forgedStore, streams: ['compact-c1', 'dispute-c1-1', 'board-c1-1'] });
    forged.log.close();
    await forgedStore.close();
    const forgedFolder = join(root, 'forged-unpacked');
    await unzip(forged.file, forgedFolder);
    expect(runVerifier(['--key', forger.verifierKey, forgedFolder]).status).toBe(0);
    const run = verify(forgedFolder);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^INVALID: the checkpoint is not signed by the key given \(ledger\.test\/compacts\+[0-9a-f]{8}\); it is signed by ledger\.test\/compacts\+[0-9a-f]{8}/,
    );
    // With the ledger's own checkpoint and manifest put back, the rewritten events are not in its tree.
    const mixed = join(root, 'forged-mixed');
    cpSync(forgedFolder, mixed, { recursive: true });
    for (const name of ['checkpoint', 'manifest']) copyFileSync(join(folder, name), join(mixed, name));
    rmSync(join(mixed, 'proofs'), { recursive: true });
    cpSync(join(folder, 'proofs'), join(mixed, 'proofs'), { recursive: true });
    const second = verify(mixed);
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/^INVALID: stream compact-c1, revision 3 \(position \d+\): the event is not in the checkpoint's tree/);
  });

  it('finds a zip altered and zipped again, and says a damaged or foreign file cannot be used', async () => {
    const dir = copy();
    const at = lineIndex(dir, 'compact-c1', 0);
    editLines(join(dir, 'events.jsonl'), (lines) => lines.map((line, i) => (i === at ? line.replace('every 1 weeks', 'every 2 weeks') : line)));
    const rezipped = join(root, 'altered.zip');
    const names = [
      'VERIFY.txt',
      'verify.mjs',
      'checkpoint',
      'events.jsonl',
      'manifest',
      'report.html',
      ...readdirSync(join(dir, 'proofs')).map((n) => `proofs/${n}`),
      ...readdirSync(join(dir, 'evidence', 'sha256')).map((n) => `evidence/sha256/${n}`),
    ];
    await rezip(dir, names, rezipped);
    const run = runVerifier(['--key', key.verifierKey, rezipped]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: stream compact-c1, revision 0 \(position 1\): the event's content does not hash/);

    const damaged = join(root, 'damaged.zip');
    const bytes = readFileSync(zipFile);
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 200));
    expect(runVerifier(['--key', key.verifierKey, damaged]).status).toBe(2);
    const notAZip = join(root, 'notes.txt');
    writeFileSync(notAZip, 'hello');
    const foreign = runVerifier(['--key', key.verifierKey, notAZip]);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toMatch(/^UNUSABLE: .*notes\.txt is neither a folder nor a zip file/);
  });

  it('needs a well-formed key on the command line', () => {
    expect(runVerifier([zipFile]).status).toBe(2);
    const mistyped = runVerifier(['--key', key.verifierKey.replace(/\+([0-9a-f])/, (_m, c) => `+${c === 'a' ? 'b' : 'a'}`), zipFile]);
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toMatch(/^UNUSABLE: the --key's id [0-9a-f]{8} does not match its key/);
  });

  it('checks a pack of the whole log by its Merkle root: events moved between streams with positions renumbered are caught', async () => {
    const whole = join(root, 'whole');
    mkdirSync(whole);
    const built = await buildPack(whole, key, { scope: 'log' });
    built.log.close();
    await built.store.close();
    const unpacked = join(root, 'whole-unpacked');
    await unzip(built.file, unpacked);
    const ok = verify(unpacked);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('the events are the whole log up to the checkpoint, and make its Merkle root');
    // Two adjacent events of different streams trade places, their positions renumbered:
    // every hash and chain still holds, but the log is not the one the checkpoint signs.
    const lines = readFileSync(join(unpacked, 'events.jsonl'), 'utf8').trim().split('\n');
    const records = lines.map((line) => JSON.parse(line));
    const i = records.findIndex((r, k) => k > 0 && r.streamId !== records[k - 1].streamId && r.revision > 0 && records[k - 1].revision > 0);
    [records[i - 1].position, records[i].position] = [records[i].position, records[i - 1].position];
    [records[i - 1], records[i]] = [records[i], records[i - 1]];
    writeFileSync(join(unpacked, 'events.jsonl'), records.map((r) => canonicalJson(r)).join('\n') + '\n');
    const moved = verify(unpacked);
    expect(moved.status).toBe(1);
    expect(moved.stdout).toMatch(
      /^INVALID: the \d+ events, in position order, make the root .*, not the checkpoint's .*: the log in the pack is not the one the checkpoint signs/,
    );
  });

  it('checks a pack larger than the pieces it is read in: lines cut between pieces, and a change or a gap at a cut, are found', async () => {
    const large = join(root, 'large');
    mkdirSync(large);
    // About 1.7 MB of events.jsonl: seven pieces of a zip's inflated stream (256 KB), two of a folder's reads (1 MB).
    // One tlog-proof, the stream head's (the chain proves the rest): the cuts are in events.jsonl, and 3,200 proof
    // files would only make each copy, zip and unzip of the pack slow.
    const store = new SqliteEventStore({ file: join(large, 'events.db'), synchronous: 'NORMAL' });
    const streams = Object.values(await recordCompactHistory(store, 'big', { compact: 3200, dispute: 0, board: 0, others: 0 })).slice(0, 1);
    const built = await buildPack(large, key, { store, streams, compactId: 'big', proofs: 'heads' });
    built.log.close();
    await store.close();
    const unpacked = join(root, 'large-unpacked');
    await unzip(built.file, unpacked);
    const text = readFileSync(join(unpacked, 'events.jsonl'), 'utf8');
    expect(Buffer.byteLength(text)).toBeGreaterThan(1.5 * (1 << 20));
    for (const threads of ['0', '2']) {
      expect(runVerifier(['--key', key.verifierKey, '--threads', threads, built.file]).stdout).toMatch(/^VALID: .*\n {2}3,200 events in 1 streams/);
      expect(runVerifier(['--key', key.verifierKey, '--threads', threads, unpacked]).stdout).toMatch(/^VALID: .*\n {2}3,200 events in 1 streams/);
    }
    /** The revision of the line that holds byte `offset` of events.jsonl. */
    const lineAt = (offset: number) => {
      const lines = text.split('\n');
      let end = 0;
      return lines.findIndex((line) => (end += Buffer.byteLength(line) + 1) > offset);
    };
    for (const [cut, form] of [
      [256 * 1024, 'zip'],
      [3 * 256 * 1024, 'zip'],
      [1 << 20, 'folder'],
    ] as const) {
      const revision = lineAt(cut);
      const changed = copy(unpacked);
      editLines(join(changed, 'events.jsonl'), (lines) => lines.map((line, i) => (i === revision ? line.replace('weeks', 'weekz') : line)));
      const removed = copy(unpacked);
      editLines(join(removed, 'events.jsonl'), (lines) => lines.filter((_, i) => i !== revision));
      const [changedPack, removedPack] = form === 'zip' ? [await zipped(changed), await zipped(removed)] : [changed, removed];
      expect(verify(changedPack).stdout).toMatch(
        new RegExp(`^INVALID: stream compact-big, revision ${revision} \\(position \\d+\\): the event's content does not hash to its recorded hash`),
      );
      expect(verify(removedPack).stdout).toMatch(
        new RegExp(`^INVALID: stream compact-big, revision ${revision + 1} \\(position \\d+\\): revision ${revision} of the stream is missing`),
      );
    }
  });
});

import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import * as yauzl from 'yauzl';
import Database from 'better-sqlite3';
import { canonicalEnvelope, canonicalJson, type EventStore, hashedText, type NewEvent, sha256Hex, SqliteEventStore } from '@compact-ledger/event-store';
import type { LogKey } from '../../note/log-key';
import { TransparencyLog } from '../../transparency-log';
import { eventsOfStreams } from '../events-of-streams';
import { type EvidencePackInput, type EvidencePackSummary, VERIFY_MJS_PATH, writeEvidencePack } from '../evidence-pack-writer';

const actor = { subject: 'secretariat-1', name: 'Partnership Secretariat', role: 'secretariat', organisation: 'Example Council' };

/** Appends events like a compact's life to a real store: the compact's stream, a dispute and a board, with other compacts' events between. */
export async function recordCompactHistory(store: EventStore, compactId: string, sizes = { compact: 12, dispute: 6, board: 4, others: 3 }) {
  const streams = { compact: `compact-${compactId}`, dispute: `dispute-${compactId}-1`, board: `board-${compactId}-1` };
  const event = (type: string, data: Record<string, string | number | null>): NewEvent => ({ type, data, metadata: { eventId: randomUUID(), actor } });
  const longest = Math.max(sizes.compact, sizes.dispute, sizes.board);
  for (let i = 0; i < longest; i++) {
    if (i < sizes.compact)
      await store.append(
        streams.compact,
        [event('CompactClauseAmended', { clause: `4.${i}`, text: `Partners will meet every ${i + 1} weeks — “Ü” ✓` })],
        'any',
      );
    if (i < sizes.dispute) await store.append(streams.dispute, [event('DisputeNoteAdded', { level: 1 + (i % 3), note: `step ${i}` })], 'any');
    if (i < sizes.board) await store.append(streams.board, [event('BoardMinuted', { item: i, decision: null })], 'any');
    for (let k = 0; k < sizes.others; k++)
      await store.append(`compact-other-${k}`, [event('CompactClauseAmended', { clause: `${k}.${i}`, text: 'elsewhere' })], 'any');
  }
  return streams;
}

export interface BuiltPack {
  file: string;
  summary: EvidencePackSummary;
  log: TransparencyLog;
}

/** Records a history in a new SQLite store, anchors it to a checkpoint and writes its evidence pack to `file`. */
export async function buildPack(
  dir: string,
  key: LogKey,
  options: {
    compactId?: string;
    evidence?: Buffer[];
    scope?: 'streams' | 'log';
    proofs?: 'heads' | 'events';
    store?: SqliteEventStore;
    streams?: string[];
  } = {},
): Promise<BuiltPack & { store: SqliteEventStore; streams: string[] }> {
  const store = options.store ?? new SqliteEventStore({ file: join(dir, 'events.db'), synchronous: 'NORMAL' });
  const streams = options.streams ?? Object.values(await recordCompactHistory(store, options.compactId ?? 'c1'));
  const log = await TransparencyLog.open({ file: join(dir, 'transparency.db'), key, source: store });
  const checkpoint = await log.issueCheckpoint();
  const evidence = (options.evidence ?? []).map((bytes) => ({ sha256: createHash('sha256').update(bytes).digest('hex'), content: Readable.from([bytes]) }));
  const file = join(dir, 'pack.zip');
  const input: EvidencePackInput = {
    checkpoint: checkpoint.note,
    events: options.scope === 'log' ? allEvents(store, checkpoint.size) : eventsOfStreams(store, streams, checkpoint.size),
    scope: options.scope,
    proofs: options.proofs,
    prover: log,
    signer: key.signer,
    subject: `compact ${options.compactId ?? 'c1'}`,
    evidence,
    reportHtml: '<!doctype html><title>Report</title><p>The compact’s history.</p>',
    createdAt: new Date('2026-03-01T09:00:00Z'),
  };
  const summary = await writeEvidencePack(input, createWriteStream(file));
  return { file, summary, log, store, streams };
}

/**
 * Rewrites a stream's history in a store's file from a revision on, as someone with
 * the file could: the event's data changed, and its hash and every later event's
 * prevHash and hash recomputed, so that every chain still holds.
 */
export function rewriteHistory(file: string, streamId: string, fromRevision: number, change: (data: Record<string, unknown>) => Record<string, unknown>): void {
  const db = new Database(file);
  const rows = db.prepare('SELECT position, revision, type, data, metadata, hash FROM events WHERE stream_id = ? ORDER BY revision').all(streamId) as Array<{
    position: number;
    revision: number;
    type: string;
    data: string;
    metadata: string;
    hash: string;
  }>;
  const update = db.prepare('UPDATE events SET data = ?, metadata = ?, hash = ? WHERE position = ?');
  let prevHash: string | null = null;
  for (const row of rows.filter((r) => r.revision >= fromRevision)) {
    const data = row.revision === fromRevision ? canonicalJson(change(JSON.parse(row.data))) : row.data;
    const envelope = JSON.parse(row.metadata);
    if (prevHash !== null) envelope.prevHash = prevHash;
    const metadata = canonicalEnvelope(envelope);
    const hash = sha256Hex(hashedText(streamId, row.revision, row.type, data, metadata));
    update.run(data, metadata, hash, row.position);
    prevHash = hash;
  }
  db.close();
}

export async function* allEvents(store: EventStore, upTo: number) {
  for (let after = 0; after < upTo;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.length === 0) return;
    for (const event of page) if (event.position <= upTo) yield event;
    after = page[page.length - 1].position;
  }
}

/** Unpacks a zip with yauzl (another implementation than the verifier's). */
export async function unzip(file: string, into: string): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, z) => (error ? reject(error) : resolve(z!))),
  );
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const target = join(into, entry.fileName);
        mkdirSync(dirname(target), { recursive: true });
        pipeline(stream!, createWriteStream(target)).then(() => zip.readEntry(), reject);
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Zips a folder's files again (after a test altered them). */
export async function rezip(folder: string, names: string[], file: string): Promise<void> {
  const zip = new ZipFile();
  for (const name of names) zip.addBuffer(readFileSync(join(folder, name)), name);
  zip.end();
  await pipeline(zip.outputStream as unknown as Readable, createWriteStream(file));
}

export interface VerifierRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a verify.mjs as a regulator would: node, as a child process. */
export function runVerifier(args: string[], options: { script?: string; cwd?: string } = {}): VerifierRun {
  const result = spawnSync(process.execPath, [options.script ?? VERIFY_MJS_PATH, ...args], { cwd: options.cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function editLines(file: string, edit: (lines: string[]) => string[]): void {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0);
  writeFileSync(file, edit(lines).join('\n') + '\n');
}

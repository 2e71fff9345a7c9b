/**
 * npm run bench -- --transparency [--transparency-events 1000000]
 *
 * The transparency log at a million events (one run, figures printed): the tree
 * caught up from the event store, a checkpoint issued, inclusion proofs at several
 * tree sizes (time, and tiles and nodes read: they grow as log n), an evidence pack
 * of the whole log exported and verified offline by verify.mjs (rates, and each
 * process's peak RSS). Export and verification run in processes of their own, so
 * their peak memory is theirs alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NewEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { inclusionProof, loadOrCreateLogKey, TransparencyLog, VERIFY_MJS_PATH, writeEvidencePack } from '@compact-ledger/transparency';

const fmt = (n: number) => n.toLocaleString('en-GB');
const report = (name: string, value: string, note = '') => console.log(`${name.padEnd(58)} ${value.padStart(16)}  ${note}`);
const PER_STREAM = 100;
const LOG_NAME = 'bench.example/ledger';
const actor = { subject: 'bench', name: 'Bench', role: 'secretariat', organisation: null };
const event = (i: number): NewEvent => ({
  type: 'CompactDrafted',
  data: { compactId: `c${i}`, title: `Compact ${i}`, covers: 'Shropshire, Telford and Wrekin', description: null },
  metadata: { eventId: randomUUID(), actor, correlationId: null },
});

async function* allEvents(store: SqliteEventStore, upTo: number) {
  for (let after = 0; after < upTo;) {
    const page = await store.readAll({ after, limit: 250 });
    if (page.length === 0) return;
    for (const e of page) if (e.position <= upTo) yield e;
    after = page[page.length - 1].position;
  }
}

/** In a child process: writes the whole log's pack and prints its figures as JSON. */
async function exportChild(dir: string, out: string) {
  const key = loadOrCreateLogKey(join(dir, 'log-signing-key'), LOG_NAME);
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  const log = await TransparencyLog.open({ file: join(dir, 'transparency.db'), key, source: store });
  const checkpoint = log.latestCheckpoint()!;
  const baseRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const started = performance.now();
  let eventsMs = 0;
  const summary = await writeEvidencePack(
    {
      checkpoint: checkpoint.note,
      events: allEvents(store, checkpoint.size),
      scope: 'log',
      proofs: 'heads',
      prover: log,
      signer: key.signer,
      subject: 'the whole log',
      onProgress: (written) => {
        if (written === checkpoint.size && eventsMs === 0) eventsMs = performance.now() - started;
      },
    },
    createWriteStream(out),
  );
  const ms = performance.now() - started;
  log.close();
  await store.close();
  process.stdout.write(
    JSON.stringify({ ms, eventsMs, baseRssMb, events: summary.events, proofs: summary.proofs, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
  );
}

/**
 * `proofs` inclusion proofs spread over a tree of `size` leaves, each with the tile cache
 * cleared first: the tiles and node hashes read, and the time, in all.
 */
export function coldProofReads(reader: ReturnType<TransparencyLog['nodeReader']>, size: number, proofs: number) {
  let tiles = 0;
  let nodes = 0;
  let coldMs = 0;
  for (let k = 0; k < proofs; k++) {
    const index = Math.floor(((k * 7919) % proofs) * (size / proofs));
    reader.clearCache();
    const [t0, n0] = [reader.tileReads, reader.nodeReads];
    const t = performance.now();
    inclusionProof(index, size, reader);
    coldMs += performance.now() - t;
    tiles += reader.tileReads - t0;
    nodes += reader.nodeReads - n0;
  }
  return { tiles, nodes, coldMs };
}

export async function transparencyBench(events: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'ledger-bench-tlog-'));
  try {
    console.log(`\ntransparency log: ${fmt(events)} events in streams of ${PER_STREAM}\n`);
    // The log to prove things about: built with synchronous NORMAL, as its build is not measured.
    const store = new SqliteEventStore({ file: join(root, 'events.db'), synchronous: 'NORMAL' });
    for (let i = 0; i < events; i += PER_STREAM) {
      await store.append(
        `compact-${i / PER_STREAM}`,
        Array.from({ length: PER_STREAM }, (_, k) => event(i + k)),
        'no_stream',
      );
    }
    const key = loadOrCreateLogKey(join(root, 'log-signing-key'), LOG_NAME);

    let started = performance.now();
    const log = await TransparencyLog.open({ file: join(root, 'transparency.db'), key, source: store });
    const ms = performance.now() - started;
    const treeBytes = ['', '-wal'].reduce((sum, suffix) => sum + (statSync(join(root, `transparency.db${suffix}`), { throwIfNoEntry: false })?.size ?? 0), 0);
    report(
      `tree caught up from the store, ${fmt(events)} events`,
      `${fmt(Math.round((events * 1000) / ms))} ev/s`,
      `${(ms / 1000).toFixed(2)} s; tiles ${fmt(Math.round(treeBytes / 1024 / 1024))} MB (database and WAL)`,
    );

    // A checkpoint after a commit: catch up with it, check the last checkpoint's root, sign, store with fsync.
    const issueTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      await store.append(`compact-extra-${round}`, [event(events + round)], 'no_stream');
      started = performance.now();
      await log.issueCheckpoint();
      issueTimes.push(performance.now() - started);
    }
    issueTimes.sort((a, b) => a - b);
    report(
      'checkpoint issued after a commit (sync, check, sign, fsync)',
      `${issueTimes[2].toFixed(2)} ms`,
      `median of 5; ${issueTimes.map((t) => t.toFixed(2)).join(' / ')} ms`,
    );

    const reader = log.nodeReader();
    for (const size of [1_000, 10_000, 100_000, events]) {
      const PROOFS = 200;
      const { tiles, nodes, coldMs } = coldProofReads(reader, size, PROOFS);
      started = performance.now();
      for (let k = 0; k < PROOFS; k++) inclusionProof(Math.floor(k * (size / PROOFS)), size, reader);
      const warmMs = performance.now() - started;
      report(
        `inclusion proof at tree size ${fmt(size)} (log2 n = ${Math.log2(size).toFixed(1)})`,
        `${((coldMs * 1000) / PROOFS).toFixed(0)} us`,
        `tiles read ${(tiles / PROOFS).toFixed(2)}, node hashes read ${(nodes / PROOFS).toFixed(1)} per proof (cold cache); warm ${((warmMs * 1000) / PROOFS).toFixed(0)} us`,
      );
    }
    log.close();
    await store.close();

    const pack = join(root, 'pack.zip');
    const exported = JSON.parse(
      execFileSync(process.execPath, [__filename, '--export-child', root, pack], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    );
    report(
      `evidence pack export, whole log (${fmt(exported.events)} events)`,
      `${fmt(Math.round((exported.events * 1000) / exported.ms))} ev/s`,
      `${(exported.ms / 1000).toFixed(1)} s (events ${(exported.eventsMs / 1000).toFixed(1)} s, then ${fmt(exported.proofs)} head proofs), ${fmt(Math.round(statSync(pack).size / 1024 / 1024))} MB zip; exporter peak RSS ${exported.maxRssMb} MB (goal < 300), ${exported.baseRssMb} MB of it there before the export began (Node, the libraries, the stores open)`,
    );

    for (const threads of ['0', '2']) {
      const run = spawnSync(process.execPath, [VERIFY_MJS_PATH, '--key', key.verifierKey, '--stats', '--threads', threads, pack], { encoding: 'utf8' });
      const stats = /checked in ([\d.]+) s \(([\d,]+) events\/s\), ([\d.]+) s of processor time on all threads, peak memory (\d+) MB RSS/.exec(run.stdout);
      if (run.status !== 0 || !stats) throw new Error(`verify.mjs: ${run.stdout}${run.stderr}`);
      report(
        `offline verify (node verify.mjs), ${threads === '0' ? 'one thread (the default below 4 cores)' : 'two worker threads (the default from 4)'}`,
        `${stats[2]} ev/s`,
        `${stats[1]} s for ${fmt(exported.events)} events, ${stats[3]} s of processor time, peak RSS ${stats[4]} MB (goals: > 300,000 ev/s, < 300 MB); load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const at = process.argv.indexOf('--export-child');
  if (at >= 0) {
    const [dir, out] = process.argv.slice(at + 1);
    exportChild(dir, out).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  }
}

/**
 * npm run bench [-- --events 100000 --single-appends 4000 --http-requests 4000]
 * npm run bench -- --transparency [--transparency-events 1000000]   (the transparency log alone: bench/transparency.ts)
 * npm run bench -- --witnesses   (the witnesses' section alone: bench/witnesses.ts)
 * npm run bench -- --evidence [--evidence-events 1000000] [--keep]   (a compact's evidence pack through the running ledger: bench/evidence.ts)
 *
 * Prints, for one run on this machine: raw better-sqlite3 durable appends against
 * the same through the store port, readAll, verifyAll, projection catch-up, and
 * HTTP POST /compacts with 1 and 32 concurrent clients. Not part of npm test.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { type EventStore, type NewEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { EsdbEventStore } from '@compact-ledger/event-store/esdb';
import { compactDocumentsProjection, openReadModelDatabase, ProjectionRunner } from '@compact-ledger/projections';
import { EVENTS_SCHEMA } from '../libs/event-store/src/sqlite/schema';
import { answering, exitOf, freePort, listeningPort, spawnLedger, tokenFromDataDir } from '../test/support/ledger-process';
import { evidenceBench } from './evidence';
import { transparencyBench } from './transparency';
import { witnessBench } from './witnesses';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    'single-appends': { type: 'string', default: '4000' },
    'http-requests': { type: 'string', default: '4000' },
    store: { type: 'string', default: 'sqlite' },
    transparency: { type: 'boolean', default: false },
    'transparency-events': { type: 'string', default: '1000000' },
    witnesses: { type: 'boolean', default: false },
    evidence: { type: 'boolean', default: false },
    'evidence-events': { type: 'string', default: '1000000' },
    keep: { type: 'boolean', default: false },
  },
});
const ESDB = args.store === 'esdb';
if (!['sqlite', 'esdb'].includes(args.store!)) throw new Error('--store is sqlite or esdb');
const CONNECTION = process.env.EVENTSTORE_CONNECTION_STRING ?? 'esdb://localhost:2113?tls=false';
/** Streams unique to this run: a real server may hold other data. */
const RUN = Date.now().toString(36);

/** The store under test: a new SQLite file, or the EventStoreDB the connection string names. */
function openStore(file: string): EventStore {
  return ESDB ? new EsdbEventStore({ connectionString: CONNECTION }) : new SqliteEventStore({ file });
}
const EVENTS = Number(args.events);
const SINGLE = Number(args['single-appends']);
const HTTP_REQUESTS = Number(args['http-requests']);

const root = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
const actor = { subject: 'bench', name: 'Bench', role: 'secretariat', organisation: null };
const payload = (i: number) => ({ compactId: `c${i}`, title: `Compact ${i}`, covers: 'Shropshire, Telford and Wrekin', description: null });
const event = (i: number): NewEvent => ({ type: 'CompactDrafted', data: payload(i), metadata: { eventId: randomUUID(), actor, correlationId: null } });

const ZERO = '0'.repeat(64);
const rows: Array<[string, string, string]> = [];
const report = (name: string, value: string, note = '') => {
  rows.push([name, value, note]);
  console.log(`${name.padEnd(58)} ${value.padStart(16)}  ${note}`);
};
const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n: number) => n.toLocaleString('en-GB');

/** Raw better-sqlite3 on a file of the store's schema: no canonical JSON, no hashing, no queue. */
function openRawAppender(file: string, perTransaction: number) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(EVENTS_SCHEMA);
  const insert = db.prepare('INSERT INTO events (stream_id, revision, event_id, type, data, metadata, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const commit = db.transaction((from: number) => {
    for (let i = from; i < from + perTransaction; i++) {
      // The same columns and about the same bytes as the port writes, without canonical JSON or hashing.
      const envelope = {
        eventId: randomUUID(),
        actor,
        recordedAt: new Date().toISOString(),
        effectiveAt: null,
        correlationId: null,
        causationId: null,
        prevHash: ZERO,
      };
      insert.run(`compact-${Math.floor(i / 10)}`, i % 10, envelope.eventId, 'CompactDrafted', JSON.stringify(payload(i)), JSON.stringify(envelope), ZERO);
    }
  });
  let next = 0;
  return {
    /** Appends `count` events; events per second. */
    run(count: number): number {
      const started = performance.now();
      for (const end = next + count; next < end; next += perTransaction) commit(next);
      return perSecond(count, performance.now() - started);
    },
    close: () => db.close(),
  };
}

/** The same through the store port, `perAppend` events to a new stream at a time. */
function openPortAppender(file: string, perAppend: number) {
  const store = openStore(file);
  let next = 0;
  return {
    async run(count: number): Promise<number> {
      const started = performance.now();
      for (const end = next + count; next < end; next += perAppend) {
        const first = next;
        await store.append(
          `compact-${RUN}-${basename(file, '.db')}-${first}`,
          Array.from({ length: perAppend }, (_, k) => event(first + k)),
          'no_stream',
        );
      }
      return perSecond(count, performance.now() - started);
    },
    close: () => store.close(),
  };
}

async function withStore<T>(dataDir: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  const store = openStore(join(dataDir, 'events.db'));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** Events stored after a position (EventStoreDB's positions have gaps, so they are counted, not subtracted). */
async function countAfter(store: EventStore, position: number): Promise<number> {
  let count = 0;
  for (let after = position; ;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.length === 0) return count;
    count += page.length;
    after = page[page.length - 1].position;
  }
}

/**
 * An autocannon run, timed from its start to its last response. autocannon ends a
 * run (and sets its finish time) on its next one-second tick, so its own figures
 * put 10,000 requests answered in 4.1 s at 2,000/s; the last response is the end.
 */
function timedLoad(options: autocannon.Options): Promise<{ result: autocannon.Result; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let lastResponse = started;
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, seconds: (lastResponse - started) / 1000 })));
    instance.on('response', () => {
      lastResponse = performance.now();
    });
  });
}

/** Enough events to fill a new file's WAL (1,000 pages) once, so that what is measured is a running store. */
const warmUpEvents = (perTransaction: number) => (perTransaction === 1 ? 1000 : 5000);

/**
 * Raw durable appends against the same through the port, `perTransaction` events at
 * a time. fsync time drifts on a shared disk, by half within a minute here, so the
 * two take turns on their own files, ROUNDS times, and the ratio is the median of
 * each turn's port/raw: each pair ran under the same conditions. Returns the raw median.
 */
async function rawAgainstPort(total: number, perTransaction: number, goal: number): Promise<number> {
  const what = perTransaction === 1 ? '1 event per transaction' : `${perTransaction} events per transaction`;
  if (ESDB) {
    // No raw baseline for a remote server: the port's own figure, for comparison with SQLite's.
    const port = openPortAppender(join(root, `port${perTransaction}.db`), perTransaction);
    const figure = await port.run(total);
    await port.close();
    report(`store port (EventStoreDB), ${perTransaction === 1 ? '1 event' : `${perTransaction} events`} per append`, `${fmt(figure)} ev/s`);
    return NaN;
  }
  const ROUNDS = 8;
  const perRound = Math.max(perTransaction, Math.round(total / ROUNDS / perTransaction) * perTransaction);
  const rawAppender = openRawAppender(join(root, `raw${perTransaction}.db`), perTransaction);
  const portAppender = openPortAppender(join(root, `port${perTransaction}.db`), perTransaction);
  // Not counted: a new file's first WAL pages are allocated by the file system as they
  // are written, and commits into them take about twice as long as once the WAL wraps.
  rawAppender.run(warmUpEvents(perTransaction));
  await portAppender.run(warmUpEvents(perTransaction));
  const raw: number[] = [];
  const port: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Which goes first alternates, so neither always meets the disk as the other left it.
    if (round % 2 === 0) raw.push(rawAppender.run(perRound));
    port.push(await portAppender.run(perRound));
    if (round % 2 === 1) raw.push(rawAppender.run(perRound));
  }
  rawAppender.close();
  await portAppender.close();
  const ratios = port.map((figure, i) => figure / raw[i]);
  report(
    `raw better-sqlite3, durable, ${what}`,
    `${fmt(Math.round(median(raw)))} ev/s`,
    `median of ${ROUNDS} turns of ${fmt(perRound)} events: ${raw.map(fmt).join(' / ')}`,
  );
  report(
    `store port, durable, ${what}`,
    `${fmt(Math.round(median(port)))} ev/s`,
    `port/raw ${median(ratios).toFixed(2)} (goal >= ${goal.toFixed(2)}), median of each turn's ratio: ${ratios.map((r) => r.toFixed(2)).join(' / ')}`,
  );
  return median(raw);
}

/** `writers` callers each appending one event at a time, all at once: what group commit is for. */
async function concurrentPortAppends(file: string, writers: number, total: number): Promise<number> {
  const store = openStore(file);
  let next = 0;
  const writer = async () => {
    while (next < total) {
      const i = next++;
      await store.append(`compact-${RUN}-c${i}`, [event(i)], 'no_stream');
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, writer));
  const ms = performance.now() - started;
  await store.close();
  return perSecond(total, ms);
}

const HTTP_TURNS = 5;

/**
 * The API as npm start runs it, in its own process, so the load generator does not
 * share its event loop. The requests go in HTTP_TURNS turns; on SQLite each turn
 * follows raw single-event commits on a file of their own, so that each HTTP figure
 * has a raw figure measured under the same conditions (fsync time drifts).
 */
/**
 * The compiled API's start, as npm start runs it: from the process's spawn to its
 * "listening" line (the store opened and its chain checked, the projections thread
 * started, the transparency log opened), on one data directory; the first start, which
 * makes the keys and files, is not counted.
 */
async function startUp(starts: number) {
  const dataDir = join(root, 'start-up');
  const times: number[] = [];
  for (let i = 0; i <= starts; i++) {
    const began = performance.now();
    const server = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    await listeningPort(server);
    if (i > 0) times.push(performance.now() - began);
    server.kill('SIGTERM');
    await exitOf(server);
  }
  return times;
}

async function http(connections: number, amount: number) {
  const dataDir = join(root, `http-${connections}`);
  // One subject sends every request, so its rate limit is raised for the load test.
  const storeEnv: Record<string, string> = ESDB ? { LEDGER_STORE: 'esdb', EVENTSTORE_CONNECTION_STRING: CONNECTION } : {};
  const before = ESDB ? await withStore(dataDir, (s) => s.headPosition()) : 0;
  // Logging at warn leaves out the per-request lines (and the listening line, so the port is chosen here).
  const port = await freePort();
  const server = spawnLedger({
    LEDGER_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LEDGER_RATE_LIMIT_PER_MINUTE: '100000000',
    ...storeEnv,
  });
  await answering(server, port);
  // Authentication is on, as in production: a token from the ledger's own key.
  const token = await tokenFromDataDir(dataDir, { sub: 'bench', name: 'Bench', role: 'secretariat' });
  const request = {
    url: `http://127.0.0.1:${port}/compacts`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title: 'Delivering Together', covers: 'South Kent Coast', description: 'Draft Compact Agreement 2015-2018' }),
  };
  // JIT, caches, and the new files' first WAL pages (see warmUpEvents): not counted.
  const warmUp = await autocannon({ ...request, connections, amount: connections === 1 ? 2000 : 8000 });
  const raw = ESDB ? null : openRawAppender(join(root, `raw-beside-http-${connections}.db`), 1);
  raw?.run(warmUpEvents(1));
  const turns: Array<{ rps: number; raw: number }> = [];
  const latencies: number[] = [];
  let acknowledged = 0;
  let non2xx = 0;
  let seconds = 0;
  for (let turn = 0; turn < HTTP_TURNS; turn++) {
    const rawFigure = raw ? raw.run(500) : NaN;
    const { result, seconds: turnSeconds } = await timedLoad({ ...request, connections, amount: Math.ceil(amount / HTTP_TURNS) });
    turns.push({ rps: result['2xx'] / turnSeconds, raw: rawFigure });
    latencies.push(result.latency.p50, result.latency.p99);
    acknowledged += result['2xx'];
    non2xx += result.non2xx;
    seconds += turnSeconds;
  }
  raw?.close();
  server.kill('SIGTERM');
  await exitOf(server);
  const { stored, verified } = await withStore(dataDir, async (store) => ({ stored: await countAfter(store, before), verified: (await store.verifyAll()).ok }));
  return {
    rps: acknowledged / seconds,
    p50: median(latencies.filter((_, i) => i % 2 === 0)),
    p99: Math.max(...latencies.filter((_, i) => i % 2 === 1)),
    turns,
    acknowledged,
    non2xx,
    stored,
    everyAcknowledgedPresent: stored === warmUp['2xx'] + acknowledged,
    verified,
  };
}

async function main() {
  console.log(
    `compact-ledger benchmark (${ESDB ? `EventStoreDB at ${CONNECTION}` : 'SQLite'}): node ${process.version}, ${EVENTS} events, ${SINGLE} single-event appends, ${HTTP_REQUESTS} HTTP requests per run\n`,
  );

  const raw1 = await rawAgainstPort(SINGLE, 1, 0.8);
  const concurrent = await concurrentPortAppends(join(root, 'concurrent.db'), 32, SINGLE * 2);
  report(
    'store port, durable, 32 concurrent appenders, 1 event each',
    `${fmt(concurrent)} ev/s`,
    ESDB ? '' : `group commit vs raw 1-per-transaction ${(concurrent / raw1).toFixed(2)}`,
  );

  await rawAgainstPort(EVENTS / 5, 100, 0.7);

  // A log of EVENTS events for reading, verifying and projecting.
  const file = join(root, 'log.db');
  const store = openStore(file);
  const logStart = await store.headPosition();
  for (let i = 0; i < EVENTS; i += 100)
    await store.append(
      `compact-${RUN}-log-${i}`,
      Array.from({ length: 100 }, (_, k) => event(i + k)),
      'no_stream',
    );

  let started = performance.now();
  let read = 0;
  for (let after = logStart; ;) {
    const page = await store.readAll({ after, limit: 1000 });
    if (page.length === 0) break;
    read += page.length;
    after = page[page.length - 1].position;
  }
  report('readAll (pages of 1000, parsed)', `${fmt(perSecond(read, performance.now() - started))} ev/s`);

  if (!ESDB) {
    // The same file through a store told never to split the log: what one core does.
    const oneCore = new SqliteEventStore({ file, parallelVerifyFrom: Number.POSITIVE_INFINITY });
    started = performance.now();
    const single = await oneCore.verifyAll();
    report(`verifyAll, ${fmt(EVENTS)} events, one core`, `${fmt(perSecond(single.eventsChecked, performance.now() - started))} ev/s`, `ok=${single.ok}`);
    await oneCore.close();
  }
  started = performance.now();
  const verification = await store.verifyAll();
  report(
    `verifyAll, ${fmt(EVENTS)} events${ESDB ? '' : ' (as configured: two cores from 50,000 events)'}`,
    `${fmt(perSecond(verification.eventsChecked, performance.now() - started))} ev/s`,
    `ok=${verification.ok} (goal > 300,000)`,
  );

  const readModels = openReadModelDatabase(join(root, 'read-models.db'));
  const runner = new ProjectionRunner(store, readModels, [compactDocumentsProjection]);
  started = performance.now();
  await runner.rebuild('compact_documents_v1');
  const rebuildMs = performance.now() - started;
  await runner.stop();
  readModels.close();
  // A larger log.
  for (let i = EVENTS; i < (ESDB ? EVENTS : EVENTS * 3); i += 100)
    await store.append(
      `compact-${RUN}-log-${i}`,
      Array.from({ length: 100 }, (_, k) => event(i + k)),
      'no_stream',
    );
  if (!ESDB) {
    started = performance.now();
    const large = await store.verifyAll();
    report(
      `verifyAll, ${fmt(EVENTS * 3)} events (two cores)`,
      `${fmt(perSecond(large.eventsChecked, performance.now() - started))} ev/s`,
      `ok=${large.ok} (goal > 300,000)`,
    );
  }

  await store.close();
  report(
    `projection catch-up: rebuild compact_documents_v1 from ${fmt(EVENTS)} events`,
    `${fmt(perSecond(EVENTS, rebuildMs))} ev/s`,
    `${(rebuildMs / 1000).toFixed(2)} s (goal < 5 s for 100,000)`,
  );

  // The large log's pages would still be reaching the disk during the HTTP runs and slow
  // their fsyncs; it is not needed any more.
  for (const name of ['log.db', 'read-models.db']) for (const suffix of ['', '-wal', '-shm']) rmSync(join(root, name + suffix), { force: true });

  if (!ESDB) {
    const times = await startUp(5);
    report(
      'API start-up (spawn to listening), empty ledger',
      `${fmt(Math.round(median(times)))} ms`,
      `median of 5 starts: ${times.map((t) => fmt(Math.round(t))).join(' / ')} ms`,
    );
  }

  for (const connections of [1, 32]) {
    const h = await http(connections, HTTP_REQUESTS);
    const ratios = h.turns.map((turn) => turn.rps / turn.raw);
    report(
      `HTTP POST /compacts, ${connections} concurrent client${connections > 1 ? 's' : ''}`,
      `${fmt(Math.round(h.rps))} req/s`,
      `p50 ${h.p50} ms, p99 ${h.p99} ms (worst turn); acknowledged ${h.acknowledged}, non-2xx ${h.non2xx}, stored ${h.stored} (every acknowledged event present: ${h.everyAcknowledgedPresent}), verifyAll ok=${h.verified}, auth on` +
        (connections === 32 && !ESDB
          ? `; durable appends/s vs raw 1-per-transaction measured before each of ${HTTP_TURNS} turns ${median(ratios).toFixed(2)} (goal > 1), median of ${h.turns
              .map((turn, i) => `${fmt(Math.round(turn.rps))}/${fmt(turn.raw)} = ${ratios[i].toFixed(2)}`)
              .join(', ')}; vs the first raw figure ${(h.rps / raw1).toFixed(2)}`
          : ''),
    );
  }
  if (!ESDB) {
    console.log('\nwitnesses (C2SP tlog-witness): commands with none, with three, with one down and one slow');
    await witnessBench(root, HTTP_REQUESTS, report);
  }
  rmSync(root, { recursive: true, force: true });
}

const witnessesAlone = async () => {
  console.log(`witnesses (C2SP tlog-witness): node ${process.version}, ${HTTP_REQUESTS} HTTP requests per run\n`);
  await witnessBench(root, HTTP_REQUESTS, report);
};

const section = args.witnesses
  ? witnessesAlone()
  : args.evidence
    ? evidenceBench(Number(args['evidence-events']), args.keep!)
    : args.transparency
      ? transparencyBench(Number(args['transparency-events']))
      : null;
(section ? section.finally(() => rmSync(root, { recursive: true, force: true })) : main()).catch((error) => {
  console.error(error);
  rmSync(root, { recursive: true, force: true });
  process.exit(1);
});

/**
 * npm run bench -- --evidence [--evidence-events 1000000] [--keep]
 *
 * Evidence at a million events, through the ledger's own path (one run, figures
 * printed, each with the command that reproduces it):
 *
 * 1. The API is started (`npm start`, compiled) on a new data directory; a seed compact
 *    (paper 001) is loaded and one dispute is taken through its steps (raised, escalated,
 *    a mediator, an evidence file uploaded, a response from each party, resolved), all
 *    over HTTP: these events are the template, made by the ledger itself.
 * 2. The API is stopped and the compact is given a large history: disputes made from the
 *    template (a new dispute id, evidence id and event ids each; the responses repeated),
 *    appended through the store's own append (SqliteEventStore, the ledger's events.db) in
 *    batches of 10 events, 100 disputes open at a time, so each dispute's events are
 *    spread over the log as a real compact's are. Nothing here is measured.
 * 3. The API is started again over that log: it catches its transparency tree and its
 *    read models up (timed). Inclusion proofs are asked of it over HTTP at several tree
 *    sizes (GET /ledger/proofs/inclusion).
 * 4. The compact's pack is exported by `compact-ledger export` (GET /compacts/:id/evidence):
 *    rate, and the API's peak RSS during the export (its high-water mark reset just
 *    before, through /proc/<pid>/clear_refs), and the CLI's.
 * 5. The API is stopped; on its own files, with the code it runs (TransparencyLog): a
 *    checkpoint issued after a commit, and tiles and node hashes read per proof.
 * 6. The pack is verified offline by its own verify.mjs: rate, processor time, peak RSS.
 *
 * The figures' commands name the run's data directory; --keep keeps it (and the pack)
 * so that they can be run again.
 */
import { type ChildProcess, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NewEvent, type RecordedEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { loadOrCreateLogKey, logKeyFile, TransparencyLog } from '@compact-ledger/transparency';
import { httpLedgerClient, loadSeedCompact, seedCompactOf } from '../test/fixtures/seeds';
import { answering, exitOf, freePort, spawnLedger, tokenFromDataDir } from '../test/support/ledger-process';
import { coldProofReads } from './transparency';

const fmt = (n: number) => n.toLocaleString('en-GB');
const report = (name: string, value: string, note = '') => console.log(`${name.padEnd(58)} ${value.padStart(16)}  ${note}`);
const reproduce = (command: string) => console.log(`${''.padEnd(58)} ${''.padStart(16)}  $ ${command}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'compact-ledger.js');
const VERIFY_IN_DIST = join(ROOT, 'dist', 'libs', 'transparency', 'src', 'pack', 'verify.mjs');
const ORIGIN = 'bench.example/ledger';
const CITY_CCG = 'nhs-nottingham-city';
const NUH = 'nottingham-university-hospitals-nhs-trust';
/** Events per dispute made from the template, per append, and disputes open at once. */
const PER_DISPUTE = 100;
const PER_APPEND = 10;
const OPEN_AT_ONCE = 100;

/** The API's peak RSS since its high-water mark was last reset, and its RSS now (MB), from /proc. */
function memoryOf(pid: number): { peakMb: number; nowMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMb: Math.round(kb('VmHWM') / 1024), nowMb: Math.round(kb('VmRSS') / 1024) };
}

/** Resets a process's peak RSS to its RSS now (Linux: "5" to /proc/<pid>/clear_refs); false where it cannot. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

async function startLedger(dataDir: string) {
  const port = await freePort();
  const server = spawnLedger({
    LEDGER_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LEDGER_ORIGIN: ORIGIN,
    // The bench asks hundreds of proofs a second of one address.
    LEDGER_RATE_LIMIT_PER_MINUTE: '1000000',
    LEDGER_READ_WAIT_MS: '60000',
  });
  return { server, port, base: `http://127.0.0.1:${port}` };
}

async function stopLedger(server: ChildProcess) {
  server.kill('SIGTERM');
  await exitOf(server);
}

/** Waits until every projection of the started ledger has read the whole log. */
async function projectionsCaughtUp(base: string, timeoutMs: number): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    const health = (await (await fetch(`${base}/health`)).json()) as {
      store: { headPosition: number };
      projections: Array<{ lag: number; error: string | null }>;
    };
    const failing = health.projections.find((p) => p.error !== null);
    if (failing) throw new Error(`a projection is failing: ${failing.error}`);
    if (health.projections.every((p) => p.lag === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the read models had not caught up after ${timeoutMs} ms`);
}

/** One dispute under the compact, taken through its steps over HTTP (dates and texts assumed for the bench: the papers record no dispute). */
async function templateDispute(base: string, token: string, compactId: string): Promise<string> {
  const post = async (path: string, body: object | FormData) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }) },
      body: body instanceof FormData ? body : JSON.stringify(body),
    });
    const answer = (await response.json()) as { id?: string; position: number };
    if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  const { id } = await post('/disputes', {
    compactId,
    raisedBy: CITY_CCG,
    against: [NUH],
    about: [{ kind: 'section', ref: '1' }],
    summary: 'Assumed for the benchmark: the shared care records timetable',
    raisedOn: '2015-06-01',
  });
  await post(`/disputes/${id}/escalations`, { toLevel: 2, reason: 'Assumed for the benchmark: no agreement at level 1', escalatedOn: '2015-06-10' });
  await post(`/disputes/${id}/mediators`, {
    level: 2,
    mediator: { subject: 'bench-mediator', name: 'Bench mediator (assumed)', role: 'Critical Friend' },
    appointedOn: '2015-06-11',
  });
  const form = new FormData();
  form.set('submittedBy', CITY_CCG);
  form.set('description', 'Minutes (assumed for the benchmark)');
  form.set('submittedOn', '2015-06-12');
  form.set('file', new Blob(['Minutes of the meeting of 9 June 2015 (assumed for the benchmark)\n'], { type: 'text/plain' }), 'minutes.txt');
  await post(`/disputes/${id}/evidence`, form);
  await post(`/disputes/${id}/responses`, {
    respondent: NUH,
    response: 'Assumed for the benchmark: the timetable was agreed at the March board.',
    respondedOn: '2015-06-15',
  });
  await post(`/disputes/${id}/responses`, {
    respondent: NUH,
    response: 'Assumed for the benchmark: the March minutes record it under item 4.',
    respondedOn: '2015-06-16',
  });
  await post(`/disputes/${id}/resolution`, { terms: 'Assumed for the benchmark: a revised timetable', agreedBy: [CITY_CCG, NUH], resolvedOn: '2015-06-30' });
  return id!;
}

/** A new dispute's events from the template's: its own ids, the responses repeated to make `count` events. */
function disputeFrom(template: RecordedEvent[], count: number): { streamId: string; events: NewEvent[] } {
  const disputeId = randomUUID();
  const responses = template.filter((e) => e.type === 'DisputeResponded');
  const before = template.slice(0, template.indexOf(responses[0]));
  const after = template.slice(template.indexOf(responses[responses.length - 1]) + 1);
  const middle = Array.from({ length: count - before.length - after.length }, (_, i) => responses[i % responses.length]);
  const events = [...before, ...middle, ...after].map((e): NewEvent => {
    let data = e.data;
    if (e.type === 'DisputeRaised') data = { ...data, disputeId };
    if (e.type === 'DisputeEvidenceSubmitted') data = { ...data, evidenceId: randomUUID() };
    return {
      type: e.type,
      data,
      metadata: { eventId: randomUUID(), actor: e.metadata.actor, effectiveAt: e.metadata.effectiveAt, correlationId: null, causationId: null },
    };
  });
  return { streamId: `dispute-${disputeId}`, events };
}

/** Appends disputes to the compact until it holds `target` events: OPEN_AT_ONCE at a time, PER_APPEND events a turn each. */
async function growCompact(store: SqliteEventStore, template: RecordedEvent[], disputes: number): Promise<void> {
  for (let first = 0; first < disputes; first += OPEN_AT_ONCE) {
    const open = Array.from({ length: Math.min(OPEN_AT_ONCE, disputes - first) }, () => ({ ...disputeFrom(template, PER_DISPUTE), appended: 0 }));
    for (let from = 0; from < PER_DISPUTE; from += PER_APPEND) {
      for (const dispute of open) {
        await store.append(dispute.streamId, dispute.events.slice(from, from + PER_APPEND), from === 0 ? 'no_stream' : from - 1);
      }
    }
  }
}

/** Runs a command, timed; its peak RSS from GNU time where there is one. */
function timedRun(command: string[], env: Record<string, string> = {}) {
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const run = spawnSync(gnuTime ? '/usr/bin/time' : command[0], gnuTime ? ['-f', '\nmaxrss-kb %M', ...command] : command.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - started;
  const maxRssKb = Number(/maxrss-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { ...run, ms, peakMb: Math.round(maxRssKb / 1024) };
}

export async function evidenceBench(target: number, keep: boolean): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'ledger-bench-evidence-'));
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  const pack = join(root, 'pack.zip');
  const benchStarted = performance.now();
  let server: ChildProcess | null = null;
  try {
    console.log(`\nevidence at ${fmt(target)} events, through the ledger's own path (data directory ${dataDir})\n`);

    // 1. The compact and a template dispute, over HTTP.
    let ledger = await startLedger(dataDir);
    server = ledger.server;
    await answering(ledger.server, ledger.port, 60_000);
    const token = await tokenFromDataDir(dataDir, { sub: 'bench', name: 'Bench', role: 'secretariat' });
    const compactId = (await loadSeedCompact(httpLedgerClient(ledger.base, token), seedCompactOf('001'))).id;
    const templateId = await templateDispute(ledger.base, token, compactId);
    await stopLedger(ledger.server);
    server = null;

    // 2. The compact's large history, through the store's append (not measured).
    let started = performance.now();
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db'), synchronous: 'NORMAL' });
    const template = await store.readStream(`dispute-${templateId}`);
    const already = await store.headPosition();
    const disputes = Math.max(0, Math.round((target - already) / PER_DISPUTE));
    await growCompact(store, template, disputes);
    const logSize = await store.headPosition();
    await store.close();
    console.log(
      `(made: compact ${compactId}, the seed's ${fmt(already - template.length)} events and a template dispute of ${template.length} over HTTP, then ${fmt(disputes)} disputes of ${PER_DISPUTE} events appended through SqliteEventStore.append, ${PER_APPEND} events an append, ${OPEN_AT_ONCE} disputes open at a time: a log of ${fmt(logSize)} events, in ${seconds(performance.now() - started)})\n`,
    );

    // 3. The API over that log: its tree and read models caught up; proofs over HTTP.
    started = performance.now();
    ledger = await startLedger(dataDir);
    server = ledger.server;
    await answering(ledger.server, ledger.port, 30 * 60_000);
    const answeringMs = performance.now() - started;
    await projectionsCaughtUp(ledger.base, 60 * 60_000);
    const caughtUpMs = performance.now() - started;
    const startCommand = `LEDGER_DATA_DIR=${dataDir} LEDGER_ORIGIN=${ORIGIN} PORT=${ledger.port} npm start`;
    report(
      `API started over ${fmt(logSize)} events`,
      seconds(answeringMs),
      `answering /health (tree caught up, chains checked); read models caught up at ${seconds(caughtUpMs)}; RSS ${memoryOf(ledger.server.pid!).nowMb} MB`,
    );
    reproduce(startCommand);

    const key = ((await (await fetch(`${ledger.base}/ledger/keys`)).json()) as { transparencyLog: { verifierKey: string } }).transparencyLog.verifierKey;
    const sizes = [...[1_000, 10_000, 100_000].filter((size) => size < logSize), logSize];
    for (const size of sizes) {
      const PROOFS = 200;
      const times: number[] = [];
      let hashes = 0;
      for (let k = 0; k < PROOFS; k++) {
        const index = Math.floor(((k * 7919) % PROOFS) * (size / PROOFS));
        const t = performance.now();
        const response = await fetch(`${ledger.base}/ledger/proofs/inclusion?index=${index}&treeSize=${size}`);
        const body = (await response.json()) as { hashes: string[] };
        times.push(performance.now() - t);
        if (!response.ok) throw new Error(`GET /ledger/proofs/inclusion: ${response.status} ${JSON.stringify(body)}`);
        hashes += body.hashes.length;
      }
      report(
        `HTTP inclusion proof at tree size ${fmt(size)} (log2 n = ${Math.log2(size).toFixed(1)})`,
        `${median(times).toFixed(2)} ms`,
        `median of ${PROOFS} sequential GETs, ${(hashes / PROOFS).toFixed(1)} hashes a proof`,
      );
    }
    reproduce(`curl '${ledger.base}/ledger/proofs/inclusion?index=123456&treeSize=${logSize}'`);

    // 4. The compact's pack, exported by the CLI through the API.
    const resetOk = resetPeak(ledger.server.pid!);
    const before = memoryOf(ledger.server.pid!);
    const exportCommand = [process.execPath, CLI, 'export', compactId, '-o', pack, '--url', ledger.base];
    const exported = timedRun(exportCommand, { LEDGER_TOKEN: token });
    if (exported.status !== 0) throw new Error(`compact-ledger export: ${exported.stdout}${exported.stderr}`);
    const during = memoryOf(ledger.server.pid!);
    const checkpointSize = Number(/anchored to checkpoint (\d+)/.exec(exported.stdout)?.[1]);
    await stopLedger(ledger.server);
    server = null;

    // 5. On the ledger's own files, with the code it runs: checkpoints and reads per proof.
    const logKey = loadOrCreateLogKey(logKeyFile(dataDir), ORIGIN);
    const events = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const log = await TransparencyLog.open({ file: join(dataDir, 'transparency.db'), key: logKey, source: events });
    const issueTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      const extra = disputeFrom(template, template.length);
      await events.append(extra.streamId, extra.events.slice(0, 1), 'no_stream');
      const t = performance.now();
      await log.issueCheckpoint();
      issueTimes.push(performance.now() - t);
    }
    report(
      'checkpoint issued after a commit (catch up, check, sign, fsync)',
      `${median(issueTimes).toFixed(2)} ms`,
      `median of 5 on the ledger's transparency.db (${issueTimes.map((t) => t.toFixed(2)).join(' / ')} ms), tree of ${fmt(log.size())}`,
    );
    reproduce(`npm run bench -- --evidence   (step 5 of bench/evidence.ts: TransparencyLog.issueCheckpoint, as the API calls it, on ${dataDir})`);
    const reader = log.nodeReader();
    for (const size of sizes) {
      const PROOFS = 200;
      const { tiles, nodes, coldMs } = coldProofReads(reader, size, PROOFS);
      report(
        `reads per inclusion proof at tree size ${fmt(size)}`,
        `${(tiles / PROOFS).toFixed(2)} tiles`,
        `${(nodes / PROOFS).toFixed(1)} node hashes per proof, ${((coldMs * 1000) / PROOFS).toFixed(0)} us each with a cold tile cache (log2 n = ${Math.log2(size).toFixed(1)})`,
      );
    }
    reproduce(`npm run bench -- --evidence   (step 5: inclusionProof over the ledger's TileNodeReader, its reads counted, cache cleared before each)`);
    log.close();
    await events.close();

    // 6. Offline verification, by the verify.mjs inside the pack (byte for byte the one in dist/).
    const verifications = ['0', '2'].map((threads) => {
      const run = spawnSync(process.execPath, [VERIFY_IN_DIST, '--key', key, '--stats', '--threads', threads, pack], { encoding: 'utf8' });
      const stats = /checked in ([\d.]+) s \(([\d,]+) events\/s\), ([\d.]+) s of processor time on all threads, peak memory (\d+) MB RSS/.exec(run.stdout);
      const counted = /^\s+([\d,]+) events in/m.exec(run.stdout);
      if (run.status !== 0 || !stats || !counted) throw new Error(`verify.mjs: ${run.stdout}${run.stderr}`);
      return { threads, stats, events: Number(counted[1].replace(/,/g, '')), load: loadavg() };
    });
    const packEvents = verifications[0].events;

    report(
      `evidence pack export, compact of ${fmt(packEvents)} events`,
      `${fmt(Math.round((packEvents * 1000) / exported.ms))} ev/s`,
      `${seconds(exported.ms)} for the CLI to receive the whole pack (checkpoint ${fmt(checkpointSize)}), ${fmt(Math.round(statSync(pack).size / 1024 / 1024))} MB zip; ` +
        `API peak RSS during the export ${resetOk ? `${during.peakMb} MB (goal < 300), ${before.nowMb} MB before it began (+${during.peakMb - before.nowMb} MB)` : `unknown (/proc/<pid>/clear_refs not writable; ${during.peakMb} MB since start)`}; CLI peak RSS ${Number.isNaN(exported.peakMb) ? 'not measured (no /usr/bin/time)' : `${exported.peakMb} MB`}`,
    );
    reproduce(
      `npx compact-ledger export ${compactId} -o ${pack} --url <the API started as above> --token "$(npx compact-ledger token --data-dir ${dataDir} --sub bench --name Bench --role secretariat --url <the same>)"`,
    );
    for (const { threads, stats, load } of verifications) {
      report(
        `offline verify (node verify.mjs), ${threads === '0' ? 'one thread (the default below 4 cores)' : 'two worker threads (the default from 4)'}`,
        `${stats[2]} ev/s`,
        `${stats[1]} s for ${fmt(packEvents)} events, ${stats[3]} s of processor time, peak RSS ${stats[4]} MB (goals: > 300,000 ev/s, < 300 MB); load average ${load
          .map((l) => l.toFixed(1))
          .join(' ')}`,
      );
      reproduce(`node verify.mjs --key '${key}' --stats --threads ${threads} ${pack}   (verify.mjs: the pack's own, or ${VERIFY_IN_DIST})`);
    }
    console.log(`\n(the whole section took ${seconds(performance.now() - benchStarted)}${keep ? `; kept: ${root}` : ''})`);
  } finally {
    if (server) await stopLedger(server);
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}

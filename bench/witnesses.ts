/**
 * The witnesses' section of npm run bench (alone: npm run bench -- --witnesses):
 * HTTP POST /compacts from 32 clients against the API as npm start runs it, three
 * ways, one after the other on new data directories:
 *   - no witnesses, and no transparency log (as npm start runs on this branch without witnesses);
 *   - no witnesses, the transparency log on (catching up after each commit, a checkpoint a second);
 *   - three witnesses, each `compact-ledger witness serve` in its own process;
 *   - the same three, one of them down and one slow (every answer held 2 s by a proxy).
 * Then, for the last: the checkpoint served after the load, and who cosigned it.
 * Commands must keep their throughput: witnesses are asked off the command path.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadOrCreateLogKey, logKeyFile } from '@compact-ledger/transparency';
import { cosignaturesOn, parseCosignatureVerifierKey } from '@compact-ledger/witness';
import { answering, exitOf, freePort, spawnLedger, tokenFromDataDir } from '../test/support/ledger-process';
import { slowProxy } from '../libs/witness/src/testing/witness-fixture';
import { startWitnessProcess, type WitnessProcess } from '../test/support/witness-process';

const fmt = (n: number) => n.toLocaleString('en-GB');
const SLOW_MS = 2000;

/** Timed from the first request to the last response (autocannon's own finish waits for its next one-second tick). */
function load(options: autocannon.Options): Promise<{ rps: number; p99: number; non2xx: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve({ rps: (result['2xx'] * 1000) / (last - started), p99: result.latency.p99, non2xx: result.non2xx }),
    );
    instance.on('response', () => {
      last = performance.now();
    });
  });
}

const TURNS = 5;
/** The logs' name, fixed so that each ledger's log key can be made (and told to its witnesses) before it starts. */
const BENCH_ORIGIN = 'bench.compact-ledger.example/log';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Health {
  store: { headPosition: number };
  witnesses?: Array<{ name: string; state: string; cosignedSize: number | null }>;
}

/** A ledger as npm start runs it, warmed up, to be loaded in turns. */
async function startLedger(dataDir: string, witnessEntries: string[]) {
  const port = await freePort();
  const server = spawnLedger({
    LEDGER_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LEDGER_RATE_LIMIT_PER_MINUTE: '100000000',
    LEDGER_WITNESSES: witnessEntries.join(','),
    LEDGER_ORIGIN: BENCH_ORIGIN,
  });
  await answering(server, port);
  const token = await tokenFromDataDir(dataDir, { sub: 'bench', name: 'Bench', role: 'secretariat' });
  const request = {
    url: `http://127.0.0.1:${port}/compacts`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title: 'Delivering Together', covers: 'South Kent Coast', description: 'Draft Compact Agreement 2015-2018' }),
  };
  await autocannon({ ...request, connections: 32, amount: 2000 }); // JIT, caches, the new files' first pages: not counted.
  const turns: Array<{ rps: number; p99: number; non2xx: number }> = [];
  return {
    turns,
    turn: async (amount: number) => turns.push(await load({ ...request, connections: 32, amount })),
    health: async () => (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as Health,
    checkpoint: async () => {
      const served = await fetch(`http://127.0.0.1:${port}/ledger/checkpoint`);
      return served.ok ? await served.text() : null;
    },
    stop: async () => {
      server.kill('SIGTERM');
      await exitOf(server);
    },
  };
}

/**
 * The four configurations are started together and loaded in turns, A B C D A B C D ...
 * (the disk and the other processes of a shared machine drift within a minute): each
 * figure is the median of its turns, each ratio the median of the ratios turn by turn.
 */
export async function witnessBench(root: string, requests: number, report: (name: string, value: string, note?: string) => void): Promise<void> {
  const dirs = { logOnly: 'witnesses-none', healthy: 'witnesses-healthy', faults: 'witnesses-faults' };
  for (const dir of Object.values(dirs)) mkdirSync(join(root, dir), { recursive: true });
  const witnesses: WitnessProcess[] = [];
  const proxies: Array<{ stop: () => Promise<void> }> = [];
  const ledgers: Array<Awaited<ReturnType<typeof startLedger>>> = [];
  const threeWitnesses = async (dataDir: string) => {
    // The ledger's log key, made before it starts, so that its witnesses can be told it.
    const logKey = loadOrCreateLogKey(logKeyFile(dataDir), BENCH_ORIGIN);
    const three: WitnessProcess[] = [];
    // Three partners of seed paper 003, by the ids the seeds give them (as `npm run demo -- --witnesses` does).
    for (const org of ['east-kent-hospitals-university-foundation-trust', 'dover-district-council', 'south-kent-coast-skc-clinical-commissioning-group']) {
      three.push(
        await startWitnessProcess({
          name: `witness.${org}.example`,
          dataDir: join(dataDir, 'witness', org),
          logKey: logKey.verifierKey,
          port: await freePort(),
        }),
      );
    }
    witnesses.push(...three);
    return three;
  };
  try {
    const logOnly = await startLedger(join(root, dirs.logOnly), []);
    ledgers.push(logOnly);
    const healthyThree = await threeWitnesses(join(root, dirs.healthy));
    const healthy = await startLedger(
      join(root, dirs.healthy),
      healthyThree.map((w) => w.entry),
    );
    ledgers.push(healthy);
    const faultThree = await threeWitnesses(join(root, dirs.faults));
    const [fast, slowWitness, downWitness] = faultThree;
    const proxy = await slowProxy(slowWitness.url, SLOW_MS);
    proxies.push(proxy);
    await downWitness.stop();
    const faults = await startLedger(join(root, dirs.faults), [fast.entry, `${slowWitness.verifierKey} ${proxy.url}`, downWitness.entry]);
    ledgers.push(faults);

    for (let turn = 0; turn < TURNS; turn++) for (const ledger of ledgers) await ledger.turn(Math.ceil(requests / TURNS));
    // The last checkpoint follows the last commit within a second; the witnesses' answers follow it (the slow one's SLOW_MS later).
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS + 3000));

    const rps = (ledger: (typeof ledgers)[number]) => median(ledger.turns.map((t) => t.rps));
    const ratio = (a: (typeof ledgers)[number], b: (typeof ledgers)[number]) => median(a.turns.map((t, i) => t.rps / b.turns[i].rps));
    const p99 = (ledger: (typeof ledgers)[number]) => Math.max(...ledger.turns.map((t) => t.p99));
    const non2xx = (ledger: (typeof ledgers)[number]) => ledger.turns.reduce((n, t) => n + t.non2xx, 0);
    const describe = async (ledger: (typeof ledgers)[number], three: WitnessProcess[]) => {
      const [health, checkpoint] = [await ledger.health(), await ledger.checkpoint()];
      const found = checkpoint
        ? cosignaturesOn(
            checkpoint,
            three.map((w) => parseCosignatureVerifierKey(w.verifierKey)),
          ).filter((c) => c.valid)
        : [];
      const short = (name: string) => name.split('.')[1];
      return {
        size: `${fmt(Number(checkpoint?.split('\n')[1] ?? NaN))} of ${fmt(health.store.headPosition)}`,
        served: `the checkpoint served, of ${fmt(Number(checkpoint?.split('\n')[1] ?? NaN))} of the ${fmt(health.store.headPosition)} events, cosigned by ${found.map((c) => short(c.name)).join(' and ') || 'none'}`,
        states: (health.witnesses ?? []).map((w) => `${short(w.name)} ${w.state}${w.cosignedSize === null ? '' : ` at ${w.cosignedSize}`}`).join(', '),
      };
    };
    const turnsNote = (ledger: (typeof ledgers)[number]) => `median of ${TURNS} turns: ${ledger.turns.map((t) => fmt(Math.round(t.rps))).join(' / ')}`;

    report(
      'HTTP POST /compacts, 32 clients, the transparency log, no witnesses',
      `${fmt(Math.round(rps(logOnly)))} req/s`,
      `p99 ${p99(logOnly)} ms, non-2xx ${non2xx(logOnly)}; ${turnsNote(logOnly)}`,
    );
    const healthyState = await describe(healthy, healthyThree);
    report(
      'HTTP POST /compacts, 32 clients, the log and three witnesses',
      `${fmt(Math.round(rps(healthy)))} req/s`,
      `p99 ${p99(healthy)} ms, non-2xx ${non2xx(healthy)}; ${ratio(healthy, logOnly).toFixed(2)} of the log without witnesses; ${turnsNote(healthy)}; ${healthyState.served}`,
    );
    const faultState = await describe(faults, faultThree);
    report(
      `HTTP POST /compacts, 32 clients, one witness down, one slow (${SLOW_MS / 1000} s)`,
      `${fmt(Math.round(rps(faults)))} req/s`,
      `p99 ${p99(faults)} ms, non-2xx ${non2xx(faults)}; ${ratio(faults, healthy).toFixed(2)} of three healthy, ${ratio(faults, logOnly).toFixed(2)} of the log without witnesses; ${turnsNote(faults)}`,
    );
    report('  after that load, the checkpoint served', faultState.size, `${faultState.served}; /health: ${faultState.states}`);
  } finally {
    await Promise.all(ledgers.map((ledger) => ledger.stop()));
    await Promise.all(proxies.map((p) => p.stop()));
    await Promise.all(witnesses.map((w) => w.stop()));
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@compact-ledger/event-store';
import { answering, exitOf, freePort, spawnLedger, tokenFromDataDir } from '../support/ledger-process';

const STARTS = 90_000;
const PATH = { levels: [{ level: 1, name: 'Bilateral', whoActs: 'Officers', mediation: false, independentChair: false }], note: 'n', effectiveOn: '2016-01-01' };

/**
 * The Idempotency-Key window: the process is killed (SIGKILL) after the event store has
 * committed a command and before its answer is written, then the client sends the same
 * request again. The command is recorded once, and the retry answers as the first would have.
 */
describe('a command retried under its Idempotency-Key after the process died between the append and the answer', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledger-retry-after-crash-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(env: Record<string, string> = {}) {
    const port = await freePort();
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env });
    await answering(child, port, STARTS);
    const authorization = `Bearer ${await tokenFromDataDir(dataDir, { sub: 'lead', name: 'Lead', role: 'secretariat' })}`;
    const post = (path: string, body: object, headers: Record<string, string> = {}) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    return { child, post };
  }

  it(
    'is recorded once, and the retry answers with the revision and position it was recorded at',
    async () => {
      const crashing = await start({
        NODE_OPTIONS: `--require ${join(__dirname, '..', 'support', 'crash-after-append.js')}`,
        LEDGER_TEST_CRASH_AFTER_APPEND: 'crash-here',
      });
      const drafted = (await (await crashing.post('/compacts', { title: 'Delivering Together', covers: 'South Kent Coast' })).json()) as { id: string };
      const headers = { 'idempotency-key': 'escalation-path-1', 'x-correlation-id': 'crash-here' };
      const lost = await crashing.post(`/compacts/${drafted.id}/escalation-path`, PATH, headers).then(
        (response) => `answered ${response.status}`,
        () => 'no answer',
      );
      expect(lost).toBe('no answer');
      await exitOf(crashing.child);
      expect(crashing.child.signalCode).toBe('SIGKILL');

      const restarted = await start();
      try {
        const retry = await restarted.post(`/compacts/${drafted.id}/escalation-path`, PATH, headers);
        expect(retry.status).toBe(201);
        const answer = await retry.json();
        expect(answer).toEqual({ id: drafted.id, streamRevision: 1, position: 2 });
        expect(retry.headers.get('etag')).toBe('"1"');
        // Kept now: the next retry is a replay of it.
        const replay = await restarted.post(`/compacts/${drafted.id}/escalation-path`, PATH, headers);
        expect(replay.headers.get('idempotency-replayed')).toBe('true');
        expect(await replay.json()).toEqual(answer);
      } finally {
        restarted.child.kill('SIGTERM');
        await exitOf(restarted.child);
      }
      const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
      try {
        expect((await store.readStream(`compact-${drafted.id}`)).map((e) => [e.type, e.position])).toEqual([
          ['CompactDrafted', 1],
          ['EscalationPathDefined', 2],
        ]);
      } finally {
        await store.close();
      }
    },
    3 * STARTS,
  );

  it(
    'a compact drafted under its Idempotency-Key is the same compact when the request is sent again after the crash',
    async () => {
      const crashing = await start({
        NODE_OPTIONS: `--require ${join(__dirname, '..', 'support', 'crash-after-append.js')}`,
        LEDGER_TEST_CRASH_AFTER_APPEND: 'crash-here',
      });
      const headers = { 'idempotency-key': 'draft-1', 'x-correlation-id': 'crash-here' };
      const body = { title: 'Delivering Together', covers: 'South Kent Coast' };
      const lost = await crashing.post('/compacts', body, headers).then(
        (response) => `answered ${response.status}`,
        () => 'no answer',
      );
      expect(lost).toBe('no answer');
      await exitOf(crashing.child);

      const restarted = await start();
      let id: string;
      try {
        const retry = await restarted.post('/compacts', body, headers);
        expect(retry.status).toBe(201);
        ({ id } = (await retry.json()) as { id: string });
        expect(retry.headers.get('location')).toBe(`/compacts/${id}`);
      } finally {
        restarted.child.kill('SIGTERM');
        await exitOf(restarted.child);
      }
      const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
      try {
        const all = await store.readAll({ after: 0, limit: 10 });
        // One compact: the one the first request made, which the retry named again.
        expect(all.map((e) => [e.streamId, e.type])).toEqual([[`compact-${id}`, 'CompactDrafted']]);
      } finally {
        await store.close();
      }
    },
    3 * STARTS,
  );
});

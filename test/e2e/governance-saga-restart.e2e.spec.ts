import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleCommand, type RecordedEvent, SqliteEventStore } from '@compact-ledger/event-store';
import { meetingDecider } from '../../apps/api/src/meetings/meeting-decider';
import { askToLeave, governanceWorld, heldMeeting, ISLINGTON_CCG, type Post } from '../support/governance-world';
import { answering, exitOf, freePort, spawnLedger, tokenFromDataDir } from '../support/ledger-process';

/*
 * The decision-consequences saga is exactly-once across restarts. The API runs as `npm start`
 * runs it, in a process of its own; it is killed (SIGKILL: no shutdown hook runs) with a
 * decision recorded whose consequence is not, started again, killed again after the consequence
 * with its checkpoint lost, and started again: the compact holds one copy of the consequence,
 * caused by the decision.
 */
describe('The saga by which decisions act on the compact, across a crash between the decision and its consequence', () => {
  const STARTS = 120_000;
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-saga-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start() {
    const port = await freePort();
    const child = spawnLedger({ LEDGER_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    await answering(child, port, 60_000);
    const base = `http://127.0.0.1:${port}`;
    const authorization = `Bearer ${await tokenFromDataDir(dataDir, { sub: 'lead', name: 'Governance Lead', role: 'secretariat' })}`;
    const call = async (method: string, path: string, body?: object) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
      return answer;
    };
    return { child, base, post: ((path, body) => call('POST', path, body)) as Post, get: (path: string) => call('GET', path) };
  }

  async function kill(child: ReturnType<typeof spawnLedger>) {
    child.kill('SIGKILL');
    await exitOf(child);
  }

  /** The compact's events of a type, read from the store's file while no API runs. */
  async function eventsOf(streamId: string, type: string): Promise<RecordedEvent[]> {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    try {
      return (await store.readStream(streamId)).filter((e) => e.type === type);
    } finally {
      await store.close();
    }
  }

  it(
    'recorded once, with its causation, whether the process died before the consequence or after it with the saga’s checkpoint lost',
    async () => {
      // 1. A running API: the compact, its board, a meeting held.
      const first = await start();
      const world = await governanceWorld(first.post);
      const meetingId = await heldMeeting(first.post, world.partnershipBoardId, '2017-09-26', '2017-09-08');
      await kill(first.child);

      // 2. The decision is recorded and the process dies before the saga acts on it: the log holds the
      //    decision, the compact no consequence, and the saga's checkpoint is before the decision.
      const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
      const body = askToLeave(ISLINGTON_CCG, '2017-10-31', '2017-07-26');
      await handleCommand(
        store,
        `meeting-${meetingId}`,
        meetingDecider,
        {
          type: 'RecordDecision',
          data: {
            decisionId: '0190d7a4-1c2b-7c3d-8e4f-5a6b7c8d9e0f',
            item: body.item,
            resolution: body.resolution,
            outcome: { kind: 'consensus' },
            value: null,
            consequence: body.consequence as never,
            dispute: null,
          },
        },
        {
          actor: { subject: 'lead', name: 'Governance Lead', role: 'secretariat', organisation: null },
          correlationId: 'crash-between-decision-and-consequence',
          causationId: null,
          newEventId: () => '0190d7a4-1c2b-7c3d-8e4f-5a6b7c8d9eaa',
          newIdFor: () => '0190d7a4-1c2b-7c3d-8e4f-5a6b7c8d9eab',
        },
      );
      await store.close();
      const [decision] = await eventsOf(`meeting-${meetingId}`, 'DecisionRecorded');
      expect(await eventsOf(`compact-${world.compactId}`, 'PartnerAskedToLeave')).toEqual([]);

      // 3. Started again, the saga finds the decision from its checkpoint and records its consequence.
      const second = await start();
      await waitFor(async () => {
        const history = (await second.get(`/compacts/${world.compactId}/history`)) as RecordedEvent[];
        expect(history.filter((e) => e.type === 'PartnerAskedToLeave')).toHaveLength(1);
      });
      expect(((await (await fetch(`${second.base}/health`)).json()) as { decisionConsequences: object }).decisionConsequences).toMatchObject({
        recorded: 1,
        refused: 0,
      });
      // Killed once the consequence is recorded, with its checkpoint lost: the next start reads the whole log again,
      // finds the consequence already on the compact under the id derived from the decision, and records nothing.
      await kill(second.child);
      rmSync(join(dataDir, 'sagas.db'), { force: true });
      rmSync(join(dataDir, 'sagas.db-wal'), { force: true });
      rmSync(join(dataDir, 'sagas.db-shm'), { force: true });

      const third = await start();
      const health = await waitFor(async () => {
        const body = (await (await fetch(`${third.base}/health`)).json()) as {
          store: { headPosition: number };
          decisionConsequences: { position: number; caughtUp: boolean; failing: unknown; recorded: number; refused: number };
        };
        expect(body.decisionConsequences).toMatchObject({ caughtUp: true, failing: null, position: body.store.headPosition });
        return body;
      });
      // Not refused (as a second ask to leave would be by the compact's rules): recognised as already recorded.
      expect(health.decisionConsequences).toMatchObject({ error: null, recorded: 1, refused: 0 });
      const log = (await third.get(`/boards/${world.partnershipBoardId}/decisions?minPosition=${health.store.headPosition}`)) as Array<{ followed: unknown[] }>;
      expect(log[0].followed).toHaveLength(1);
      await kill(third.child);

      // 4. One copy, caused by the decision, with its correlation id; the chain is intact.
      const asked = await eventsOf(`compact-${world.compactId}`, 'PartnerAskedToLeave');
      expect(asked).toHaveLength(1);
      expect(asked[0].metadata).toMatchObject({ causationId: decision.metadata.eventId, correlationId: 'crash-between-decision-and-consequence' });
      expect(asked[0].data).toMatchObject({
        organisationId: ISLINGTON_CCG,
        basis: { kind: 'decision', reference: `meeting/${meetingId}/decisions/0190d7a4-1c2b-7c3d-8e4f-5a6b7c8d9e0f` },
      });
      const verify = new SqliteEventStore({ file: join(dataDir, 'events.db') });
      expect((await verify.verifyAll()).ok).toBe(true);
      await verify.close();
    },
    STARTS * 2,
  );
});

async function waitFor<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

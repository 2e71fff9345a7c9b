import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EsdbTestServer } from '@compact-ledger/esdb-test-server';
import { exitOf, spawnLedger, spawnLedgerOnEsdb } from '../support/ledger-process';
import { kentRaisesDispute } from '../support/dispute-fixtures';

/**
 * The API as `LEDGER_STORE=esdb npm start` runs it, against the in-process
 * EventStoreDB test server (the real @eventstore/db-client over real gRPC).
 */
describe('The API on EventStoreDB (in-process test server), over HTTP', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ledger-esdb-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('drafts and reads a compact, with the events and their hashes in EventStoreDB', async () => {
    const server = new EsdbTestServer();
    await server.start();
    const { child, base, authorization } = await spawnLedgerOnEsdb(server.connectionString, dataDir);
    try {
      const created = await fetch(`${base}/compacts`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'On EventStoreDB', covers: 'Anywhere' }),
      });
      expect(created.status).toBe(201);
      const { id, position } = (await created.json()) as { id: string; position: number };
      const read = await fetch(`${base}/compacts/${id}?minPosition=${position}`, { headers: { authorization } });
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ title: 'On EventStoreDB' });
      const health = (await (await fetch(`${base}/health`)).json()) as { store: { kind: string; readable: boolean } };
      expect(health.store).toMatchObject({ kind: 'esdb', readable: true });
    } finally {
      child.kill('SIGTERM');
      await exitOf(child);
      await server.stop();
    }
  });

  it('a dispute raised, escalated and replayed, its stream and hash chain in EventStoreDB', async () => {
    const server = new EsdbTestServer();
    await server.start();
    const { child, base, authorization } = await spawnLedgerOnEsdb(server.connectionString, dataDir);
    const post = async (path: string, body: object) => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect({ path, status: response.status }).toEqual({ path, status: 201 });
      return (await response.json()) as { id: string; position: number };
    };
    try {
      const { id: compactId } = await post('/compacts', { title: 'Disputed on EventStoreDB', covers: 'Anywhere' });
      await post(`/compacts/${compactId}/versions`, { label: '1', note: 'First', dated: '2016-01-25', sections: [{ number: '1', text: 'Intro' }] });
      for (const organisationId of ['kent-county-council', 'south-kent-coast-ccg']) {
        await post(`/compacts/${compactId}/partners`, {
          organisationId,
          name: organisationId,
          organisationType: 'local-authority',
          lead: { name: 'L', role: 'R' },
          effectiveOn: '2016-02-01',
        });
      }
      const levels = [1, 2].map((level) => ({ level, name: `Level ${level}`, whoActs: 'The parties', mediation: false, independentChair: false }));
      await post(`/compacts/${compactId}/escalation-path`, { levels, note: 'Section 8', effectiveOn: '2016-02-01' });
      const raise = kentRaisesDispute(compactId);
      const { id } = await post('/disputes', raise);
      const { position } = await post(`/disputes/${id}/escalations`, {
        toLevel: 2,
        reason: 'No agreement',
        requestedBy: 'kent-county-council',
        escalatedOn: '2016-04-01',
      });

      const dispute = (await (await fetch(`${base}/disputes/${id}?minPosition=${position}`, { headers: { authorization } })).json()) as {
        currentLevel: number;
      };
      expect(dispute).toMatchObject({ currentLevel: 2, raisedBy: 'kent-county-council' });
      const replay = (await (await fetch(`${base}/disputes/${id}/replay`, { headers: { authorization } })).json()) as {
        steps: Array<{ type: string; metadata: { hash: string; prevHash: string } }>;
      };
      expect(replay.steps.map((s) => s.type)).toEqual(['DisputeRaised', 'DisputeEscalated']);
      expect(replay.steps[1].metadata.prevHash).toBe(replay.steps[0].metadata.hash);
    } finally {
      child.kill('SIGTERM');
      await exitOf(child);
      await server.stop();
    }
  });

  it('a command whose events are larger than the server takes in one append: 413 naming the limit, and nothing recorded', async () => {
    // As a deployer's KurrentDB with MaxAppendSize lowered to 4 KiB (its default is 256 MiB).
    const server = new EsdbTestServer({ maxAppendSize: 4096 });
    await server.start();
    const { child, base, authorization } = await spawnLedgerOnEsdb(server.connectionString, dataDir);
    const draft = (description: string) =>
      fetch(`${base}/compacts`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Too long to store', covers: 'Anywhere', description }),
      });
    try {
      const before = server.log.lastPosition;
      const refused = await draft('x'.repeat(4500));
      expect(refused.status).toBe(413);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await refused.json()) as { type: string; detail: string; limitBytes: number };
      expect(problem).toMatchObject({ type: 'urn:compact-ledger:problem:append-too-large', status: 413, limitBytes: 4096 });
      expect(problem.detail).toContain('4096 bytes');
      expect(server.log.lastPosition).toBe(before);
      // Within the limit, the same command is recorded.
      expect((await draft('x'.repeat(500))).status).toBe(201);
      expect(server.log.lastPosition).not.toBe(before);
    } finally {
      child.kill('SIGTERM');
      await exitOf(child);
      await server.stop();
    }
  });

  it('no server at the connection string: one clear line and a non-zero exit', async () => {
    const child = spawnLedger({ LEDGER_STORE: 'esdb', EVENTSTORE_CONNECTION_STRING: 'esdb://127.0.0.1:1?tls=false', LEDGER_DATA_DIR: dataDir, PORT: '0' });
    expect(await exitOf(child)).toBe(1);
    const lines = child
      .output()
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('compact-ledger:'));
    expect(lines).toEqual([expect.stringMatching(/^compact-ledger: failed to start: cannot reach EventStoreDB at esdb:\/\/127\.0\.0\.1:1\?tls=false/)]);
  }, 30_000);
});

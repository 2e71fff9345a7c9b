import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EsdbTestServer } from '@compact-ledger/esdb-test-server';
import { exitOf, spawnLedgerOnEsdb } from '../support/ledger-process';

/** The EventStoreDB connection lost while the API runs: commands 503, /health says so, and it recovers when the server returns. */
describe('The API on EventStoreDB when the server goes away and comes back', () => {
  it('answers 503 with Retry-After and an unreadable store while the server is down, and works again after', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledger-esdb-loss-'));
    const server = new EsdbTestServer();
    await server.start();
    const { child, base, authorization } = await spawnLedgerOnEsdb(server.connectionString, dataDir);
    try {
      const draft = () =>
        fetch(`${base}/compacts`, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Through an outage', covers: 'Anywhere' }),
        });
      expect((await draft()).status).toBe(201);

      await server.stop();
      const during = await draft();
      expect(during.status).toBe(503);
      expect(during.headers.get('retry-after')).toBeTruthy();
      expect(await during.json()).toMatchObject({ type: 'urn:compact-ledger:problem:store-unavailable' });
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', store: { kind: 'esdb', readable: false } });

      await server.start();
      let after = 0;
      for (let attempt = 0; attempt < 40 && after !== 201; attempt++) {
        after = (await draft()).status;
        if (after !== 201) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(after).toBe(201);
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exitOf(child);
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

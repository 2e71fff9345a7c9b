import { join } from 'node:path';
import { openSqlite } from '@compact-ledger/event-store';
import { LedgerTestApp } from '../support/ledger-test-app';

const shropshire = { title: 'Shropshire, Telford and Wrekin Health and Social Care Partnership Compact', covers: 'Shropshire, Telford and Wrekin' };

/** Tries `check` until it passes (the read models catch up in the background), for up to ten seconds. */
async function eventually<T>(check: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await check();
    } catch (error) {
      if (attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Reads with ?minPosition= on a ledger that waits for no read model (LEDGER_READ_WAIT_MS=0). */
describe('Read-your-writes over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_READ_WAIT_MS: 0 });
  });
  afterAll(() => ledger.stop());

  it('read-your-writes: a position the read models have not reached within the bound answers 503 with Retry-After', async () => {
    // One read model made unable to apply the next compact (its table set aside), so it cannot reach that position.
    const readModels = openSqlite(join(ledger.dataDir, 'read-models.db'), { processExclusive: true });
    try {
      readModels.exec('ALTER TABLE compact_documents_v1 RENAME TO compact_documents_v1_set_aside');
      const { position } = (await ledger.as('secretariat').post('/compacts').send(shropshire).expect(201)).body;
      const behind = await ledger.as('secretariat').get(`/compacts?minPosition=${position}`).expect(503);
      expect(behind.headers['retry-after']).toBe('1');
      expect(behind.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(behind.body).toMatchObject({ status: 503, type: 'urn:compact-ledger:problem:read-model-behind' });
      // Put back, the read model catches up and the same read is answered.
      readModels.exec('ALTER TABLE compact_documents_v1_set_aside RENAME TO compact_documents_v1');
      await eventually(() => ledger.as('secretariat').get(`/compacts?minPosition=${position}`).expect(200));
    } finally {
      readModels.close();
    }
  });
});

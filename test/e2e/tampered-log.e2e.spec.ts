import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LedgerTestApp } from '../support/ledger-test-app';

const PATH = { levels: [{ level: 1, name: 'Bilateral', whoActs: 'Officers', mediation: false, independentChair: false }], note: 'n', effectiveOn: '2016-01-01' };

/**
 * A log edited while the API was stopped, as someone with the data directory could:
 * the API checks the chain when it starts and refuses to build on what fails it.
 */
describe('The API started on a tampered log, over HTTP', () => {
  let ledger: LedgerTestApp;
  let tampered: string;
  let untouched: string;

  beforeAll(async () => {
    const first = await LedgerTestApp.start();
    const lead = first.as('secretariat');
    tampered = (await lead.post('/compacts').send({ title: 'Delivering Together', covers: 'South Kent Coast' }).expect(201)).body.id;
    await lead.post(`/compacts/${tampered}/escalation-path`).send(PATH).expect(201);
    untouched = (await lead.post('/compacts').send({ title: 'Better Together', covers: 'Shropshire' }).expect(201)).body.id;
    await first.stop({ keepData: true });
    const db = new Database(join(first.dataDir, 'events.db'));
    db.prepare(`UPDATE events SET data = replace(data, 'Delivering Together', 'Delivering Apart') WHERE stream_id = ?`).run(`compact-${tampered}`);
    db.close();
    ledger = await LedgerTestApp.start({}, first.dataDir);
  });
  afterAll(() => ledger.stop());

  it('/health is degraded, naming the stream and the revision where its chain breaks', async () => {
    const health = (await ledger.http.get('/health').expect(200)).body;
    expect(health.status).toBe('degraded');
    expect(health.store.chain).toMatchObject({
      lastFullCheck: { ok: false },
      brokenStreams: [{ streamId: `compact-${tampered}`, revision: 0, position: 1, reason: 'changed' }],
    });
    expect(health.problems).toEqual([expect.stringMatching(new RegExp(`^stream compact-${tampered} fails its hash chain at revision 0 \\(changed\\)`))]);
  });

  it.each(['', '/history', '/escalation-path'])('GET /compacts/:id%s of the broken stream answers a problem naming the stream and revision, not the edited text', async (suffix) => {
    const read = await ledger.as('regulator').get(`/compacts/${tampered}${suffix}`).expect(503);
    expect(read.body).toMatchObject({
      type: 'urn:compact-ledger:problem:chain-broken',
      streamId: `compact-${tampered}`,
      revision: 0,
      reason: 'changed',
    });
    expect(read.text).not.toContain('Delivering Apart');
  });

  it('a command on the broken stream is refused, appending nothing; the other streams carry on', async () => {
    const before = await ledger.headPosition();
    const refused = await ledger.as('secretariat').post(`/compacts/${tampered}/escalation-path`).send(PATH).expect(503);
    expect(refused.body).toMatchObject({ type: 'urn:compact-ledger:problem:chain-broken', streamId: `compact-${tampered}` });
    expect(await ledger.headPosition()).toBe(before);
    await ledger.as('secretariat').post(`/compacts/${untouched}/escalation-path`).send(PATH).expect(201);
    await ledger.as('regulator').get(`/compacts/${untouched}`).expect(200);
  });
});

describe('The API started on a log whose last event was removed', () => {
  it('refuses every command, since its read models have seen further, and /health says the log is not whole', async () => {
    const first = await LedgerTestApp.start();
    const lead = first.as('secretariat');
    const last = (await lead.post('/compacts').send({ title: 'Last', covers: 'Kent' }).expect(201)).body;
    await lead.get(`/compacts?minPosition=${last.position}`).expect(200);
    await first.stop({ keepData: true });
    const db = new Database(join(first.dataDir, 'events.db'));
    db.prepare('DELETE FROM events WHERE position = ?').run(last.position);
    db.close();

    const ledger = await LedgerTestApp.start({}, first.dataDir);
    try {
      const refused = await ledger.as('secretariat').post('/compacts').send({ title: 'Next', covers: 'Kent' }).expect(503);
      expect(refused.body).toMatchObject({ type: 'urn:compact-ledger:problem:log-incomplete', detail: expect.stringMatching(/^the log ends at position 0, but the read models' checkpoints reached position 1/) });
      const health = await ledger.http.get('/health').expect(503);
      expect(health.body).toMatchObject({ status: 'unavailable', store: { appends: { possible: false, cause: 'log-incomplete' } } });
    } finally {
      await ledger.stop();
    }
  });
});

import { compactStream } from '@compact-ledger/domain';
import { LedgerTestApp } from '../support/ledger-test-app';

/**
 * A compact's stream holding an event this version does not know, as a newer instance
 * writes one during a rolling deploy: reads keep it and skip it; commands are refused
 * rather than decided without it.
 */
describe('An event from a newer version, over HTTP', () => {
  let ledger: LedgerTestApp;
  let id: string;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    id = (await ledger.as('secretariat').post('/compacts').send({ title: 'Delivering Together', covers: 'South Kent Coast' }).expect(201)).body.id;
    await ledger.store.append(
      compactStream(id),
      [
        {
          type: 'CompactArchived',
          data: { archivedOn: '2026-11-30', shelf: 'B4' },
          metadata: {
            eventId: '0193f0c2-0000-7000-8000-000000000001',
            actor: { subject: 'newer', name: 'A newer instance', role: 'secretariat', organisation: null },
          },
        },
      ],
      0,
    );
  });
  afterAll(() => ledger.stop());

  it('the history keeps it, and the compact still reads as it did', async () => {
    const head = await ledger.headPosition();
    const history = (await ledger.as('regulator').get(`/compacts/${id}/history`).expect(200)).body;
    expect(history.map((e: { type: string }) => e.type)).toEqual(['CompactDrafted', 'CompactArchived']);
    const compact = (await ledger.as('regulator').get(`/compacts/${id}?minPosition=${head}`).expect(200)).body;
    expect(compact).toMatchObject({ title: 'Delivering Together', status: 'draft' });
  });

  it('a command on the stream is refused with 503 naming the stream, revision and type; nothing is appended', async () => {
    const head = await ledger.headPosition();
    const refused = await ledger
      .as('secretariat')
      .post(`/compacts/${id}/versions`)
      .send({ label: '1', note: 'First', dated: '2015-08-01', sections: [{ number: '1', text: 'Intro' }] })
      .expect(503);
    expect(refused.body).toMatchObject({
      type: 'urn:compact-ledger:problem:unknown-event-type',
      streamId: `compact-${id}`,
      revision: 1,
      eventType: 'CompactArchived',
    });
    expect(refused.headers['retry-after']).toBe('5');
    expect(await ledger.headPosition()).toBe(head);
  });
});

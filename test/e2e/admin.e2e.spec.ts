import { LedgerTestApp } from '../support/ledger-test-app';

/** Read models are derived: an administrator can drop one and replay it from the log, and it comes back the same. */
describe('Rebuilding a read model over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
  });
  afterAll(() => ledger.stop());

  it('an admin rebuilds compact_documents_v1 and compact_versions_v2 from position 0; what they answer is unchanged and no event is added', async () => {
    const ids: string[] = [];
    for (const title of ['One', 'Two', 'Three'])
      ids.push((await ledger.as('secretariat').post('/compacts').send({ title, covers: 'Here' }).expect(201)).body.id);
    const last = (
      await ledger
        .as('secretariat')
        .post(`/compacts/${ids[0]}/versions`)
        .send({ label: '1', note: 'First', dated: '2016-01-25', sections: [{ number: '1', text: 'Intro' }] })
        .expect(201)
    ).body.position;
    const listBefore = (await ledger.as('regulator').get(`/compacts?minPosition=${last}`).expect(200)).body;
    const oneBefore = (await ledger.as('regulator').get(`/compacts/${ids[0]}`).expect(200)).body;
    const head = await ledger.headPosition();

    for (const name of ['compact_documents_v1', 'compact_versions_v2']) {
      const rebuilt = await ledger.as('admin').post(`/admin/projections/${name}/rebuild`).expect(200);
      expect(rebuilt.body).toMatchObject({ name, position: head });
    }
    expect(await ledger.headPosition()).toBe(head);
    expect((await ledger.as('regulator').get('/compacts').expect(200)).body).toEqual(listBefore);
    const oneAfter = (await ledger.as('regulator').get(`/compacts/${ids[0]}`).expect(200)).body;
    expect({ ...oneAfter, asOf: null }).toEqual({ ...oneBefore, asOf: null });
  });

  it('reads with minPosition while a read model is rebuilt wait for it to get there again: never a 404 for what they already showed', async () => {
    let position = 0;
    let id = '';
    for (let i = 0; i < 10; i++) {
      const created = await Promise.all(
        Array.from({ length: 20 }, (_, k) =>
          ledger
            .as('secretariat')
            .post('/compacts')
            .send({ title: `Compact ${i}.${k}`, covers: 'Here' })
            .expect(201),
        ),
      );
      for (const { body } of created) if (body.position > position) ({ position, id } = body);
    }
    await ledger.as('regulator').get(`/compacts/${id}?minPosition=${position}`).expect(200);
    for (let round = 0; round < 10; round++) {
      const rebuild = ledger
        .as('admin')
        .post('/admin/projections/compact_documents_v1/rebuild')
        .then((response) => response.status);
      const reads = await Promise.all(
        Array.from({ length: 10 }, () =>
          ledger
            .as('regulator')
            .get(`/compacts/${id}?minPosition=${position}`)
            .then((r) => r.status),
        ),
      );
      expect(await rebuild).toBe(200);
      expect(reads.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    }
  });

  it('an unknown projection is 404 and a malformed name 400; no other role may rebuild', async () => {
    await ledger.as('admin').post('/admin/projections/nothing_v1/rebuild').expect(404);
    const bad = await ledger.as('admin').post('/admin/projections/DROP%20TABLE/rebuild').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    for (const role of ['secretariat', 'partner', 'mediator', 'regulator'] as const) {
      await ledger.as(role).post('/admin/projections/compact_documents_v1/rebuild').expect(403);
    }
  });
});

import { LedgerTestApp } from '../support/ledger-test-app';

const compact = { title: 'Delivering Together', covers: 'South Kent Coast' };

// The projections run on their own thread by default; LEDGER_PROJECTION_THREAD=main keeps
// them on the API's event loop. Both must give the same answers.
describe.each(['worker', 'main'] as const)('read models with LEDGER_PROJECTION_THREAD=%s', (mode) => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_PROJECTION_THREAD: mode });
  });
  afterAll(() => ledger.stop());

  it('a query with minPosition sees each write at once, under concurrent writers', async () => {
    const created = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        ledger
          .as('secretariat')
          .post('/compacts')
          .send({ ...compact, title: `Compact ${i}` })
          .expect(201),
      ),
    );
    const last = Math.max(...created.map((r) => r.body.position as number));
    const list = await ledger.as('secretariat').get(`/compacts?minPosition=${last}`).expect(200);
    expect(list.body.map((c: { compactId: string }) => c.compactId)).toEqual(expect.arrayContaining(created.map((r) => r.body.id)));
    for (const { body } of created.slice(0, 5)) {
      await ledger.as('secretariat').get(`/compacts/${body.id}?minPosition=${body.position}`).expect(200);
    }
  });

  it('health reports each projection at the head of the log', async () => {
    const { body } = await ledger.as('secretariat').post('/compacts').send(compact).expect(201);
    await ledger.as('secretariat').get(`/compacts/${body.id}?minPosition=${body.position}`).expect(200);
    const health = await ledger.http.get('/health').expect(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.projections.map((p: { name: string }) => p.name)).toEqual([
      'compact_state_v1',
      'compact_versions_v1',
      'compact_lifecycle_v3',
      'disputes_v2',
      'escalation_audit_v2',
      'boards_v1',
      'meetings_v1',
      'interest_register_v1',
      'attendance_v1',
      'decision_log_v1',
      'joint_programme_v1',
      'measures_v1',
      'deadlines_v1',
    ]);
    for (const projection of health.body.projections) expect(projection).toMatchObject({ position: body.position, lag: 0, caughtUp: true, error: null });
  });

  it('a rebuild answers the rebuilt position, and the read model answers as before', async () => {
    const before = await ledger.as('secretariat').get('/compacts').expect(200);
    const head = await ledger.headPosition();
    const rebuilt = await ledger.as('admin').post('/admin/projections/compact_state_v1/rebuild').expect(200);
    expect(rebuilt.body).toMatchObject({ name: 'compact_state_v1', position: head });
    const after = await ledger.as('secretariat').get('/compacts').expect(200);
    expect(after.body).toEqual(before.body);
  });

  it('after a restart the read models pick up where they were, and new writes are seen', async () => {
    ledger = await ledger.restart();
    const { body } = await ledger.as('secretariat').post('/compacts').send(compact).expect(201);
    const read = await ledger.as('secretariat').get(`/compacts/${body.id}?minPosition=${body.position}`).expect(200);
    expect(read.body).toMatchObject({ compactId: body.id, title: compact.title });
  });
});

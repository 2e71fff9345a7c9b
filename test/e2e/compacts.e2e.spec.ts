import { MAX_JSON_DEPTH } from '../../apps/api/src/http/http-adapter';
import { LedgerTestApp } from '../support/ledger-test-app';

/** Arrays `levels` deep: as a field of the body, the body is one level deeper. */
const nested = (levels: number): unknown => JSON.parse('['.repeat(levels) + ']'.repeat(levels));
const shropshire = { title: 'Shropshire, Telford and Wrekin Health and Social Care Partnership Compact', covers: 'Shropshire, Telford and Wrekin' };

describe('Compacts over HTTP: the first slice', () => {
  // One ledger for the file; each test works on compacts of its own.
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
  });
  afterAll(async () => {
    await ledger.stop();
  });

  it('POST /compacts records CompactDrafted and answers id, stream revision and position', async () => {
    const response = await ledger
      .as('secretariat')
      .post('/compacts')
      .send({ ...shropshire, description: 'V6.0, 27 February' })
      .expect(201);
    expect(response.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), streamRevision: 0, position: 1 });
    expect(response.headers.location).toBe(`/compacts/${response.body.id}`);
    expect(response.headers.etag).toBe('"0"');

    const compact = await ledger.as('secretariat').get(`/compacts/${response.body.id}?minPosition=${response.body.position}`).expect(200);
    expect(compact.body).toMatchObject({
      compactId: response.body.id,
      title: shropshire.title,
      covers: shropshire.covers,
      description: 'V6.0, 27 February',
      status: 'draft',
      revision: 0,
      draftedBy: { subject: 'secretariat-ledger', name: 'Test secretariat', role: 'secretariat', organisation: null },
    });
    expect(compact.headers.etag).toBe('"0"');
  });

  it('GET /compacts lists every compact drafted', async () => {
    const a = await ledger.as('secretariat').post('/compacts').send(shropshire).expect(201);
    const b = await ledger.as('secretariat').post('/compacts').send({ title: 'Delivering Together', covers: 'South Kent Coast' }).expect(201);
    const list = await ledger.as('secretariat').get(`/compacts?minPosition=${b.body.position}`).expect(200);
    // In the order drafted, after any drafted before them.
    const ids = list.body.map((c: { compactId: string }) => c.compactId);
    expect(ids.filter((id: string) => id === a.body.id || id === b.body.id)).toEqual([a.body.id, b.body.id]);
    expect(ids.indexOf(b.body.id)).toBe(ids.length - 1);
  });

  it('GET /compacts/:id/history returns the events with full envelopes, hashes and the correlation id', async () => {
    const created = await ledger.as('secretariat').post('/compacts').set('X-Correlation-Id', 'board-paper-2016-03').send(shropshire).expect(201);
    const history = await ledger.as('secretariat').get(`/compacts/${created.body.id}/history`).expect(200);
    expect(history.body).toHaveLength(1);
    const [event] = history.body;
    expect(event).toMatchObject({
      streamId: `compact-${created.body.id}`,
      revision: 0,
      position: created.body.position,
      type: 'CompactDrafted',
      data: { compactId: created.body.id, title: shropshire.title, covers: shropshire.covers, description: null },
      metadata: {
        eventId: expect.any(String),
        actor: { subject: 'secretariat-ledger', name: 'Test secretariat', role: 'secretariat', organisation: null },
        correlationId: 'board-paper-2016-03',
        prevHash: '0'.repeat(64),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
  });

  it('minPosition beyond the end of the log is 400 naming it, at once: no command answered with it, so waiting cannot help', async () => {
    const created = await ledger.as('secretariat').post('/compacts').send(shropshire).expect(201);
    await ledger.as('secretariat').get(`/compacts/${created.body.id}?minPosition=${created.body.position}`).expect(200);
    const started = Date.now();
    const beyond = await ledger
      .as('secretariat')
      .get(`/compacts?minPosition=${created.body.position + 10}`)
      .expect(400);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(beyond.body.errors).toEqual([
      { field: 'minPosition', message: expect.stringContaining(`beyond the end of the log (position ${created.body.position})`) },
    ]);
    await ledger.as('secretariat').get('/compacts?minPosition=-1').expect(400);
    await ledger.as('secretariat').get('/compacts?minPosition=abc').expect(400);
  });

  it('an id given in capitals names the same compact (RFC 9562 compares UUIDs without regard to case)', async () => {
    const created = await ledger.as('secretariat').post('/compacts').send(shropshire).expect(201);
    const shouted = created.body.id.toUpperCase();
    const compact = await ledger.as('secretariat').get(`/compacts/${shouted}?minPosition=${created.body.position}`).expect(200);
    expect(compact.body.compactId).toBe(created.body.id);
    const history = await ledger.as('secretariat').get(`/compacts/${shouted}/history`).expect(200);
    expect(history.body.map((e: { streamId: string }) => e.streamId)).toEqual([`compact-${created.body.id}`]);
  });

  it('an unknown compact is 404 as problem details, for the state and for the history', async () => {
    const unknown = '3f1c1d7e-9a8b-4c1d-8e2f-0a1b2c3d4e5f';
    const state = await ledger.as('secretariat').get(`/compacts/${unknown}`).expect(404);
    expect(state.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(state.body).toMatchObject({ status: 404, title: 'Not found', detail: `no compact with id ${unknown}` });
    await ledger.as('secretariat').get(`/compacts/${unknown}/history`).expect(404);
    await ledger.as('secretariat').get('/no-such-route').expect(404);
    await ledger.http.get('/no-such-route').expect(404);
  });

  it('after a restart of the app, every compact and its history are still there', async () => {
    const created = await ledger.as('secretariat').post('/compacts').send(shropshire).expect(201);
    await ledger.as('secretariat').get(`/compacts/${created.body.id}?minPosition=${created.body.position}`).expect(200);
    const before = (await ledger.as('secretariat').get(`/compacts/${created.body.id}/history`)).body;
    ledger = await ledger.restart();
    expect((await ledger.as('secretariat').get(`/compacts/${created.body.id}`).expect(200)).body).toMatchObject({ title: shropshire.title });
    expect((await ledger.as('secretariat').get(`/compacts/${created.body.id}/history`).expect(200)).body).toEqual(before);
    const head = await ledger.headPosition();
    const next = await ledger.as('secretariat').post('/compacts').send({ title: 'Second', covers: 'Haringey and Islington' }).expect(201);
    expect(next.body.position).toBe(head + 1);
  });
});

describe('Compacts over HTTP: bad input is 400 problem details naming the field, and appends nothing', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    await ledger.as('secretariat').post('/compacts').send(shropshire).expect(201);
  });
  afterAll(async () => {
    await ledger.stop();
  });

  it('says each failing field once, as a person would fix it: a field left out is required, a value of the wrong kind is told its kind', async () => {
    const empty = await ledger.as('secretariat').post('/compacts').send({}).expect(400);
    expect(empty.body.errors).toEqual([
      { field: 'title', message: 'title is required' },
      { field: 'covers', message: 'covers is required' },
    ]);
    const wrong = await ledger.as('secretariat').post('/compacts').send({ title: 5, covers: '' }).expect(400);
    expect(wrong.body.errors).toEqual([
      { field: 'title', message: 'title must be a string' },
      { field: 'covers', message: 'covers should not be empty' },
    ]);
  });

  type Post = ReturnType<ReturnType<LedgerTestApp['as']>['post']>;
  const cases: Array<[string, (req: Post) => Post, string]> = [
    ['a wrong type', (r) => r.send({ title: 42, covers: 'x' }), 'title'],
    ['a missing field', (r) => r.send({ title: 'x' }), 'covers'],
    ['an empty string', (r) => r.send({ title: '', covers: 'x' }), 'title'],
    ['an unknown field', (r) => r.send({ ...shropshire, status: 'in-force' }), 'status'],
    ['a field named constructor', (r) => r.send({ ...shropshire, constructor: 'x' }), 'constructor'],
    ['a field named toString', (r) => r.send({ ...shropshire, toString: 'x' }), 'toString'],
    ['a too-long field', (r) => r.send({ ...shropshire, description: 'x'.repeat(5001) }), 'description'],
    ['a body that is an array', (r) => r.send([shropshire]), ''],
    ['malformed JSON', (r) => r.set('Content-Type', 'application/json').send('{"title": "x", '), ''],
    ['an oversized body', (r) => r.send({ ...shropshire, description: 'x'.repeat(200_000) }), ''],
    ['arrays nested 3,000 deep (4 KB)', (r) => r.set('Content-Type', 'application/json').send('['.repeat(3000) + ']'.repeat(3000)), 'body'],
    [
      'an object nested 3,000 deep in a field',
      (r) => r.set('Content-Type', 'application/json').send(`{"title":"t","covers":"c","x":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`),
      'body',
    ],
    ['a field nested one level past the limit', (r) => r.send({ ...shropshire, description: nested(MAX_JSON_DEPTH) }), 'body'],
  ];

  it.each(cases)('%s', async (_name, build, field) => {
    const before = await ledger.headPosition();
    const response = await build(ledger.as('secretariat').post('/compacts')).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, type: expect.stringMatching(/^urn:compact-ledger:problem:/), instance: '/compacts' });
    if (field) expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+|node_modules|SQLITE/);
    expect(await ledger.headPosition()).toBe(before);
  });

  it('a body nested to the limit is read, and refused for its shape, not its depth', async () => {
    const response = await ledger
      .as('secretariat')
      .post('/compacts')
      .send({ ...shropshire, description: nested(MAX_JSON_DEPTH - 1) })
      .expect(400);
    expect(new Set(response.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['description']));
  });

  it('malformed JSON and an oversized body each say which it was', async () => {
    const malformed = await ledger.as('secretariat').post('/compacts').set('Content-Type', 'application/json').send('{"title":').expect(400);
    expect(malformed.body.type).toBe('urn:compact-ledger:problem:malformed-json');
    const oversized = await ledger
      .as('secretariat')
      .post('/compacts')
      .send({ ...shropshire, description: 'x'.repeat(200_000) })
      .expect(400);
    expect(oversized.body.type).toBe('urn:compact-ledger:problem:body-too-large');
  });

  it('a JSON body sent as text/plain is 415 naming content-type, nothing appended', async () => {
    const before = await ledger.headPosition();
    const response = await ledger.as('secretariat').post('/compacts').set('Content-Type', 'text/plain').send(JSON.stringify(shropshire)).expect(415);
    expect(response.body).toMatchObject({
      type: 'urn:compact-ledger:problem:unsupported-media-type',
      errors: [expect.objectContaining({ field: 'content-type' })],
    });
    expect(await ledger.headPosition()).toBe(before);
  });

  it.each(['constructor', 'hasOwnProperty', 'foo'])('an unknown query parameter (%s) is 400 naming it', async (name) => {
    const response = await ledger.as('secretariat').get(`/compacts?${name}=1`).expect(400);
    expect(response.body.errors).toEqual([{ field: name, message: `property ${name} should not exist` }]);
  });

  it('a path id that is not a UUID is 400 naming the id', async () => {
    const response = await ledger.as('secretariat').get('/compacts/not-a-uuid').expect(400);
    expect(response.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('an If-Match that is not a revision is 400; a stale one is 409 with the current revision', async () => {
    const before = await ledger.headPosition();
    const bad = await ledger.as('secretariat').post('/compacts').set('If-Match', 'yesterday').send(shropshire).expect(400);
    expect(bad.body.errors[0].field).toBe('If-Match');
    for (const ifMatch of ['W/"0"', `"${'9'.repeat(23)}"`]) {
      const refused = await ledger.as('secretariat').post('/compacts').set('If-Match', ifMatch).send(shropshire).expect(400);
      expect(refused.body.errors[0].field).toBe('If-Match');
    }
    const stale = await ledger.as('secretariat').post('/compacts').set('If-Match', '"4"').send(shropshire).expect(409);
    expect(stale.body).toMatchObject({ status: 409, currentRevision: null });
    expect(await ledger.headPosition()).toBe(before);
  });
});

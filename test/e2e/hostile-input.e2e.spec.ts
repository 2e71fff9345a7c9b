import { LedgerTestApp } from '../support/ledger-test-app';

const compact = { title: 'Delivering Together', covers: 'South Kent Coast' };

describe('Abuse limits over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start({ LEDGER_RATE_LIMIT_PER_MINUTE: 3, LEDGER_CORS_ORIGINS: 'https://ics.nhs.test' });
    await ledger.signIn('secretariat', 'programme-office');
  });
  afterAll(() => ledger.stop());

  it('rate limits per subject: past the limit a 429 problem with Retry-After, nothing appended, and another subject unaffected', async () => {
    for (let i = 0; i < 3; i++) await ledger.as('secretariat').post('/compacts').send(compact).expect(201);
    const before = await ledger.headPosition();
    const limited = await ledger.as('secretariat').post('/compacts').send(compact).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ type: 'urn:compact-ledger:problem:rate-limited', status: 429 });
    expect(await ledger.headPosition()).toBe(before);
    // One allowance per subject, not one per route.
    await ledger.as('secretariat').get('/compacts').expect(429);
    await ledger.as('secretariat', 'programme-office').post('/compacts').send(compact).expect(201);
  });

  it('sends security headers', async () => {
    const response = await ledger.http.get('/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    // None globally: Swagger UI needs its inline script, and evidence downloads set their own.
    expect(response.headers['content-security-policy']).toBeUndefined();
  });

  it('answers CORS only for the configured origins', async () => {
    const allowed = await ledger.http.options('/compacts').set('Origin', 'https://ics.nhs.test').set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ics.nhs.test');
    const other = await ledger.http.options('/compacts').set('Origin', 'https://evil.test').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('CORS with no origins configured', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    await ledger.signIn('secretariat', 'programme-office');
  });
  afterAll(() => ledger.stop());

  it('gives no origin cross-origin access and adds no CORS headers to responses', async () => {
    const preflight = await ledger.http.options('/compacts').set('Origin', 'https://ics.nhs.test').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
    const created = await ledger.as('secretariat').post('/compacts').set('Origin', 'https://ics.nhs.test').send(compact).expect(201);
    expect(Object.keys(created.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });
});

describe('Idempotency-Key on POST', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
    await ledger.signIn('secretariat', 'programme-office');
  });
  afterAll(() => ledger.stop());

  it('a retry with the same key and body gets the first response and appends nothing', async () => {
    const first = await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'draft-kent-1').send(compact).expect(201);
    const head = await ledger.headPosition();
    const retry = await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'draft-kent-1').send(compact).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotency-replayed']).toBe('true');
    expect(first.headers.location).toBe(`/compacts/${first.body.id}`);
    expect([retry.headers.location, retry.headers.etag]).toEqual([first.headers.location, first.headers.etag]);
    expect(await ledger.headPosition()).toBe(head);
  });

  it('the same key with another body is 422, appending nothing', async () => {
    await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'draft-2').send(compact).expect(201);
    const head = await ledger.headPosition();
    const reused = await ledger
      .as('secretariat')
      .post('/compacts')
      .set('Idempotency-Key', 'draft-2')
      .send({ ...compact, title: 'Another' })
      .expect(422);
    expect(reused.body).toMatchObject({ type: 'urn:compact-ledger:problem:idempotency-key-reused', rule: 'idempotency-key-reused' });
    expect(await ledger.headPosition()).toBe(head);
  });

  it('keys belong to their subject: another user with the same key makes their own request', async () => {
    const a = await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'shared-key').send(compact).expect(201);
    const b = await ledger.as('secretariat', 'programme-office').post('/compacts').set('Idempotency-Key', 'shared-key').send(compact).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('a key that is not visible ASCII is 400 naming the header', async () => {
    const bad = await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'has space').send(compact).expect(400);
    expect(bad.body.errors[0].field).toBe('Idempotency-Key');
  });

  it('a refused request keeps nothing: the same key may be used again once the body is right', async () => {
    await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'fix-me').send({ title: 1 }).expect(400);
    await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'fix-me').send(compact).expect(201);
  });

  it('survives a restart of the app', async () => {
    const first = await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'before-restart').send(compact).expect(201);
    ledger = await ledger.restart();
    await ledger.signIn('secretariat', 'programme-office');
    const retry = await ledger.as('secretariat').post('/compacts').set('Idempotency-Key', 'before-restart').send(compact).expect(201);
    expect(retry.body).toEqual(first.body);
  });
});

describe('Requests the HTTP layer cannot read are problem details too', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => {
    ledger = await LedgerTestApp.start();
  });
  afterAll(() => ledger.stop());

  it.each([
    ['a percent-encoding that is no UTF-8', '/compacts/%C0%AF'],
    ['a path segment of 150 characters', `/compacts/${'a'.repeat(150)}`],
  ])('%s is 400 naming the path, with the correlation id', async (_case, path) => {
    const response = await ledger.as('secretariat').get(path).set('x-correlation-id', 'audit-2026-12-02').expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-correlation-id']).toBe('audit-2026-12-02');
    expect(response.body).toMatchObject({
      type: 'urn:compact-ledger:problem:unreadable-path',
      status: 400,
      errors: [expect.objectContaining({ field: 'path' })],
      instance: path,
      correlationId: 'audit-2026-12-02',
    });
  });

  it('headers larger than the server accepts are 431 problem details', async () => {
    const response = await ledger.http.get('/health').set('x-padding', 'a'.repeat(20_000));
    expect(response.status).toBe(431);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: 'urn:compact-ledger:problem:request-header-fields-too-large', status: 431 });
  });

  it('a bearer token too large for the headers is 431 with WWW-Authenticate, as any refused token is 401 with it', async () => {
    const response = await ledger.http.get('/compacts').set('authorization', `Bearer ${'a'.repeat(100_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="compact-ledger", error="invalid_request"/);
  });
});

describe('Bodies over HTTP', () => {
  let ledger: LedgerTestApp;
  beforeAll(async () => (ledger = await LedgerTestApp.start()));
  afterAll(() => ledger.stop());

  it('a field named prototype is refused like any unknown field, at the top and nested, appending nothing', async () => {
    const lead = ledger.as('secretariat');
    const { id } = (await lead.post('/compacts').send(compact).expect(201)).body;
    const before = await ledger.headPosition();
    const top = await lead.post('/compacts').send({ ...compact, prototype: {} }).expect(400);
    expect(top.body.errors).toEqual([{ field: 'prototype', message: 'property prototype should not exist' }]);
    const level = { level: 1, name: 'Bilateral', whoActs: 'Officers', mediation: false, independentChair: false, prototype: {} };
    const nested = await lead.post(`/compacts/${id}/escalation-path`).send({ levels: [level], note: 'n', effectiveOn: '2016-01-01' }).expect(400);
    expect(nested.body.errors).toEqual([{ field: 'levels[0].prototype', message: 'property levels[0].prototype should not exist' }]);
    expect(await ledger.headPosition()).toBe(before);
  });
});
